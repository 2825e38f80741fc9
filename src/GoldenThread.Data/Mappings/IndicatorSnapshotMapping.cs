using GoldenThread.Core.Indicators.Snapshots;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Mappings;

public sealed class IndicatorSnapshotMapping : IEntityTypeConfiguration<IndicatorSnapshot>
{
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
        // No foreign key to org_units: a snapshot is history and must not stop a load (and the units it brought) being rolled back.
        builder.HasIndex(s => new { s.IndicatorId, s.OrgUnitId, s.PeriodKind, s.MonthEnd }).IsUnique().HasDatabaseName("ux_indicator_snapshots_figure");
        builder.HasIndex(s => s.MonthEnd).HasDatabaseName("ix_indicator_snapshots_month_end");
    }
}
