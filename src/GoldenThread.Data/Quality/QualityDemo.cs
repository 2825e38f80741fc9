using System.Globalization;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;
using GoldenThread.Core.Quality;
using GoldenThread.Core.Workforce;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Quality;

/// <summary>
/// Synthetic quality-assurance and workforce history for the demo authority: three audit rounds drawn by the real
/// sampling code (two done, one under way, some audits late), moderation, actions, management-oversight decisions,
/// team establishments and the "Back to basics" programme with completions. Deterministic for a seed and a date.
/// Written once, only into a database holding the synthetic demo authority.
/// </summary>
public static class QualityDemo
{
    public const string AuditorEmail = "auditor@demo.local";
    public const string ServiceManagerEmail = "servicemanager@demo.local";
    public const string TeamManagerEmail = "teammanager@demo.local";
    public const string BackToBasicsCode = "back-to-basics";

    private static readonly string[] _evidence =
    [
        "Case notes and the last two visit records show this clearly.",
        "The assessment names the risks but the analysis of what they mean for the child is thin.",
        "Chronology is up to date; key events are easy to follow.",
        "The plan has actions without dates or owners in two places.",
        "Partner agencies attended the last core group and their updates are recorded.",
        "Oversight entries record decisions but not the reasons for them.",
        "Supervision notes reflect on progress and set clear next steps.",
        "Visits are in line with the standard over the last three months.",
    ];

    private static readonly string[] _voice =
    [
        "The child said they like their new school and want to see their nan more often.",
        "Views gathered through a three houses tool at the last visit; recorded in the plan.",
        "The young person wrote their own section of the plan.",
        "The child's views were gathered through play; their worries about bedtime are recorded.",
        "Not recorded since the assessment: the auditor found no direct work in the last three months.",
    ];

    private static readonly string[] _actions =
    [
        "Update the chronology and record the reasons for the last decision.",
        "Rewrite the plan with SMART actions and review it at the next core group.",
        "Undertake direct work to gather the child's wishes and feelings, and record them.",
        "Team manager to record management oversight on the child's record.",
        "Arrange a visit to see the child alone within ten working days.",
    ];

    private static readonly string[] _decisions =
    [
        "Plan reviewed: progress on school attendance; continue the current plan and review in three months.",
        "Risk has reduced; consider stepping down to child in need at the next review.",
        "Concerns about home conditions persist; strategy discussion to be considered if no change in four weeks.",
        "Allocated worker to complete direct work before the review; decision recorded after supervision.",
        "Contact arrangements agreed; placement stable; no change to the care plan.",
    ];

    /// <param name="today">The local date the history ends on.</param>
    /// <param name="now">The time now, in UTC, for record timestamps.</param>
    public static async Task SeedAsync(GoldenThreadDbContext db, DateOnly today, DateTimeOffset now, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.DataLoads.AnyAsync(l => l.IsSynthetic && l.Status == DataLoadStatus.Committed, cancellationToken)
            || await db.AuditRounds.AnyAsync(cancellationToken)
            || await db.TrainingProgrammes.AnyAsync(cancellationToken))
        {
            return;
        }

        var random = new Pcg32(unchecked((ulong)seed), 2011);
        await AuditTemplates.EnsureDefaultsAsync(db, cancellationToken);
        await SeedWorkforceAsync(db, today, random, cancellationToken);
        await SeedOversightAsync(db, today, now, random, cancellationToken);

        var auditor = await db.Users.SingleOrDefaultAsync(u => u.Email == AuditorEmail, cancellationToken);
        if (auditor is null)
        {
            return;
        }

        // The demo auditor also moderates (others' audits: nobody moderates their own).
        db.UserClaims.Add(new IdentityUserClaim<string> { UserId = auditor.Id, ClaimType = QualityClaims.Moderator, ClaimValue = "true" });
        await db.SaveChangesAsync(cancellationToken);

