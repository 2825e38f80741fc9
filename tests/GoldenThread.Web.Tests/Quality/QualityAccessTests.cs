using System.Net;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Quality;
using GoldenThread.Data.Quality;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Quality;

/// <summary>Who may use quality assurance and workforce, what each sees, and that the demo programme re-draws exactly.</summary>
public abstract class QualityAccessTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GoldenThreadWebFactory
{
    private static readonly DateOnly Today = GoldenThreadWebFactory.Today;

    [Theory]
    [InlineData("admin@demo.local", "/quality", true)]
    [InlineData("analyst@demo.local", "/quality/evidence", true)]
    [InlineData("director@demo.local", "/quality", true)]
    [InlineData("director@demo.local", "/workforce", true)]
    [InlineData("leadmember@demo.local", "/quality", true)]
    [InlineData("leadmember@demo.local", "/quality/evidence", true)]
    [InlineData("leadmember@demo.local", "/workforce", true)]
    [InlineData("leadmember@demo.local", "/quality/audits", false)]
    [InlineData("leadmember@demo.local", "/quality/rounds/new", false)]
    [InlineData("servicemanager@demo.local", "/quality/audits", true)]
    [InlineData("servicemanager@demo.local", "/quality/rounds/new", false)]
    [InlineData("teammanager@demo.local", "/quality/supervision", true)]
    [InlineData("teammanager@demo.local", "/workforce", true)]
    [InlineData("socialworker@demo.local", "/quality", false)]
    [InlineData("socialworker@demo.local", "/quality/audits", false)]
    [InlineData("socialworker@demo.local", "/workforce", false)]
    [InlineData("auditor@demo.local", "/quality/audits", true)]
    [InlineData("auditor@demo.local", "/quality/rounds/new", true)]
    [InlineData("auditor@demo.local", "/quality/templates/new", true)]
    [InlineData("auditor@demo.local", "/workforce", false)]
    public async Task Each_role_reaches_only_its_quality_and_workforce_pages(string email, string path, bool allowed)
    {
        var client = await SignedInClient.SignInAsync(factory, email);
        var response = await client.GetAsync(path);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("director@demo.local", true, true)]
    [InlineData("leadmember@demo.local", true, true)]
    [InlineData("auditor@demo.local", true, false)]
    [InlineData("socialworker@demo.local", false, false)]
    public async Task The_navigation_offers_quality_assurance_and_workforce_by_role(string email, bool quality, bool workforce)
    {
        var client = await SignedInClient.SignInAsync(factory, email);
        var page = await client.GetDocumentAsync("/overview");
        var links = page.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(quality, links.Contains("Quality assurance"));
        Assert.Equal(workforce, links.Contains("Workforce"));
    }

    [Fact]
    public async Task The_demo_programme_re_draws_exactly_from_the_database()
    {
        await using var db = factory.CreateContext();
        var rounds = await db.AuditRounds.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(3, rounds.Count);
        foreach (var round in rounds)
        {
            var request = new SampleRequest(round.SampleSize, round.Seed, round.StratifiedByTeam, round.ExcludeMonths);
            var outcome = await SampleDrawer.DrawAsync(db, PopulationFilter.Parse(round.PopulationFilter), round.PopulationDate, request, CancellationToken.None);
            var stored = await db.Audits.AsNoTracking().Where(a => a.RoundId == round.Id).OrderBy(a => a.DrawPosition).Select(a => a.ChildId).ToListAsync();
            Assert.Equal(round.FrameSha256, outcome.Result!.Frame.Sha256);
            Assert.Equal(round.FrameSnapshot, outcome.Result.Frame.Snapshot);
            Assert.Equal(stored, outcome.Result.Sample.Select(s => s.Member.ChildId));
            Assert.Equal(round.FrameCount, DipSample.Sha256(round.FrameSnapshot) == round.FrameSha256 ? round.FrameSnapshot.Count(c => c == '\n') : -1);
        }
    }

