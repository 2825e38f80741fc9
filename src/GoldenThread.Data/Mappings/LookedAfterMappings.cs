using GoldenThread.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Mappings;

public sealed class CareEpisodeMapping : ChildRecordMapping<CareEpisode>
{
    protected override string Table => "care_episodes";

    protected override void ConfigureRecord(EntityTypeBuilder<CareEpisode> builder)
    {
        builder.Ignore(e => e.IsShortBreak);
        builder.HasIndex(e => e.StartDate).HasDatabaseName("ix_care_episodes_start");
    }
}

public sealed class CareReviewMapping : ChildRecordMapping<CareReview>
{
    protected override string Table => "care_reviews";

    protected override void ConfigureRecord(EntityTypeBuilder<CareReview> builder) =>
        builder.HasIndex(r => r.ReviewDate).HasDatabaseName("ix_care_reviews_date");
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
        builder.HasIndex(m => m.StartDate).HasDatabaseName("ix_missing_episodes_start");
}

public sealed class HealthRecordMapping : ChildRecordMapping<HealthRecord>
{
    protected override string Table => "health_records";

    protected override void ConfigureRecord(EntityTypeBuilder<HealthRecord> builder) =>
        builder.HasIndex(h => h.CollectionYear).HasDatabaseName("ix_health_records_year");
}

public sealed class CareLeaverRecordMapping : ChildRecordMapping<CareLeaverRecord>
{
    protected override string Table => "care_leaver_records";

    protected override void ConfigureRecord(EntityTypeBuilder<CareLeaverRecord> builder) =>
        builder.HasIndex(c => c.CollectionYear).HasDatabaseName("ix_care_leaver_records_year");
}

public sealed class AdoptionRecordMapping : ChildRecordMapping<AdoptionRecord>
{
    protected override string Table => "adoption_records";

    protected override void ConfigureRecord(EntityTypeBuilder<AdoptionRecord> builder)
    {
    }
}

public sealed class PreviousPermanenceMapping : ChildRecordMapping<PreviousPermanence>
{
    protected override string Table => "previous_permanences";

    protected override void ConfigureRecord(EntityTypeBuilder<PreviousPermanence> builder)
    {
    }
}

public sealed class SocialWorkerEpisodeMapping : ChildRecordMapping<SocialWorkerEpisode>
{
    protected override string Table => "social_worker_episodes";

    protected override void ConfigureRecord(EntityTypeBuilder<SocialWorkerEpisode> builder) =>
        builder.HasIndex(e => e.StartDate).HasDatabaseName("ix_social_worker_episodes_start");
}
