using GoldenThread.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Mappings;

public sealed class CareEpisodeMapping : ChildRecordMapping<CareEpisode>
{
    protected override string Table => "care_episodes";

    protected override void ConfigureRecord(EntityTypeBuilder<CareEpisode> builder)
    {
        builder.Property(e => e.ReasonForNewEpisode).HasMaxLength(1);
        builder.Property(e => e.LegalStatus).HasMaxLength(2);
        builder.Property(e => e.CategoryOfNeed).HasMaxLength(2);
        builder.Property(e => e.PlacementType).HasMaxLength(3);
        builder.Property(e => e.PlacementProvider).HasMaxLength(3);
        builder.Property(e => e.ReasonEpisodeCeased).HasMaxLength(3);
        builder.Property(e => e.ReasonPlaceChange).HasMaxLength(6);
        builder.Property(e => e.HomePostcode).HasMaxLength(8);
        builder.Property(e => e.PlacementPostcode).HasMaxLength(8);
        builder.Property(e => e.Urn).HasMaxLength(7);
        builder.Ignore(e => e.IsShortBreak);
        builder.HasIndex(e => e.StartDate).HasDatabaseName("ix_care_episodes_start");
    }
}

public sealed class CareReviewMapping : ChildRecordMapping<CareReview>
{
    protected override string Table => "care_reviews";

    protected override void ConfigureRecord(EntityTypeBuilder<CareReview> builder) =>
        builder.Property(r => r.ParticipationCode).HasMaxLength(3);
}

public sealed class CareVisitMapping : ChildRecordMapping<CareVisit>
{
    protected override string Table => "care_visits";

    protected override void ConfigureRecord(EntityTypeBuilder<CareVisit> builder)
    {
        builder.HasOne<Worker>().WithMany().HasForeignKey(v => v.WorkerId).HasConstraintName("fk_care_visits_worker").OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(v => v.WorkerId).HasDatabaseName("ix_care_visits_worker");
    }
}

public sealed class MissingEpisodeMapping : ChildRecordMapping<MissingEpisode>
{
    protected override string Table => "missing_episodes";

    protected override void ConfigureRecord(EntityTypeBuilder<MissingEpisode> builder) =>
        builder.Property(m => m.Kind).HasMaxLength(1);
}

public sealed class HealthRecordMapping : ChildRecordMapping<HealthRecord>
{
    protected override string Table => "health_records";

    protected override void ConfigureRecord(EntityTypeBuilder<HealthRecord> builder)
    {
        builder.Property(h => h.CollectionYear).HasMaxLength(7);
        builder.Property(h => h.SdqReason).HasMaxLength(4);
    }
}

public sealed class CareLeaverRecordMapping : ChildRecordMapping<CareLeaverRecord>
{
    protected override string Table => "care_leaver_records";

    protected override void ConfigureRecord(EntityTypeBuilder<CareLeaverRecord> builder)
    {
        builder.Property(c => c.CollectionYear).HasMaxLength(7);
        builder.Property(c => c.InTouch).HasMaxLength(4);
        builder.Property(c => c.Activity).HasMaxLength(2);
        builder.Property(c => c.Accommodation).HasMaxLength(2);
    }
}

public sealed class AdoptionRecordMapping : ChildRecordMapping<AdoptionRecord>
{
    protected override string Table => "adoption_records";

    protected override void ConfigureRecord(EntityTypeBuilder<AdoptionRecord> builder)
    {
        builder.Property(a => a.ReasonPlacedCeased).HasMaxLength(3);
        builder.Property(a => a.NumberOfAdopters).HasMaxLength(2);
        builder.Property(a => a.SexOfAdopters).HasMaxLength(2);
        builder.Property(a => a.LegalStatusOfAdopters).HasMaxLength(2);
    }
}
