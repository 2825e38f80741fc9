using GoldenThread.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Mappings;

public sealed class ChildMapping : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.ToTable("children");
        builder.HasKey(c => c.Id).HasName("pk_children");
        builder.Property(c => c.LaChildId).HasMaxLength(100).IsRequired();
        builder.HasIndex(c => c.LaChildId).IsUnique().HasDatabaseName("ux_children_la_child_id");
        builder.Ignore(c => c.DisplayName);
        builder.HasIndex(c => c.FamilyName).HasDatabaseName("ix_children_family_name");
        builder.HasOne<DataLoad>().WithMany().HasForeignKey(c => c.SourceLoadId).HasConstraintName("fk_children_load").OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.SourceLoadId).HasDatabaseName("ix_children_load");
    }
}

public sealed class ContactMapping : ChildRecordMapping<Contact>
{
    protected override string Table => "contacts";

    protected override void ConfigureRecord(EntityTypeBuilder<Contact> builder) =>
        builder.HasIndex(c => c.ContactDate).HasDatabaseName("ix_contacts_date");
}

public sealed class EarlyHelpEpisodeMapping : ChildRecordMapping<EarlyHelpEpisode>
{
    protected override string Table => "early_help_episodes";

    protected override void ConfigureRecord(EntityTypeBuilder<EarlyHelpEpisode> builder) =>
        builder.HasIndex(e => e.StartDate).HasDatabaseName("ix_early_help_episodes_start");
}

public sealed class ReferralMapping : ChildRecordMapping<Referral>
{
    protected override string Table => "referrals";

    protected override void ConfigureRecord(EntityTypeBuilder<Referral> builder)
    {
        builder.HasIndex(r => r.ReferralDate).HasDatabaseName("ix_referrals_date");
    }
}

public sealed class AssessmentMapping : ChildRecordMapping<Assessment>
{
    protected override string Table => "assessments";

    protected override void ConfigureRecord(EntityTypeBuilder<Assessment> builder)
    {
        builder.HasOne<Referral>().WithMany().HasForeignKey(a => a.ReferralId).HasConstraintName("fk_assessments_referral").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).HasConstraintName("fk_assessments_worker").OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => a.ReferralId).HasDatabaseName("ix_assessments_referral");
        builder.HasIndex(a => a.WorkerId).HasDatabaseName("ix_assessments_worker");
        builder.HasIndex(a => a.AuthorisationDate).HasDatabaseName("ix_assessments_authorised");
    }
}

public sealed class ChildInNeedPlanMapping : ChildRecordMapping<ChildInNeedPlan>
{
    protected override string Table => "child_in_need_plans";

    protected override void ConfigureRecord(EntityTypeBuilder<ChildInNeedPlan> builder)
    {
        builder.HasOne<Referral>().WithMany().HasForeignKey(p => p.ReferralId).HasConstraintName("fk_child_in_need_plans_referral").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ReferralId).HasDatabaseName("ix_child_in_need_plans_referral");
    }
}
