using GoldenThread.Core.Model;
using GoldenThread.Core.Quality;
using GoldenThread.Core.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Quality;

public sealed class AuditTemplateMapping : IEntityTypeConfiguration<AuditTemplate>
{
    public void Configure(EntityTypeBuilder<AuditTemplate> builder)
    {
        builder.ToTable("audit_templates");
        builder.HasKey(t => t.Id).HasName("pk_audit_templates");
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Description).HasMaxLength(2000);
        builder.HasMany(t => t.Questions).WithOne().HasForeignKey(q => q.TemplateId).HasConstraintName("fk_audit_questions_template").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AuditQuestionMapping : IEntityTypeConfiguration<AuditQuestion>
{
    public void Configure(EntityTypeBuilder<AuditQuestion> builder)
    {
        builder.ToTable("audit_questions");
        builder.HasKey(q => q.Id).HasName("pk_audit_questions");
        builder.Property(q => q.GroupName).HasMaxLength(200);
        builder.Property(q => q.Text).HasMaxLength(1000);
        builder.Property(q => q.Guidance).HasMaxLength(2000);
        builder.HasIndex(q => new { q.TemplateId, q.Position }).HasDatabaseName("ix_audit_questions_template");
    }
}

public sealed class AuditRoundMapping : IEntityTypeConfiguration<AuditRound>
{
    public void Configure(EntityTypeBuilder<AuditRound> builder)
    {
        builder.ToTable("audit_rounds");
        builder.HasKey(r => r.Id).HasName("pk_audit_rounds");
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.PopulationFilter).HasMaxLength(1000);
        builder.Property(r => r.FrameSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.CreatedBy).HasMaxLength(256);

        // Stored as the same 64 bits in a signed column, because PostgreSQL has no unsigned 64-bit integer.
        builder.Property(r => r.Seed).HasConversion(v => unchecked((long)v), v => unchecked((ulong)v));
        builder.HasOne<AuditTemplate>().WithMany().HasForeignKey(r => r.TemplateId).HasConstraintName("fk_audit_rounds_template").OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AuditMapping : IEntityTypeConfiguration<Audit>
{
    public void Configure(EntityTypeBuilder<Audit> builder)
    {
        builder.ToTable("audits");
        builder.HasKey(a => a.Id).HasName("pk_audits");
        builder.Property(a => a.AuditorUserId).HasMaxLength(450);
        builder.Property(a => a.AuditorName).HasMaxLength(200);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.AuditorGrade).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.ModeratedGrade).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.ChildVoice).HasMaxLength(AuditWorkflow.MaxTextLength);
        builder.Property(a => a.Summary).HasMaxLength(AuditWorkflow.MaxTextLength);
        builder.Property(a => a.ModerationReason).HasMaxLength(AuditWorkflow.MaxTextLength);
        builder.Property(a => a.ModeratorUserId).HasMaxLength(450);
        builder.Property(a => a.ModeratorName).HasMaxLength(200);
        builder.HasOne<AuditRound>().WithMany().HasForeignKey(a => a.RoundId).HasConstraintName("fk_audits_round").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Child>().WithMany().HasForeignKey(a => a.ChildId).HasConstraintName("fk_audits_child").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.TeamId).HasConstraintName("fk_audits_team").OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).HasConstraintName("fk_audits_worker").OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Answers).WithOne().HasForeignKey(x => x.AuditId).HasConstraintName("fk_audit_answers_audit").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Findings).WithOne().HasForeignKey(x => x.AuditId).HasConstraintName("fk_audit_findings_audit").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.RoundId).HasDatabaseName("ix_audits_round");
        builder.HasIndex(a => a.ChildId).HasDatabaseName("ix_audits_child");
        builder.HasIndex(a => a.TeamId).HasDatabaseName("ix_audits_team");
        builder.HasIndex(a => new { a.AuditorUserId, a.Status }).HasDatabaseName("ix_audits_auditor");
    }
}

