using GoldenThread.Core.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Validation;

/// <summary>
/// How many findings one rule had when the data was validated after a load: kept per load so the data-quality area can show
/// whether each rule's findings are going down as records are fixed and returns reloaded.
/// </summary>
public sealed class ValidationRunCount
{
    public long Id { get; set; }

    /// <summary>The newest current load when the data was validated.</summary>
    public long LoadId { get; set; }

    public required string CollectionYear { get; set; }

    public required string RuleCode { get; set; }

    public int Findings { get; set; }

    public DateTimeOffset ValidatedAt { get; set; }
}

public sealed class ValidationRunCountMapping : IEntityTypeConfiguration<ValidationRunCount>
{
    public void Configure(EntityTypeBuilder<ValidationRunCount> builder)
    {
        builder.ToTable("validation_run_counts");
        builder.HasKey(c => c.Id).HasName("pk_validation_run_counts");
        builder.Property(c => c.CollectionYear).HasMaxLength(7);
        builder.Property(c => c.RuleCode).HasMaxLength(20);
        builder.HasOne<DataLoad>().WithMany().HasForeignKey(c => c.LoadId).HasConstraintName("fk_validation_run_counts_load").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.CollectionYear, c.LoadId, c.RuleCode }).IsUnique().HasDatabaseName("ux_validation_run_counts");
    }
}
