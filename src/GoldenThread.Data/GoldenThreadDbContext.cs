using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;
using GoldenThread.Data.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data;

/// <summary>The one database context of GoldenThread: child-level data, loads, people and the access log.</summary>
public sealed class GoldenThreadDbContext(DbContextOptions<GoldenThreadDbContext> options)
    : IdentityDbContext<GoldenThreadUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataLoad> DataLoads => Set<DataLoad>();

    public DbSet<Loads.ImportJob> ImportJobs => Set<Loads.ImportJob>();

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<Worker> Workers => Set<Worker>();

    public DbSet<Child> Children => Set<Child>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<EarlyHelpEpisode> EarlyHelpEpisodes => Set<EarlyHelpEpisode>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<ChildInNeedPlan> ChildInNeedPlans => Set<ChildInNeedPlan>();

    public DbSet<Section47Enquiry> Section47Enquiries => Set<Section47Enquiry>();

    public DbSet<InitialChildProtectionConference> InitialChildProtectionConferences => Set<InitialChildProtectionConference>();

    public DbSet<ChildProtectionPlan> ChildProtectionPlans => Set<ChildProtectionPlan>();

    public DbSet<ChildProtectionReview> ChildProtectionReviews => Set<ChildProtectionReview>();

    public DbSet<ChildProtectionVisit> ChildProtectionVisits => Set<ChildProtectionVisit>();

    public DbSet<CareEpisode> CareEpisodes => Set<CareEpisode>();

    public DbSet<CareReview> CareReviews => Set<CareReview>();

    public DbSet<CareVisit> CareVisits => Set<CareVisit>();

    public DbSet<MissingEpisode> MissingEpisodes => Set<MissingEpisode>();

    public DbSet<HealthRecord> HealthRecords => Set<HealthRecord>();

    public DbSet<CareLeaverRecord> CareLeaverRecords => Set<CareLeaverRecord>();

    public DbSet<AdoptionRecord> AdoptionRecords => Set<AdoptionRecord>();

    public DbSet<PreviousPermanence> PreviousPermanences => Set<PreviousPermanence>();

    public DbSet<SocialWorkerEpisode> SocialWorkerEpisodes => Set<SocialWorkerEpisode>();

    public DbSet<Allocation> Allocations => Set<Allocation>();

    public DbSet<SupervisionRecord> SupervisionRecords => Set<SupervisionRecord>();

    public DbSet<Core.Quality.AuditTemplate> AuditTemplates => Set<Core.Quality.AuditTemplate>();

    public DbSet<Core.Quality.AuditQuestion> AuditQuestions => Set<Core.Quality.AuditQuestion>();

    public DbSet<Core.Quality.AuditRound> AuditRounds => Set<Core.Quality.AuditRound>();

    public DbSet<Core.Quality.Audit> Audits => Set<Core.Quality.Audit>();

    public DbSet<Core.Quality.AuditAnswer> AuditAnswers => Set<Core.Quality.AuditAnswer>();

    public DbSet<Core.Quality.AuditFinding> AuditFindings => Set<Core.Quality.AuditFinding>();

    public DbSet<Core.Quality.AuditAction> AuditActions => Set<Core.Quality.AuditAction>();

    public DbSet<Core.Quality.ManagementOversightDecision> ManagementOversightDecisions => Set<Core.Quality.ManagementOversightDecision>();

    public DbSet<Core.Workforce.TeamEstablishment> TeamEstablishments => Set<Core.Workforce.TeamEstablishment>();

    public DbSet<Core.Workforce.TrainingProgramme> TrainingProgrammes => Set<Core.Workforce.TrainingProgramme>();

    public DbSet<Core.Workforce.TrainingCompletion> TrainingCompletions => Set<Core.Workforce.TrainingCompletion>();

    public DbSet<ChildRecordAccess> ChildRecordAccesses => Set<ChildRecordAccess>();

    public DbSet<Auditing.AuditEntry> AuditEntries => Set<Auditing.AuditEntry>();

    public DbSet<Validation.ValidationRunCount> ValidationRunCounts => Set<Validation.ValidationRunCount>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Published.PublishedStatisticRow> PublishedStatistics => Set<Published.PublishedStatisticRow>();

    public DbSet<GoldenThread.Core.Improvement.ImprovementPlan> ImprovementPlans => Set<GoldenThread.Core.Improvement.ImprovementPlan>();

    public DbSet<GoldenThread.Core.Improvement.PlanObjective> PlanObjectives => Set<GoldenThread.Core.Improvement.PlanObjective>();

    public DbSet<GoldenThread.Core.Improvement.PlanAction> PlanActions => Set<GoldenThread.Core.Improvement.PlanAction>();

    public DbSet<GoldenThread.Core.Improvement.PlanIndicator> PlanIndicators => Set<GoldenThread.Core.Improvement.PlanIndicator>();

    public DbSet<GoldenThread.Core.Improvement.PlanEvidence> PlanEvidence => Set<GoldenThread.Core.Improvement.PlanEvidence>();

    public DbSet<GoldenThread.Core.Improvement.PlanEvidenceFile> PlanEvidenceFiles => Set<GoldenThread.Core.Improvement.PlanEvidenceFile>();

    public DbSet<GoldenThread.Core.Improvement.PlanUpdate> PlanUpdates => Set<GoldenThread.Core.Improvement.PlanUpdate>();

    public DbSet<Core.Indicators.Snapshots.IndicatorSnapshot> IndicatorSnapshots => Set<Core.Indicators.Snapshots.IndicatorSnapshot>();

    public DbSet<Indicators.IndicatorTargetSetting> IndicatorTargets => Set<Indicators.IndicatorTargetSetting>();

    /// <summary>The child-level sources for core calculations, read without change tracking.</summary>
    public ChildRecordSources Sources() => new(
        Children.AsNoTracking(),
        Referrals.AsNoTracking(),
        ChildProtectionPlans.AsNoTracking(),
        CareEpisodes.AsNoTracking(),
        Allocations.AsNoTracking(),
        OrgUnits.AsNoTracking());

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GoldenThreadDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(9, 3);
    }
}
