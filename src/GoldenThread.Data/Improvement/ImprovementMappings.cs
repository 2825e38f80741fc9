using GoldenThread.Core.Improvement;
using GoldenThread.Core.Model;
using GoldenThread.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoldenThread.Data.Improvement;

public sealed class ImprovementPlanMapping : IEntityTypeConfiguration<ImprovementPlan>
{
    public void Configure(EntityTypeBuilder<ImprovementPlan> builder)
    {
        builder.ToTable("improvement_plans");
        builder.HasKey(p => p.Id).HasName("pk_improvement_plans");
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(4000);
        builder.Ignore(p => p.Objectives);
        builder.Ignore(p => p.Actions);
        builder.HasMany(p => p.Components).WithOne().HasForeignKey(c => c.PlanId).HasConstraintName("fk_plan_components_plan").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Themes).WithOne().HasForeignKey(t => t.PlanId).HasConstraintName("fk_plan_themes_plan").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Recommendations).WithOne().HasForeignKey(r => r.PlanId).HasConstraintName("fk_ofsted_recommendations_plan").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StrategicComponentMapping : IEntityTypeConfiguration<StrategicComponent>
{
    public void Configure(EntityTypeBuilder<StrategicComponent> builder)
    {
        builder.ToTable("plan_components");
        builder.HasKey(c => c.Id).HasName("pk_plan_components");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.HasIndex(c => new { c.PlanId, c.Number }).IsUnique().HasDatabaseName("ux_plan_components_number");
        builder.HasMany(c => c.Objectives).WithMany(o => o.Components).UsingEntity<Dictionary<string, object>>(
            "plan_objective_components",
            r => r.HasOne<PlanObjective>().WithMany().HasForeignKey("objective_id").HasConstraintName("fk_plan_objective_components_objective").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne<StrategicComponent>().WithMany().HasForeignKey("component_id").HasConstraintName("fk_plan_objective_components_component").OnDelete(DeleteBehavior.Cascade),
            j =>
            {
                j.HasKey("objective_id", "component_id").HasName("pk_plan_objective_components");
                j.HasIndex("component_id").HasDatabaseName("ix_plan_objective_components_component");
            });
    }
}