public sealed class AuditAnswerMapping : IEntityTypeConfiguration<AuditAnswer>
{
    public void Configure(EntityTypeBuilder<AuditAnswer> builder)
    {
        builder.ToTable("audit_answers");
        builder.HasKey(a => a.Id).HasName("pk_audit_answers");
        builder.Property(a => a.Grade).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Evidence).HasMaxLength(AuditWorkflow.MaxTextLength);
        builder.HasOne<AuditQuestion>().WithMany().HasForeignKey(a => a.QuestionId).HasConstraintName("fk_audit_answers_question").OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.AuditId, a.QuestionId }).IsUnique().HasDatabaseName("ux_audit_answers_question");
    }
}

public sealed class AuditFindingMapping : IEntityTypeConfiguration<AuditFinding>
{
    public void Configure(EntityTypeBuilder<AuditFinding> builder)
    {
        builder.ToTable("audit_findings");
        builder.HasKey(f => f.Id).HasName("pk_audit_findings");
        builder.Property(f => f.Theme).HasMaxLength(60);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(f => f.AuditId).HasDatabaseName("ix_audit_findings_audit");
    }
}

public sealed class AuditActionMapping : IEntityTypeConfiguration<AuditAction>
{
    public void Configure(EntityTypeBuilder<AuditAction> builder)
    {
        builder.ToTable("audit_actions");
        builder.HasKey(a => a.Id).HasName("pk_audit_actions");
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CreatedBy).HasMaxLength(256);
        builder.HasOne<Audit>().WithMany().HasForeignKey(a => a.AuditId).HasConstraintName("fk_audit_actions_audit").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Worker>().WithMany().HasForeignKey(a => a.WorkerId).HasConstraintName("fk_audit_actions_worker").OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.TeamId).HasConstraintName("fk_audit_actions_team").OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => a.AuditId).HasDatabaseName("ix_audit_actions_audit");
        builder.HasIndex(a => new { a.Status, a.DueDate }).HasDatabaseName("ix_audit_actions_status_due");
    }
}

public sealed class ManagementOversightDecisionMapping : IEntityTypeConfiguration<ManagementOversightDecision>
{
    public void Configure(EntityTypeBuilder<ManagementOversightDecision> builder)
    {
        builder.ToTable("management_oversight_decisions");
        builder.HasKey(d => d.Id).HasName("pk_management_oversight_decisions");
        builder.Property(d => d.Decision).HasMaxLength(AuditWorkflow.MaxTextLength);
        builder.Property(d => d.RecordedByUserId).HasMaxLength(450);
        builder.Property(d => d.RecordedByName).HasMaxLength(200);
        builder.HasOne<Child>().WithMany().HasForeignKey(d => d.ChildId).HasConstraintName("fk_management_oversight_decisions_child").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ChildId, d.DecisionDate }).HasDatabaseName("ix_management_oversight_decisions_child");
    }
}

public sealed class TeamEstablishmentMapping : IEntityTypeConfiguration<TeamEstablishment>
{
    public void Configure(EntityTypeBuilder<TeamEstablishment> builder)
    {
        builder.ToTable("team_establishments");
        builder.HasKey(e => e.Id).HasName("pk_team_establishments");
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.TeamId).HasConstraintName("fk_team_establishments_team").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.TeamId, e.EffectiveFrom }).IsUnique().HasDatabaseName("ux_team_establishments_team_from");
    }
}

public sealed class TrainingProgrammeMapping : IEntityTypeConfiguration<TrainingProgramme>
{
    public void Configure(EntityTypeBuilder<TrainingProgramme> builder)
    {
        builder.ToTable("training_programmes");
        builder.HasKey(p => p.Id).HasName("pk_training_programmes");
        builder.Property(p => p.Code).HasMaxLength(60);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.HasIndex(p => p.Code).IsUnique().HasDatabaseName("ux_training_programmes_code");
    }
}

public sealed class TrainingCompletionMapping : IEntityTypeConfiguration<TrainingCompletion>
{
    public void Configure(EntityTypeBuilder<TrainingCompletion> builder)
    {
        builder.ToTable("training_completions");
        builder.HasKey(c => c.Id).HasName("pk_training_completions");
        builder.HasOne<TrainingProgramme>().WithMany().HasForeignKey(c => c.ProgrammeId).HasConstraintName("fk_training_completions_programme").OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Worker>().WithMany().HasForeignKey(c => c.WorkerId).HasConstraintName("fk_training_completions_worker").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ProgrammeId, c.WorkerId }).IsUnique().HasDatabaseName("ux_training_completions_worker");
    }
}
