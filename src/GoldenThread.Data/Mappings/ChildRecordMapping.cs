using GoldenThread.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Mappings;

/// <summary>What every child-level record shares: a key, its child, and the load it came from.</summary>
public abstract class ChildRecordMapping<T> : IEntityTypeConfiguration<T>
    where T : ChildRecord
{
    protected abstract string Table { get; }

    public void Configure(EntityTypeBuilder<T> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(Table);
        builder.HasKey(r => r.Id).HasName($"pk_{Table}");
        builder.HasOne<Child>().WithMany().HasForeignKey(r => r.ChildId).HasConstraintName($"fk_{Table}_child").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DataLoad>().WithMany().HasForeignKey(r => r.SourceLoadId).HasConstraintName($"fk_{Table}_load").OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ChildId).HasDatabaseName($"ix_{Table}_child");
        builder.HasIndex(r => r.SourceLoadId).HasDatabaseName($"ix_{Table}_load");
        builder.HasIndex(r => r.SupersededByLoadId).HasDatabaseName($"ix_{Table}_superseded");

        // Records a later load replaced are kept for rollback but never counted (docs/adr/0007-loads.md).
        builder.HasQueryFilter(r => r.SupersededByLoadId == null);
        ConfigureRecord(builder);
    }

    protected abstract void ConfigureRecord(EntityTypeBuilder<T> builder);
}