public sealed class PlanThemeMapping : IEntityTypeConfiguration<PlanTheme>
{
    public void Configure(EntityTypeBuilder<PlanTheme> builder)
    {
        builder.ToTable("plan_themes");
        builder.HasKey(t => t.Id).HasName("pk_plan_themes");
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Description).HasMaxLength(2000);
        builder.HasIndex(t => new { t.PlanId, t.Number }).IsUnique().HasDatabaseName("ux_plan_themes_number");
        builder.HasMany(t => t.Objectives).WithOne(o => o.Theme).HasForeignKey(o => o.ThemeId).HasConstraintName("fk_plan_objectives_theme").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OfstedRecommendationMapping : IEntityTypeConfiguration<OfstedRecommendation>
{
    public void Configure(EntityTypeBuilder<OfstedRecommendation> builder)
    {
        builder.ToTable("ofsted_recommendations");
        builder.HasKey(r => r.Id).HasName("pk_ofsted_recommendations");
        builder.Property(r => r.Reference).HasMaxLength(20);
        builder.Property(r => r.Text).HasMaxLength(2000);
        builder.HasIndex(r => new { r.PlanId, r.Reference }).IsUnique().HasDatabaseName("ux_ofsted_recommendations_reference");
        builder.HasMany(r => r.Objectives).WithMany(o => o.Recommendations).UsingEntity<Dictionary<string, object>>(
            "plan_objective_recommendations",
            r => r.HasOne<PlanObjective>().WithMany().HasForeignKey("objective_id").HasConstraintName("fk_plan_objective_recommendations_objective").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne<OfstedRecommendation>().WithMany().HasForeignKey("recommendation_id").HasConstraintName("fk_plan_objective_recommendations_recommendation").OnDelete(DeleteBehavior.Cascade),
            j =>
            {
                j.HasKey("objective_id", "recommendation_id").HasName("pk_plan_objective_recommendations");
                j.HasIndex("recommendation_id").HasDatabaseName("ix_plan_objective_recommendations_recommendation");
            });
    }
}

public sealed class PlanObjectiveMapping : IEntityTypeConfiguration<PlanObjective>
{
    public void Configure(EntityTypeBuilder<PlanObjective> builder)
    {
        builder.ToTable("plan_objectives");
        builder.HasKey(o => o.Id).HasName("pk_plan_objectives");
        builder.Property(o => o.Title).HasMaxLength(300);
        builder.Property(o => o.DifferenceForChildren).HasMaxLength(2000);
        builder.Property(o => o.StoryBehindTheCurve).HasMaxLength(4000);
        builder.Ignore(o => o.Reference);
        RagOverrideColumns.Configure(builder);
        builder.HasIndex(o => new { o.ThemeId, o.Number }).IsUnique().HasDatabaseName("ux_plan_objectives_number");
        builder.HasMany(o => o.Actions).WithOne(a => a.Objective).HasForeignKey(a => a.ObjectiveId).HasConstraintName("fk_plan_actions_objective").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Indicators).WithOne().HasForeignKey(i => i.ObjectiveId).HasConstraintName("fk_plan_indicators_objective").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanActionMapping : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("plan_actions");
        builder.HasKey(a => a.Id).HasName("pk_plan_actions");
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.OwnerUserId).HasMaxLength(450);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(a => a.Reference);
        RagOverrideColumns.Configure(builder);
        builder.HasIndex(a => new { a.ObjectiveId, a.Number }).IsUnique().HasDatabaseName("ux_plan_actions_number");
        builder.HasIndex(a => a.OwnerUserId).HasDatabaseName("ix_plan_actions_owner");
        builder.HasIndex(a => a.LeadOrgUnitId).HasDatabaseName("ix_plan_actions_lead_org_unit");
        builder.HasOne<GoldenThreadUser>().WithMany().HasForeignKey(a => a.OwnerUserId).HasConstraintName("fk_plan_actions_owner").OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.LeadOrgUnitId).HasConstraintName("fk_plan_actions_lead_org_unit").OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Milestones).WithOne().HasForeignKey(m => m.ActionId).HasConstraintName("fk_plan_milestones_action").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.ActionId).HasConstraintName("fk_plan_evidence_action").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanMilestoneMapping : IEntityTypeConfiguration<PlanMilestone>
{
    public void Configure(EntityTypeBuilder<PlanMilestone> builder)
    {
        builder.ToTable("plan_milestones");
        builder.HasKey(m => m.Id).HasName("pk_plan_milestones");
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.HasIndex(m => m.ActionId).HasDatabaseName("ix_plan_milestones_action");
    }
}

public sealed class PlanEvidenceMapping : IEntityTypeConfiguration<PlanEvidence>
{
    public void Configure(EntityTypeBuilder<PlanEvidence> builder)
    {
        builder.ToTable("plan_evidence");
        builder.HasKey(e => e.Id).HasName("pk_plan_evidence");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.Note).HasMaxLength(4000);
        builder.Property(e => e.Url).HasMaxLength(2000);
        builder.Property(e => e.FileName).HasMaxLength(260);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.AddedByUserId).HasMaxLength(450);
        builder.Property(e => e.AddedByName).HasMaxLength(200);
        builder.HasIndex(e => e.ActionId).HasDatabaseName("ix_plan_evidence_action");
    }
}

