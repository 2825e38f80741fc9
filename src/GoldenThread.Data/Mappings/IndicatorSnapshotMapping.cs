using GoldenThread.Core.Indicators.Snapshots;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GoldenThread.Data.Mappings;

public sealed class IndicatorSnapshotMapping : IEntityTypeConfiguration<IndicatorSnapshot>
{
    private static readonly ValueConverter<IReadOnlyList<long>?, byte[]?> IdsConverter = new(
        ids => ids == null ? null : SortedIdEncoding.Encode(ids),
        bytes => bytes == null ? null : SortedIdEncoding.Decode(bytes));

    private static readonly ValueComparer<IReadOnlyList<long>?> IdsComparer = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        ids => ids == null ? 0 : ids.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)),
        ids => ids == null ? null : ids.ToArray());

    public void Configure(EntityTypeBuilder<IndicatorSnapshot> builder)
    {
        builder.ToTable("indicator_snapshots");
        builder.HasKey(s => s.Id).HasName("pk_indicator_snapshots");
        builder.Property(s => s.IndicatorId).HasMaxLength(60);
        builder.Property(s => s.PeriodKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.DataVersion).HasMaxLength(4000);
        builder.Property(s => s.Numerator).HasPrecision(18, 6);
        builder.Property(s => s.Denominator).HasPrecision(18, 6);
        builder.Property(s => s.Value).HasPrecision(18, 6);
        builder.Ignore(s => s.Period);
        builder.Ignore(s => s.KeepsIds);
        builder.Ignore(s => s.NewestLoadId);
        // The ids behind a month figure, each list a few bytes written once with the row (SortedIdEncoding); null when not kept.
        builder.Property(s => s.NumeratorChildIds).HasConversion(IdsConverter, IdsComparer);
        builder.Property(s => s.DenominatorChildIds).HasConversion(IdsConverter, IdsComparer);
        builder.Property(s => s.NumeratorWorkerIds).HasConversion(IdsConverter, IdsComparer);
        builder.Property(s => s.DenominatorWorkerIds).HasConversion(IdsConverter, IdsComparer);
        // No foreign key to org_units: a snapshot is history and must not stop a load (and the units it brought) being rolled back.
        builder.HasIndex(s => new { s.IndicatorId, s.OrgUnitId, s.PeriodKind, s.MonthEnd }).IsUnique().HasDatabaseName("ux_indicator_snapshots_figure");
        builder.HasIndex(s => s.MonthEnd).HasDatabaseName("ix_indicator_snapshots_month_end");
    }
}
