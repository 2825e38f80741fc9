using GoldenThread.Core.Caseload;
using GoldenThread.Core.Quality;
using GoldenThread.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Quality;

/// <summary>The identity claim that makes an Auditor a moderator too (value <c>true</c>).</summary>
public static class QualityClaims
{
    public const string Moderator = "goldenthread:moderator";
}

/// <summary>Loads what an audit population is chosen from: only what can matter at the date, plus every care episode.</summary>
public static class PopulationLoader
{
    public static async Task<PopulationView> LoadAsync(GoldenThreadDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var children = await db.Children.AsNoTracking().ToListAsync(cancellationToken);
        var referrals = await db.Referrals.AsNoTracking().Where(CaseloadRules.ReferralOpenAt(date)).ToListAsync(cancellationToken);
        var childInNeedPlans = await db.ChildInNeedPlans.AsNoTracking().Where(p => p.StartDate <= date && (p.EndDate == null || p.EndDate > date)).ToListAsync(cancellationToken);
        var plans = await db.ChildProtectionPlans.AsNoTracking().Where(CaseloadRules.PlanOpenAt(date)).ToListAsync(cancellationToken);
        var episodes = await db.CareEpisodes.AsNoTracking().ToListAsync(cancellationToken);
        var allocations = await db.Allocations.AsNoTracking().Where(CaseloadRules.AllocationCurrentAt(date)).ToListAsync(cancellationToken);
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(cancellationToken);
        return new PopulationView(date, children, referrals, childInNeedPlans, plans, episodes, allocations, units);
    }

    /// <summary>Every child sampled for audit, with the population date of the round that sampled them.</summary>
    public static async Task<List<RecentAudit>> RecentAuditsAsync(GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Audits.AsNoTracking()
            .Join(db.AuditRounds.AsNoTracking(), a => a.RoundId, r => r.Id, (a, r) => new { a.ChildId, r.PopulationDate })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RecentAudit(r.ChildId, r.PopulationDate))];
    }
}

/// <summary>The outcome of a draw from the database: the population (or the filter's problems) and the sample.</summary>
public sealed record DrawOutcome(PopulationFilter Filter, DateOnly Date, PopulationSelection Selection, DipSampleResult? Result);

/// <summary>Draws a sample from the database exactly as the web page and <c>goldenthread sample</c> both do.</summary>
public static class SampleDrawer
{
    public static async Task<DrawOutcome> DrawAsync(GoldenThreadDbContext db, PopulationFilter filter, DateOnly date, SampleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(request);
        var view = await PopulationLoader.LoadAsync(db, date, cancellationToken);
        var selection = AuditPopulation.Select(filter, view);
        if (!selection.IsValid)
        {
            return new DrawOutcome(filter, date, selection, null);
        }

        var recent = request.ExcludeMonths > 0 ? await PopulationLoader.RecentAuditsAsync(db, cancellationToken) : [];
        var frame = DipSample.Frame(selection.Members, recent, date, request.ExcludeMonths);
        return new DrawOutcome(filter, date, selection, DipSample.Draw(frame, request));
    }
}

/// <summary>The people audits can be given to: users in the Auditor role, each kept off their own unit's cases.</summary>
public static class AuditorDirectory
{
    public static async Task<List<AuditorCandidate>> LoadAsync(GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var roleId = await db.Roles.Where(r => r.Name == Roles.Auditor).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var users = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .Select(u => new { u.Id, u.DisplayName, u.OrgUnitId })
            .ToListAsync(cancellationToken);
        var links = await db.OrgUnits.AsNoTracking().Select(o => new OrgUnitLink(o.Id, o.ParentId)).ToListAsync(cancellationToken);
        return [.. users.Select(u => new AuditorCandidate(
            u.Id,
            u.DisplayName,
            u.OrgUnitId is { } unit ? OrgUnitTree.SelfAndDescendants(links, unit).ToHashSet() : []))];
    }
}

/// <summary>What a person planning a round chose.</summary>
public sealed record RoundPlan(string Name, AuditRoundKind Kind, long TemplateId, DateOnly DueDate, string CreatedBy);

/// <summary>Writes a drawn round and its audits, one audit per sampled child, in one transaction.</summary>
public static class AuditRoundWriter
{
    public static async Task<AuditRound> CreateAsync(
        GoldenThreadDbContext db,
        RoundPlan plan,
        DrawOutcome outcome,
        IReadOnlyList<AuditorAssignment> assignments,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(assignments);
        var result = outcome.Result ?? throw new InvalidOperationException("The population filter has problems; nothing was drawn.");
        var round = new AuditRound
        {
            Name = plan.Name,
            Kind = plan.Kind,
            PopulationFilter = outcome.Filter.ToString(),
            PopulationDate = outcome.Date,
            SampleSize = result.Request.Size,
            StratifiedByTeam = result.Request.StratifyByTeam,
            ExcludeMonths = result.Request.ExcludeMonths,
            Seed = result.Request.Seed,
            PopulationCount = result.Frame.PopulationCount,
            ExcludedCount = result.Frame.ExcludedCount,
            FrameSnapshot = result.Frame.Snapshot,
            FrameSha256 = result.Frame.Sha256,
            FrameCount = result.Frame.Members.Count,
            TemplateId = plan.TemplateId,
            DueDate = plan.DueDate,
            CreatedAt = now,
            CreatedBy = plan.CreatedBy,
        };
        var byPosition = assignments.ToDictionary(a => a.Position);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.AuditRounds.Add(round);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var sampled in result.Sample)
            {
                var auditor = byPosition[sampled.Position];
                db.Audits.Add(new Audit
                {
                    RoundId = round.Id,
                    ChildId = sampled.Member.ChildId,
                    DrawPosition = sampled.Position,
                    TeamId = sampled.Member.TeamId,
                    WorkerId = sampled.Member.WorkerId,
                    AuditorUserId = auditor.UserId,
                    AuditorName = auditor.Name,
                    OwnTeamAudit = auditor.OwnTeam,
                    DueDate = plan.DueDate,
                    Status = AuditStatus.Assigned,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return round;
    }
}
