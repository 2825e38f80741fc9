using GoldenThread.Core.Model;
using GoldenThread.Data.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Mappings;

public sealed class IndicatorTargetSettingMapping : IEntityTypeConfiguration<IndicatorTargetSetting>
{
    public void Configure(EntityTypeBuilder<IndicatorTargetSetting> builder)
    {
        builder.ToTable("indicator_targets");
        builder.HasKey(t => t.Id).HasName("pk_indicator_targets");
        builder.Property(t => t.IndicatorId).HasMaxLength(60);
        builder.Property(t => t.ChangedBy).HasMaxLength(256);
        builder.Property(t => t.Target).HasPrecision(12, 3);
        builder.Property(t => t.Tolerance).HasPrecision(12, 3);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.OrgUnitId).HasConstraintName("fk_indicator_targets_org_unit").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.IndicatorId, t.OrgUnitId }).IsUnique().HasDatabaseName("ux_indicator_targets_indicator_unit");
    }
}