public sealed class PlanEvidenceFileMapping : IEntityTypeConfiguration<PlanEvidenceFile>
{
    public void Configure(EntityTypeBuilder<PlanEvidenceFile> builder)
    {
        builder.ToTable("plan_evidence_files");
        builder.HasKey(f => f.EvidenceId).HasName("pk_plan_evidence_files");
        builder.Property(f => f.EvidenceId).ValueGeneratedNever();
        builder.HasOne<PlanEvidence>().WithOne().HasForeignKey<PlanEvidenceFile>(f => f.EvidenceId).HasConstraintName("fk_plan_evidence_files_evidence").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanIndicatorMapping : IEntityTypeConfiguration<PlanIndicator>
{
    public void Configure(EntityTypeBuilder<PlanIndicator> builder)
    {
        builder.ToTable("plan_indicators");
        builder.HasKey(i => i.Id).HasName("pk_plan_indicators");
        builder.Property(i => i.IndicatorId).HasMaxLength(100);
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.Unit).HasMaxLength(20);
        builder.Property(i => i.Polarity).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => new { i.ObjectiveId, i.IndicatorId }).IsUnique().HasDatabaseName("ux_plan_indicators_objective_indicator");
        builder.HasIndex(i => i.IndicatorId).HasDatabaseName("ix_plan_indicators_indicator");
        builder.OwnsMany(i => i.Trajectory, t =>
        {
            t.ToTable("plan_indicator_trajectory");
            t.WithOwner().HasForeignKey("plan_indicator_id").HasConstraintName("fk_plan_indicator_trajectory_indicator");
            t.HasKey(p => p.Id).HasName("pk_plan_indicator_trajectory");
            t.HasIndex("plan_indicator_id", nameof(TrajectoryPoint.Date)).IsUnique().HasDatabaseName("ux_plan_indicator_trajectory_date");
        });
        builder.OwnsMany(i => i.Readings, r =>
        {
            r.ToTable("plan_indicator_readings");
            r.WithOwner().HasForeignKey("plan_indicator_id").HasConstraintName("fk_plan_indicator_readings_indicator");
            r.HasKey(p => p.Id).HasName("pk_plan_indicator_readings");
            r.Property(p => p.RecordedByName).HasMaxLength(200);
            r.HasIndex("plan_indicator_id", nameof(IndicatorReading.AsAt)).HasDatabaseName("ix_plan_indicator_readings_date");
        });
    }
}

public sealed class PlanUpdateMapping : IEntityTypeConfiguration<PlanUpdate>
{
    public void Configure(EntityTypeBuilder<PlanUpdate> builder)
    {
        builder.ToTable("plan_updates");
        builder.HasKey(u => u.Id).HasName("pk_plan_updates");
        builder.Property(u => u.UserId).HasMaxLength(450);
        builder.Property(u => u.UserName).HasMaxLength(200);
        builder.Property(u => u.Summary).HasMaxLength(100);
        builder.Property(u => u.Note).HasMaxLength(4000);
        builder.HasOne<ImprovementPlan>().WithMany().HasForeignKey(u => u.PlanId).HasConstraintName("fk_plan_updates_plan").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.PlanId, u.At }).HasDatabaseName("ix_plan_updates_plan");
        builder.HasIndex(u => new { u.ObjectiveId, u.At }).HasDatabaseName("ix_plan_updates_objective");
        builder.HasIndex(u => new { u.ActionId, u.At }).HasDatabaseName("ix_plan_updates_action");
        builder.OwnsMany(u => u.Changes, c =>
        {
            c.ToTable("plan_update_changes");
            c.WithOwner().HasForeignKey("plan_update_id").HasConstraintName("fk_plan_update_changes_update");
            c.HasKey(p => p.Id).HasName("pk_plan_update_changes");
            c.Property(p => p.Field).HasMaxLength(300);
            c.Property(p => p.Before).HasMaxLength(4000);
            c.Property(p => p.After).HasMaxLength(4000);
        });
    }
}

/// <summary>The columns of a RAG override, the same on objectives and actions.</summary>
internal static class RagOverrideColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : class, IRagOverridable
    {
        builder.Property<Rag?>(nameof(IRagOverridable.OverrideRag)).HasConversion<string>().HasMaxLength(10);
        builder.Property<string?>(nameof(IRagOverridable.OverrideReason)).HasMaxLength(PlanEditing.MaxReasonLength);
        builder.Property<string?>(nameof(IRagOverridable.OverrideByUserId)).HasMaxLength(450);
        builder.Property<string?>(nameof(IRagOverridable.OverrideByName)).HasMaxLength(200);
    }
}