        var moderator = await db.Users.Where(u => u.Email == ServiceManagerEmail).Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        var templates = await db.AuditTemplates.AsNoTracking().Include(t => t.Questions).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var practice = templates.First(t => t.Name == AuditTemplates.PracticeAuditName);
        var auditors = await AuditorDirectory.LoadAsync(db, cancellationToken);
        var rounds = new (string Name, AuditRoundKind Kind, string Filter, int DaysAgo, int Size, bool Stratify, int Exclude, int DueIn)[]
        {
            ($"Monthly audit {today.AddDays(-91).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", AuditRoundKind.Monthly, "status=cin,cp,cla,care-leaver", 91, 10, true, 0, -63),
            ("Children on child protection plans for 15 months or more", AuditRoundKind.Themed, "status=cp;min-weeks=65", 49, 6, false, 3, -7),
            ($"Monthly audit {today.AddDays(-14).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", AuditRoundKind.Monthly, "status=cin,cp,cla,care-leaver", 14, 12, true, 6, 14),
        };
        for (var r = 0; r < rounds.Length; r++)
        {
            var spec = rounds[r];
            var date = today.AddDays(-spec.DaysAgo);
            var request = new SampleRequest(spec.Size, (ulong)(seed * 100L) + (ulong)r + 1, spec.Stratify, spec.Exclude);
            var outcome = await SampleDrawer.DrawAsync(db, PopulationFilter.Parse(spec.Filter), date, request, cancellationToken);
            if (outcome.Result is not { Sample.Count: > 0 } result)
            {
                continue;
            }

            var assignments = AuditorAllocation.Assign(result.Sample, auditors);
            var plan = new RoundPlan(spec.Name, spec.Kind, practice.Id, today.AddDays(spec.DueIn), AuditorEmail);
            var round = await AuditRoundWriter.CreateAsync(db, plan, outcome, assignments, At(date), cancellationToken);
            var audits = await db.Audits.Where(a => a.RoundId == round.Id).Include(a => a.Answers).Include(a => a.Findings).OrderBy(a => a.DrawPosition).ToListAsync(cancellationToken);
            for (var i = 0; i < audits.Count; i++)
            {
                var audit = audits[i];
                var stage = r switch
                {
                    0 => AuditStatus.Moderated,
                    1 => i < audits.Count - 2 ? AuditStatus.Submitted : (i == audits.Count - 2 ? AuditStatus.InProgress : AuditStatus.Assigned),
                    _ => i < 2 ? AuditStatus.Submitted : (i < 4 ? AuditStatus.InProgress : AuditStatus.Assigned),
                };
                if (stage == AuditStatus.Assigned)
                {
                    continue;
                }

                var grade = DrawGrade(random);
                var response = Response(practice.Questions, grade, random, complete: stage != AuditStatus.InProgress);
                var started = At(date.AddDays(2 + (int)random.NextBelow(5)));
                AuditWorkflow.SaveDraft(audit, practice.Questions, response, audit.AuditorUserId, started);
                if (stage == AuditStatus.InProgress)
                {
                    continue;
                }

                var submitted = date.AddDays(8 + (int)random.NextBelow(20));
                if (submitted >= today)
                {
                    submitted = today.AddDays(-1);
                }

                AuditWorkflow.Submit(audit, practice.Questions, response, audit.AuditorUserId, At(submitted));
                var moderate = r == 0 ? random.NextBelow(100) < 80 : r == 1 && random.NextBelow(100) < 50;
                if (moderate)
                {
                    var changed = random.NextBelow(100) < 25;
                    var moderated = changed ? Step(grade, random) : grade;
                    AuditWorkflow.Moderate(
                        audit,
                        moderated,
                        moderated != grade ? "The evidence recorded does not support the auditor's grade for planning and impact." : null,
                        moderator?.Id ?? "synthetic-moderator",
                        moderator?.DisplayName ?? "Moderator (synthetic)",
                        At(submitted.AddDays(3)));
                    if (r == 0 && random.NextBelow(100) < 50)
                    {
                        AuditWorkflow.Close(audit, At(submitted.AddDays(10)));
                    }
                }

                if (audit.FinalGrade is Grade.RequiresImprovement or Grade.Inadequate)
                {
                    var due = submitted.AddDays(21 + (int)random.NextBelow(35));
                    var done = due < today && random.NextBelow(100) < 55;
                    db.AuditActions.Add(new AuditAction
                    {
                        AuditId = audit.Id,
                        Description = _actions[random.NextBelow((uint)_actions.Length)],
                        WorkerId = random.NextBelow(100) < 70 ? audit.WorkerId : null,
                        TeamId = audit.TeamId,
                        DueDate = due,
                        Status = done ? AuditActionStatus.Done : AuditActionStatus.Open,
                        CompletedOn = done ? due.AddDays(-(int)random.NextBelow(10)) : null,
                        CreatedAt = At(submitted),
                        CreatedBy = AuditorEmail,
                    });
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    private static Grade DrawGrade(Pcg32 random) => random.NextBelow(100) switch
    {
        < 6 => Grade.Outstanding,
        < 48 => Grade.Good,
        < 85 => Grade.RequiresImprovement,
        _ => Grade.Inadequate,
    };

    /// <summary>One grade better or worse (worse twice as often), staying within the scale.</summary>
    private static Grade Step(Grade grade, Pcg32 random)
    {
        var worse = random.NextBelow(3) < 2;
        var next = (int)grade + (worse ? 1 : -1);
        if (next is < 1 or > 4)
        {
            next = (int)grade + (worse ? -1 : 1);
        }

        return (Grade)next;
    }

    private static AuditResponse Response(IReadOnlyList<AuditQuestion> questions, Grade overall, Pcg32 random, bool complete)
    {
        var answers = new Dictionary<long, (Grade?, string?)>();
        foreach (var question in questions.OrderBy(q => q.Position))
        {
            if (!complete && question.Position > 4)
            {
                answers[question.Id] = (null, null);
                continue;
            }

            var shift = random.NextBelow(10) switch { < 2 => -1, < 8 => 0, _ => 1 };
            var grade = (Grade)Math.Clamp((int)overall + shift, 1, 4);
            answers[question.Id] = (grade, _evidence[random.NextBelow((uint)_evidence.Length)]);
        }

        var themes = FindingThemes.All;
        var findings = new List<(string, FindingKind)>();
        var count = 1 + (int)random.NextBelow(3);
        for (var i = 0; i < count; i++)
        {
            var kind = overall is Grade.Outstanding or Grade.Good && random.NextBelow(2) == 0 ? FindingKind.Strength : FindingKind.AreaForDevelopment;

            // The first few themes (voice, oversight, supervision, assessment, planning) come up most, as they do in practice.
            var index = random.NextBelow(100) < 70 ? random.NextBelow(5) : random.NextBelow((uint)themes.Count);
            findings.Add((themes[(int)index].Code, kind));
        }

        return new AuditResponse(
            answers,
            complete ? overall : null,
            complete ? random.NextBelow(100) < 82 : null,
            complete ? _voice[random.NextBelow((uint)_voice.Length)] : null,
            complete ? "Synthetic audit summary: strengths and areas for development as graded above." : null,
            findings);
    }

    private static async Task SeedWorkforceAsync(GoldenThreadDbContext db, DateOnly today, Pcg32 random, CancellationToken cancellationToken)
    {
        var teams = await db.OrgUnits.AsNoTracking().Where(o => o.Kind == OrgUnitKind.Team).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var workers = await db.Workers.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken);
        var financialYear = new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1);
        foreach (var team in teams)
        {
            var inPost = workers.Where(w => w.TeamId == team.Id && w.IsCaseHolding && WorkforceFigures.IsInPost(w, today)).Sum(w => w.Fte);
            var establishment = Math.Ceiling(inPost) + (random.NextBelow(100) < 40 ? 1m : 0m);
            db.TeamEstablishments.Add(new TeamEstablishment { TeamId = team.Id, EffectiveFrom = financialYear, Fte = Math.Max(1m, establishment) });
        }

        var programme = new TrainingProgramme
        {
            Code = BackToBasicsCode,
            Name = "Back to basics",
            Description = "Core practice standards: seeing children alone, chronologies, SMART plans, and recording management oversight.",
            LaunchDate = today.AddDays(-150),
            TargetDate = today.AddDays(60),
        };
        db.TrainingProgrammes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var worker in workers.Where(w => TrainingFigures.IsInAudience(w, today)))
        {
            if (random.NextBelow(100) < 62)
            {
                var from = worker.StartDate > programme.LaunchDate ? worker.StartDate : programme.LaunchDate;
                var span = Math.Max(1, today.DayNumber - from.DayNumber);
                db.TrainingCompletions.Add(new TrainingCompletion { ProgrammeId = programme.Id, WorkerId = worker.Id, CompletedOn = from.AddDays((int)random.NextBelow((uint)span)) });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedOversightAsync(GoldenThreadDbContext db, DateOnly today, DateTimeOffset now, Pcg32 random, CancellationToken cancellationToken)
    {
        var manager = await db.Users.Where(u => u.Email == TeamManagerEmail).Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        var open = await db.Allocations.AsNoTracking().Where(CaseloadRules.AllocationCurrentAt(today)).Select(a => a.ChildId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
        foreach (var child in open)
        {
            if (random.NextBelow(100) < 60)
            {
                db.ManagementOversightDecisions.Add(new ManagementOversightDecision
                {
                    ChildId = child,
                    DecisionDate = today.AddDays(-1 - (int)random.NextBelow(150)),
                    Decision = _decisions[random.NextBelow((uint)_decisions.Length)],
                    RecordedByUserId = manager?.Id ?? "synthetic-manager",
                    RecordedByName = manager?.DisplayName ?? "Team manager (synthetic)",
                    RecordedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
