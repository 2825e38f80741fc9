using GoldenThread.Core.Model;
using GoldenThread.Core.Published;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GoldenThread.Data.Published;

public sealed class PublishedStatisticRowMapping : IEntityTypeConfiguration<PublishedStatisticRow>
{
    public void Configure(EntityTypeBuilder<PublishedStatisticRow> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("published_statistics");
        builder.HasKey(r => r.Id).HasName("pk_published_statistics");
        builder.Property(r => r.DatasetId).HasMaxLength(40);
        builder.Property(r => r.Level).HasConversion(l => l.Label(), s => StoredLabels.FromLabel(s)).HasMaxLength(20);
        builder.Property(r => r.CountryCode).HasMaxLength(20);
        builder.Property(r => r.CountryName).HasMaxLength(100);
        builder.Property(r => r.RegionCode).HasMaxLength(20);
        builder.Property(r => r.RegionName).HasMaxLength(200);
        // A joint row of the workforce census has "314 / 318" and "E09000021 / E09000027".
        builder.Property(r => r.OldLaCode).HasMaxLength(20);
        builder.Property(r => r.NewLaCode).HasMaxLength(40);
        builder.Property(r => r.LaName).HasMaxLength(200);
        builder.Property(r => r.FilterKey).HasMaxLength(1000);
        builder.Property(r => r.Measure).HasMaxLength(100);

        // Counts up to the population of England (12,183,016) and rates to 1 decimal place, with room to spare.
        builder.Property(r => r.Value).HasPrecision(18, 4);
        builder.Property(r => r.Symbol).HasMaxLength(10);
        builder.HasOne(r => r.Load).WithMany().HasForeignKey(r => r.LoadId).HasConstraintName("fk_published_statistics_load").OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.DatasetId, r.Measure, r.FilterKey, r.TimePeriod, r.OldLaCode }).HasDatabaseName("ix_published_statistics_lookup");
        builder.HasIndex(r => r.LoadId).HasDatabaseName("ix_published_statistics_load");

        // A superseded or rolled-back load's rows are kept (so a rollback can bring the older file back) but never read.
        builder.HasQueryFilter(r => r.Load!.Status == DataLoadStatus.Committed);
    }
}

public sealed class StatisticalNeighbourRowMapping : IEntityTypeConfiguration<StatisticalNeighbourRow>
{
    public void Configure(EntityTypeBuilder<StatisticalNeighbourRow> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("statistical_neighbours");
        builder.HasKey(r => r.Id).HasName("pk_statistical_neighbours");
        builder.Property(r => r.DatasetId).HasMaxLength(40);
        builder.Property(r => r.OldLaCode).HasMaxLength(10);
        builder.Property(r => r.LaName).HasMaxLength(200);
        builder.Property(r => r.RegionName).HasMaxLength(200);
        builder.Property(r => r.NeighbourOldLaCode).HasMaxLength(10);
        builder.Property(r => r.Closeness)
            .HasConversion(new ValueConverter<Closeness, string>(c => c.Label(), s => StoredLabels.ClosenessFromLabel(s)))
            .HasMaxLength(20);
        builder.HasOne(r => r.Load).WithMany().HasForeignKey(r => r.LoadId).HasConstraintName("fk_statistical_neighbours_load").OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.DatasetId, r.OldLaCode, r.Rank }).HasDatabaseName("ix_statistical_neighbours_lookup");
        builder.HasIndex(r => r.LoadId).HasDatabaseName("ix_statistical_neighbours_load");
        builder.HasQueryFilter(r => r.Load!.Status == DataLoadStatus.Committed);
    }
}

/// <summary>Stored text of the enums: the labels the files use (Local authority, Somewhat close).</summary>
internal static class StoredLabels
{
    public static GeographicLevel FromLabel(string label) =>
        GeographicLevels.TryParse(label, out var level) ? level : throw new InvalidOperationException($"'{label}' is not a geographic level.");

    public static Closeness ClosenessFromLabel(string label) =>
        ClosenessLabels.TryParse(label, out var closeness) ? closeness : throw new InvalidOperationException($"'{label}' is not a closeness.");
}
