using GoldenThread.Core.Model;
using GoldenThread.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Mappings;

public sealed class DataLoadMapping : IEntityTypeConfiguration<DataLoad>
{
    public void Configure(EntityTypeBuilder<DataLoad> builder)
    {
        builder.ToTable("data_loads");
        builder.HasKey(l => l.Id).HasName("pk_data_loads");
        builder.Property(l => l.FileName).HasMaxLength(4000);
        builder.Property(l => l.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(l => l.Format).HasMaxLength(40);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Collection).HasMaxLength(20);
        builder.Property(l => l.Slice).HasMaxLength(10);
        builder.HasIndex(l => l.Sha256).HasDatabaseName("ix_data_loads_sha256");
        builder.HasIndex(l => new { l.Collection, l.Slice, l.Status }).HasDatabaseName("ix_data_loads_slice");
    }
}

public sealed class OrgUnitMapping : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable("org_units");
        builder.HasKey(o => o.Id).HasName("pk_org_units");
        builder.Property(o => o.Code).HasMaxLength(40);
        builder.HasIndex(o => o.Code).IsUnique().HasDatabaseName("ux_org_units_code");
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(o => o.Parent).WithMany(o => o.Children).HasForeignKey(o => o.ParentId).HasConstraintName("fk_org_units_parent").OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DataLoad>().WithMany().HasForeignKey(o => o.SourceLoadId).HasConstraintName("fk_org_units_load").OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WorkerMapping : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.ToTable("workers");
        builder.HasKey(w => w.Id).HasName("pk_workers");
        builder.Property(w => w.StaffId).HasMaxLength(100);
        builder.HasIndex(w => w.StaffId).IsUnique().HasDatabaseName("ux_workers_staff_id");
        builder.Property(w => w.Role).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(w => w.TeamId).HasConstraintName("fk_workers_team").OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DataLoad>().WithMany().HasForeignKey(w => w.SourceLoadId).HasConstraintName("fk_workers_load").OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => w.TeamId).HasDatabaseName("ix_workers_team");
    }
}

public sealed class AllocationMapping : ChildRecordMapping<Allocation>
{
    protected override string Table => "allocations";

    protected override void ConfigureRecord(EntityTypeBuilder<Allocation> builder)
    {
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).HasConstraintName("fk_allocations_worker").OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.TeamId).HasConstraintName("fk_allocations_team").OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.WorkerId, a.EndDate }).HasDatabaseName("ix_allocations_worker");
        builder.HasIndex(a => new { a.TeamId, a.EndDate }).HasDatabaseName("ix_allocations_team");
    }
}

public sealed class SupervisionRecordMapping : IEntityTypeConfiguration<SupervisionRecord>
{
    public void Configure(EntityTypeBuilder<SupervisionRecord> builder)
    {
        builder.ToTable("supervision_records");
        builder.HasKey(s => s.Id).HasName("pk_supervision_records");
        builder.HasOne<Worker>().WithMany().HasForeignKey(s => s.WorkerId).HasConstraintName("fk_supervision_records_worker").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Worker>().WithMany().HasForeignKey(s => s.SupervisorId).HasConstraintName("fk_supervision_records_supervisor").OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DataLoad>().WithMany().HasForeignKey(s => s.SourceLoadId).HasConstraintName("fk_supervision_records_load").OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.WorkerId, s.SupervisionDate }).HasDatabaseName("ix_supervision_records_worker_date");
        builder.HasIndex(s => s.SupervisorId).HasDatabaseName("ix_supervision_records_supervisor");
    }
}

public sealed class ChildRecordAccessMapping : IEntityTypeConfiguration<ChildRecordAccess>
{
    public void Configure(EntityTypeBuilder<ChildRecordAccess> builder)
    {
        builder.ToTable(Auditing.AuditTrailProtection.AccessLogTable);
        builder.HasKey(a => a.Id).HasName("pk_child_record_accesses");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Purpose).HasMaxLength(100);
        builder.HasIndex(a => new { a.ChildId, a.AccessedAt }).HasDatabaseName("ix_child_record_accesses_child");
        builder.HasIndex(a => new { a.UserId, a.AccessedAt }).HasDatabaseName("ix_child_record_accesses_user");
    }
}

public sealed class GoldenThreadUserMapping : IEntityTypeConfiguration<GoldenThreadUser>
{
    public void Configure(EntityTypeBuilder<GoldenThreadUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.OrgUnitId).HasConstraintName("fk_users_org_unit").OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Worker>().WithMany().HasForeignKey(u => u.WorkerId).HasConstraintName("fk_users_worker").OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class ChildRevisionMapping : IEntityTypeConfiguration<GoldenThread.Data.Loads.ChildRevision>
{
    public void Configure(EntityTypeBuilder<GoldenThread.Data.Loads.ChildRevision> builder)
    {
        builder.ToTable("child_revisions");
        builder.HasKey(r => r.Id).HasName("pk_child_revisions");
        builder.HasOne<DataLoad>().WithMany().HasForeignKey(r => r.LoadId).HasConstraintName("fk_child_revisions_load").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.LoadId).HasDatabaseName("ix_child_revisions_load");
    }
}