    [Fact]
    public async Task Audit_populations_use_the_same_rules_as_the_overview_headlines()
    {
        await using var db = factory.CreateContext();
        var view = await PopulationLoader.LoadAsync(db, Today, CancellationToken.None);
        var sources = db.Sources();
        foreach (var (filter, measure) in new[]
        {
            ("status=cin", HeadlineMeasure.ChildrenInNeed),
            ("status=cp", HeadlineMeasure.ChildProtectionPlans),
            ("status=cla", HeadlineMeasure.ChildrenLookedAfter),
            ("status=care-leaver", HeadlineMeasure.CareLeavers),
        })
        {
            var expected = await Headlines.ChildrenBehind(measure, sources, Today, null).Select(c => c.Id).OrderBy(id => id).ToListAsync();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, AuditPopulation.Select(PopulationFilter.Parse(filter), view).Members.Select(m => m.ChildId).Order());
        }
    }

    [Fact]
    public async Task The_overview_shows_the_figures_the_core_computes_from_the_database()
    {
        await using var db = factory.CreateContext();
        var audits = await db.Audits.AsNoTracking().Include(a => a.Findings).ToListAsync();
        var actions = await db.AuditActions.AsNoTracking().ToListAsync();
        var summary = LearningSummary.Compute(audits, Today, 10m);
        var overdue = ActionSummary.Compute(actions, Today).Overdue;

        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var page = await client.GetDocumentAsync("/quality");
        Assert.Equal(summary.Planned.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=qa-planned]")!.TextContent.Trim());
        Assert.Equal(summary.Completed.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=qa-completed]")!.TextContent.Trim());
        Assert.Equal($"{summary.GoodOrBetter.RoundedPercent}%", page.QuerySelector("[data-testid=qa-good-or-better]")!.TextContent.Trim());
        Assert.Equal(summary.GradesChangedAtModeration.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=qa-moderation-changes]")!.TextContent.Trim());
        Assert.Equal(summary.ModerationAgreement.Describe(), page.QuerySelector("[data-testid=qa-moderation-agreement]")!.TextContent.Trim());
        Assert.Equal(overdue.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=qa-overdue-actions]")!.TextContent.Trim());
        Assert.Equal(summary.Escalated.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=qa-escalated]")!.TextContent.Trim());
        Assert.True(summary.Completed > 0 && summary.Escalated > 0, "The demo programme should have done and late audits.");
    }

    [Fact]
    public async Task Supervision_oversight_and_workforce_pages_show_what_the_core_computes()
    {
        await using var db = factory.CreateContext();
        var workers = await db.Workers.AsNoTracking().ToListAsync();
        var supervisions = await db.SupervisionRecords.AsNoTracking().ToListAsync();
        var supervision = SupervisionCompliance.Compute(workers, supervisions, Today);
        var allocations = await db.Allocations.AsNoTracking().ToListAsync();
        var teams = await db.OrgUnits.Where(o => o.Kind == GoldenThread.Core.Model.OrgUnitKind.Team).Select(o => o.Id).ToListAsync();
        var establishments = await db.TeamEstablishments.AsNoTracking().ToListAsync();
        var total = GoldenThread.Core.Workforce.WorkforceFigures.Total(GoldenThread.Core.Workforce.WorkforceFigures.Teams(teams, workers, allocations, establishments, Today).ToList());
        var census = GoldenThread.Core.Workforce.WorkforceFigures.CensusYear(workers, 2026);
        Assert.True(supervision.WorkersInDate.Total > 0 && total.Cases > 0 && establishments.Count == teams.Count);

        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var page = await client.GetDocumentAsync("/quality/supervision");
        Assert.Equal(supervision.WorkersInDate.Describe(), page.QuerySelector("[data-testid=supervision-in-date] + p")!.TextContent.Trim());
        var workforce = await client.GetDocumentAsync("/workforce");
        var culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        Assert.Equal(total.CasesPerFte!.Value.ToString("0.0", culture), workforce.QuerySelector("[data-testid=caseload]")!.TextContent.Trim());
        Assert.Equal((total.VacancyRate!.Value * 100m).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%", workforce.QuerySelector("[data-testid=vacancy]")!.TextContent.Trim());
        Assert.Equal(census.TurnoverRate is { } t ? (t * 100m).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "–", workforce.QuerySelector("[data-testid=turnover]")!.TextContent.Trim());
        Assert.Contains("Back to basics", workforce.QuerySelector("[data-testid=training]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_member_sees_quality_aggregates_but_no_child_names()
    {
        await using var db = factory.CreateContext();
        var childIds = await db.Audits.Select(a => a.ChildId).ToListAsync();
        var names = await db.Children.Where(c => childIds.Contains(c.Id)).Select(c => new { c.GivenName, c.FamilyName, c.LaChildId }).ToListAsync();
        var round = await db.AuditRounds.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();

        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        foreach (var path in new[] { "/quality", "/quality/teams", "/quality/evidence", "/quality/actions", "/quality/supervision", $"/quality/rounds/{round}", "/workforce" })
        {
            var page = await client.GetDocumentAsync(path);
            var text = page.Body!.TextContent;
            Assert.All(names, n => Assert.DoesNotContain($"{n.GivenName} {n.FamilyName}", text, StringComparison.Ordinal));
            Assert.All(names, n => Assert.DoesNotContain(n.LaChildId, text, StringComparison.Ordinal));
            Assert.Empty(page.QuerySelectorAll("a[href^='/quality/audits/'], a[href^='/children/']"));
        }

        var roundPage = await client.GetDocumentAsync($"/quality/rounds/{round}");
        Assert.NotNull(roundPage.QuerySelector("[data-testid=no-child-level]"));
        var workforce = await client.GetDocumentAsync("/workforce");
        Assert.Null(workforce.QuerySelector("[data-testid=caseloads]"));
        Assert.NotNull(workforce.QuerySelector("[data-testid=workforce-teams]"));
    }

    [Fact]
    public async Task A_team_manager_opens_audits_of_their_teams_cases_only_and_each_opening_is_logged()
    {
        await using var db = factory.CreateContext();
        var manager = await db.Users.SingleAsync(u => u.Email == "teammanager@demo.local");
        var inTeam = await db.Audits.Where(a => a.TeamId == manager.OrgUnitId).Select(a => new { a.Id, a.ChildId }).FirstOrDefaultAsync();
        var outside = await db.Audits.Where(a => a.TeamId != manager.OrgUnitId).Select(a => a.Id).FirstAsync();
        Assert.NotNull(inTeam);

        var client = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        var page = await client.GetDocumentAsync($"/quality/audits/{inTeam.Id}");
        Assert.NotNull(page.QuerySelector("[data-testid=audit-summary]"));
        Assert.True(await db.ChildRecordAccesses.AnyAsync(a => a.ChildId == inTeam.ChildId && a.UserId == manager.Id && a.Purpose == "audit"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/quality/audits/{outside}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/quality/audits/999999")).StatusCode);

        var list = await client.GetDocumentAsync("/quality/audits");
        var shown = list.QuerySelectorAll("[data-testid=in-scope] tbody tr").Select(r => long.Parse(r.GetAttribute("data-audit-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(inTeam.Id, shown);
        Assert.DoesNotContain(outside, shown);
    }

    [Fact]
    public async Task Nobody_moderates_their_own_audit()
    {
        await using var db = factory.CreateContext();
        var auditor = await db.Users.SingleAsync(u => u.Email == "auditor@demo.local");
        Assert.True(await db.UserClaims.AnyAsync(c => c.UserId == auditor.Id && c.ClaimType == QualityClaims.Moderator && c.ClaimValue == "true"));
        var own = await db.Audits.Where(a => a.AuditorUserId == auditor.Id && a.Status == AuditStatus.Submitted).Select(a => a.Id).FirstAsync();

        var client = await SignedInClient.SignInAsync(factory, "auditor@demo.local");
        var response = await client.GetAsync($"/quality/audits/{own}/moderate");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var detail = await client.GetDocumentAsync($"/quality/audits/{own}");
        Assert.DoesNotContain(detail.QuerySelectorAll("a.govuk-button"), a => a.TextContent.Contains("Moderate", StringComparison.Ordinal));

        var list = await client.GetDocumentAsync("/quality/audits");
        Assert.Null(list.QuerySelector("[data-testid=to-moderate]"));
    }
}

public sealed class SqliteQualityAccessTests(SqliteWebFactory factory) : QualityAccessTests<SqliteWebFactory>(factory);

public sealed class PostgreSqlQualityAccessTests(PostgreSqlWebFactory factory) : QualityAccessTests<PostgreSqlWebFactory>(factory);
