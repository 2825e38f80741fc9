using GoldenThread.Core.Model;
using GoldenThread.Data.Loads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Mappings;

public sealed class ImportJobMapping : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("import_jobs");
        builder.HasKey(j => j.Id).HasName("pk_import_jobs");
        builder.HasIndex(j => j.PublicId).IsUnique().HasDatabaseName("ux_import_jobs_public_id");
        builder.Property(j => j.FileName).HasMaxLength(ImportJobStore.MaxFileNameLength);
        builder.Property(j => j.CollectionYear).HasMaxLength(7);
        builder.Property(j => j.Format).HasMaxLength(40);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Message).HasMaxLength(ImportJobStore.MaxMessageLength);
        builder.Property(j => j.UploadedByUserId).HasMaxLength(450);
        builder.Property(j => j.UploadedBy).HasMaxLength(256);
        builder.HasOne<DataLoad>().WithMany().HasForeignKey(j => j.LoadId).HasConstraintName("fk_import_jobs_load").OnDelete(DeleteBehavior.SetNull);
        // The stale-job sweep: jobs not finished (FinishedAt null) whose server has not written for a while.
        builder.HasIndex(j => new { j.FinishedAt, j.UpdatedAt }).HasDatabaseName("ix_import_jobs_running");
        builder.HasIndex(j => j.LoadId).HasDatabaseName("ix_import_jobs_load");
    }
}
