using GoldenThread.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Mappings;

public sealed class Section47EnquiryMapping : ChildRecordMapping<Section47Enquiry>
{
    protected override string Table => "section47_enquiries";

    protected override void ConfigureRecord(EntityTypeBuilder<Section47Enquiry> builder)
    {
        builder.HasOne<Referral>().WithMany().HasForeignKey(s => s.ReferralId).HasConstraintName("fk_section47_enquiries_referral").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ReferralId).HasDatabaseName("ix_section47_enquiries_referral");
    }
}

public sealed class InitialChildProtectionConferenceMapping : ChildRecordMapping<InitialChildProtectionConference>
{
    protected override string Table => "initial_cp_conferences";

    protected override void ConfigureRecord(EntityTypeBuilder<InitialChildProtectionConference> builder)
    {
        builder.HasOne<Referral>().WithMany().HasForeignKey(c => c.ReferralId).HasConstraintName("fk_initial_cp_conferences_referral").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Section47Enquiry>().WithMany().HasForeignKey(c => c.Section47EnquiryId).HasConstraintName("fk_initial_cp_conferences_s47").OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.ReferralId).HasDatabaseName("ix_initial_cp_conferences_referral");
        builder.HasIndex(c => c.Section47EnquiryId).HasDatabaseName("ix_initial_cp_conferences_s47");
    }
}

public sealed class ChildProtectionPlanMapping : ChildRecordMapping<ChildProtectionPlan>
{
    protected override string Table => "child_protection_plans";

    protected override void ConfigureRecord(EntityTypeBuilder<ChildProtectionPlan> builder)
    {
        builder.HasOne<Referral>().WithMany().HasForeignKey(p => p.ReferralId).HasConstraintName("fk_child_protection_plans_referral").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ReferralId).HasDatabaseName("ix_child_protection_plans_referral");
        builder.HasIndex(p => p.StartDate).HasDatabaseName("ix_child_protection_plans_start");
    }
}

public sealed class ChildProtectionReviewMapping : ChildRecordMapping<ChildProtectionReview>
{
    protected override string Table => "child_protection_reviews";

    protected override void ConfigureRecord(EntityTypeBuilder<ChildProtectionReview> builder)
    {
        builder.HasOne<ChildProtectionPlan>().WithMany().HasForeignKey(r => r.ChildProtectionPlanId).HasConstraintName("fk_child_protection_reviews_plan").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ChildProtectionPlanId).HasDatabaseName("ix_child_protection_reviews_plan");
    }
}

public sealed class ChildProtectionVisitMapping : ChildRecordMapping<ChildProtectionVisit>
{
    protected override string Table => "child_protection_visits";

    protected override void ConfigureRecord(EntityTypeBuilder<ChildProtectionVisit> builder)
    {
        builder.HasOne<ChildProtectionPlan>().WithMany().HasForeignKey(v => v.ChildProtectionPlanId).HasConstraintName("fk_child_protection_visits_plan").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Worker>().WithMany().HasForeignKey(v => v.WorkerId).HasConstraintName("fk_child_protection_visits_worker").OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(v => v.ChildProtectionPlanId).HasDatabaseName("ix_child_protection_visits_plan");
        builder.HasIndex(v => v.WorkerId).HasDatabaseName("ix_child_protection_visits_worker");
    }
}
