using System.Globalization;
using System.Net;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Indicators;
using GoldenThread.Data.Security;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Tests.Security;

/// <summary>What a request for a page gives a person.</summary>
public enum Outcome
{
    /// <summary>200: the page or export.</summary>
    Ok,

    /// <summary>Sent to the access-denied page (or a 403).</summary>
    Denied,

    /// <summary>Sent to sign in (anonymous).</summary>
    SignIn,

    /// <summary>404: the record is outside the person's scope, or does not exist (the same answer, so ids cannot be probed).</summary>
    NotFound,

    /// <summary>Sent on to another page of the service (e.g. / to /overview).</summary>
    Redirect,
}

/// <summary>The ids used to fill in parameterised routes: records that exist and that the demo social worker may see.</summary>
public sealed record MatrixSamples(
    long Child,
    string Indicator,
    long PlanAction,
    long PlanComponent,
    long PlanObjective,
    long PlanIndicator,
    long PlanEvidence,
    long Team,
    long Audit,
    long Round,
    string AdminUser,
    long PlanTheme);

/// <summary>
/// One route's expected outcome for each of the eight roles and for someone not signed in. New pages must be added here:
/// the matrix test fails for a route with no expectation.
/// </summary>
public sealed record RouteExpectation(string Route, Func<MatrixSamples, string> Path, IReadOnlyCollection<string> Allowed, Outcome AllowedOutcome = Outcome.Ok, Outcome OthersOutcome = Outcome.Denied, Outcome Anonymous = Outcome.SignIn)
{
    public IReadOnlyDictionary<string, Outcome> Overrides { get; init; } = new Dictionary<string, Outcome>();

    public Outcome For(string? role) => role is null ? Anonymous
        : Overrides.TryGetValue(role, out var special) ? special
        : Allowed.Contains(role) ? AllowedOutcome : OthersOutcome;
}

public static class AccessMatrix
{
    private static readonly string[] Everyone = [.. Roles.All];
    private static readonly string[] ChildLevel = [.. Roles.ChildLevel];
    private static readonly string[] DataManagers = [Roles.Administrator, Roles.Analyst];
    private static readonly string[] PlanEditors = [Roles.Administrator, Roles.Director];
    private static readonly string[] Administrators = [Roles.Administrator];

    private static readonly Dictionary<string, Outcome> OutsideManagersScope = new()
    {
        [Roles.ServiceManager] = Outcome.NotFound,
        [Roles.TeamManager] = Outcome.NotFound,
    };

    private static RouteExpectation Anyone(string route, Func<MatrixSamples, string> path, Outcome outcome = Outcome.Ok) =>
        new(route, path, Everyone, outcome, outcome, outcome);

    /// <summary>Every page route and export, by route template.</summary>
    public static IReadOnlyList<RouteExpectation> Expectations { get; } =
    [
        // Anyone, signed in or not.
        Anyone("account/access-denied", _ => "/account/access-denied", Outcome.Denied),
        Anyone("account/sign-in", _ => "/account/sign-in"),
        Anyone("account/external-sign-in", _ => "/account/external-sign-in", Outcome.SignIn),
        Anyone("account/external-callback", _ => "/account/external-callback"),
        Anyone("account/sign-in/two-factor", _ => "/account/sign-in/two-factor", Outcome.SignIn),
        Anyone("account/sign-in/recovery-code", _ => "/account/sign-in/recovery-code", Outcome.SignIn),
        Anyone("account/sign-out", _ => "/account/sign-out"),
        Anyone("error", _ => "/error"),
        Anyone("accessibility", _ => "/accessibility"),
        new("account/waiting-for-access", _ => "/account/waiting-for-access", Everyone),
        new("account/two-factor", _ => "/account/two-factor", Everyone),
        new("account/two-factor/enrol", _ => "/account/two-factor/enrol", Everyone),

        // Every role: aggregates and the plan.
        new("", _ => "/", Everyone, Outcome.Redirect),
        new("overview", _ => "/overview", Everyone),
        new("indicators", _ => "/indicators", Everyone),
        new("indicators/{id}", s => $"/indicators/{s.Indicator}", Everyone),
        new("plan", _ => "/plan", Everyone),
        new("plan/actions/{id:long}", s => $"/plan/actions/{s.PlanAction}", Everyone),
        new("plan/board-pack", _ => "/plan/board-pack", Everyone),
        new("plan/board-pack/workbook", _ => "/plan/board-pack/workbook", Everyone),
        new("plan/components/{id:long}", s => $"/plan/components/{s.PlanComponent}", Everyone),
        new("plan/exceptions", _ => "/plan/exceptions", Everyone),
        new("plan/objectives/{id:long}", s => $"/plan/objectives/{s.PlanObjective}", Everyone),
        new("plan/teams", _ => "/plan/teams", Everyone),
        new("plan/teams/{orgUnitId:long}", s => $"/plan/teams/{s.Team}", Everyone),

        // Evidence files may hold child-level detail: child-level roles only.
        new("plan/evidence/{id:long}", s => $"/plan/evidence/{s.PlanEvidence}", ChildLevel),

        // Owners update their own actions; editors any action.
        new("plan/actions/{id:long}/update", s => $"/plan/actions/{s.PlanAction}/update", PlanEditors),

        // Editing the plan: Directors and Administrators.
        new("plan/edit/actions/{id:long?}", s => $"/plan/edit/actions/{s.PlanAction}", PlanEditors),
        new("plan/edit/indicators/{id:long}", s => $"/plan/edit/indicators/{s.PlanIndicator}", PlanEditors),
        new("plan/edit/objectives/{id:long}", s => $"/plan/edit/objectives/{s.PlanObjective}", PlanEditors),
        new("plan/edit/objectives/new", s => $"/plan/edit/objectives/new?theme={s.PlanTheme}", PlanEditors),
        new("plan/edit/objectives/{id:long}/indicators/new", s => $"/plan/edit/objectives/{s.PlanObjective}/indicators/new", PlanEditors),
        new("plan/edit/themes/new", _ => "/plan/edit/themes/new", PlanEditors),
        new("plan/edit/rag/{kind:regex(^(action|objective)$)}/{id:long}", s => $"/plan/edit/rag/action/{s.PlanAction}", PlanEditors),

        // Child-level pages and exports: every role but the Lead Member, filtered to the person's scope.
        new("children/{id:long}", s => $"/children/{s.Child}", ChildLevel),
        new("overview/{measure}", _ => "/overview/children-in-need", ChildLevel),
        new("indicators/{id}/children", s => $"/indicators/{s.Indicator}/children", ChildLevel),
        new("data-quality", _ => "/data-quality", ChildLevel),
        new("data-quality#report", _ => "/data-quality?handler=Report", ChildLevel),

        // Loading data: Administrators and Analysts.
        new("data/loads", _ => "/data/loads", DataManagers),
        new("data/upload", _ => "/data/upload", DataManagers),
        new("data/upload/{id:guid}", _ => $"/data/upload/{Guid.Empty}", DataManagers, Outcome.NotFound),

        // Quality assurance and workforce (docs/adr/0011-quality-assurance.md).
        new("quality", _ => "/quality", QualityPolicies.DashboardRoles),
        new("quality/evidence", _ => "/quality/evidence", QualityPolicies.DashboardRoles),
        new("quality/supervision", _ => "/quality/supervision", QualityPolicies.DashboardRoles),
        new("quality/teams", _ => "/quality/teams", QualityPolicies.DashboardRoles),
        new("quality/actions", _ => "/quality/actions", QualityPolicies.DashboardRoles),
        new("quality/rounds", _ => "/quality/rounds", QualityPolicies.DashboardRoles),
        new("quality/rounds/{id:long}", s => $"/quality/rounds/{s.Round}", QualityPolicies.DashboardRoles),
        new("quality/templates", _ => "/quality/templates", QualityPolicies.DashboardRoles),
        new("quality/audits", _ => "/quality/audits", QualityPolicies.AuditRecordRoles),
        // The sample audit (moderated, still open) is of a child outside the demo managers' service and team: filtered out for them.
        new("quality/audits/{id:long}", s => $"/quality/audits/{s.Audit}", QualityPolicies.AuditRecordRoles) { Overrides = OutsideManagersScope },
        new("quality/audits/{id:long}/actions/new", s => $"/quality/audits/{s.Audit}/actions/new", [Roles.Auditor]) { Overrides = OutsideManagersScope },
        new("quality/audits/{id:long}/edit", s => $"/quality/audits/{s.Audit}/edit", [Roles.Auditor], Outcome.Redirect) { Overrides = OutsideManagersScope },
        new("quality/audits/{id:long}/moderate", s => $"/quality/audits/{s.Audit}/moderate", [Roles.ServiceManager], Outcome.NotFound),
        new("quality/oversight/{childId:long}", s => $"/quality/oversight/{s.Child}", QualityPolicies.AuditRecordRoles),
        new("quality/rounds/new", _ => "/quality/rounds/new", [Roles.Auditor]),
        new("quality/templates/new", _ => "/quality/templates/new", [Roles.Auditor]),
        new("workforce", _ => "/workforce", QualityPolicies.WorkforceRoles),

        // Administration.
        new("admin/users", _ => "/admin/users", Administrators),
        new("admin/users/new", _ => "/admin/users/new", Administrators),
        new("admin/users/{id}", s => $"/admin/users/{s.AdminUser}", Administrators),
        new("admin/audit", _ => "/admin/audit", Administrators),
        new("admin/child-access/{handler?}", s => $"/admin/child-access?child={s.Child}", Administrators),
        new("admin/child-access/{handler?}#csv", s => $"/admin/child-access/csv?child={s.Child}", Administrators),
    ];

    /// <summary>
    /// Routes other engineers are adding, recognised by prefix until they have their own rows above: nobody reaches them
    /// anonymously, administration stays with Administrators, and no role gets an error.
    /// </summary>
    public static IReadOnlyList<(string Prefix, IReadOnlyCollection<string>? Allowed)> PendingPrefixes { get; } =
    [
        ("admin/", Administrators),
        ("dashboards", null),
        ("indicators/{id}/target", null),
    ];

    public static IReadOnlyList<string> Identities { get; } = [.. Roles.All, "anonymous"];

    public static string Email(string role) => (role == Roles.Administrator ? "admin" : role.ToLowerInvariant()) + "@demo.local";

    public static Outcome Classify(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return Outcome.Ok;
        }

        if (response.StatusCode is HttpStatusCode.Forbidden)
        {
            return Outcome.Denied;
        }

        if (response.StatusCode is HttpStatusCode.NotFound)
        {
            return Outcome.NotFound;
        }

        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found)
        {
            var location = SecurityForms.Location(response);
            return location.StartsWith("/account/access-denied", StringComparison.Ordinal) ? Outcome.Denied
                : location.StartsWith("/account/sign-in", StringComparison.Ordinal) && !location.StartsWith("/account/sign-in/", StringComparison.Ordinal) ? Outcome.SignIn
                : Outcome.Redirect;
        }

        throw new InvalidOperationException($"Unexpected status {(int)response.StatusCode}");
    }
}

/// <summary>
/// Every page route (read from the app's endpoints, so new pages are included) and every export, requested as each of the
/// eight roles and anonymously, against the expected outcome in <see cref="AccessMatrix"/>.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class AccessMatrixTests(SecurityWebFactory factory)
{
    private IReadOnlyList<string> PageRoutes() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private async Task<MatrixSamples> SamplesAsync()
    {
        await using var db = factory.CreateContext();
        var worker = (await db.Users.AsNoTracking().SingleAsync(u => u.Email == "socialworker@demo.local")).WorkerId!.Value;
        var child = await db.Allocations.AsNoTracking().Where(CaseloadRules.AllocationCurrentAt(GoldenThreadWebFactory.Today)).Where(a => a.WorkerId == worker).OrderBy(a => a.ChildId).Select(a => a.ChildId).FirstAsync();
        var audit = await SampleAuditAsync(db);
        return new MatrixSamples(
            child,
            IndicatorCatalogue.All[0].Id,
            await db.PlanActions.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            await db.Set<GoldenThread.Core.Improvement.StrategicComponent>().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            await db.PlanObjectives.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(),
            await db.PlanIndicators.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
            await EvidenceFileAsync(db),
            (await db.Users.AsNoTracking().SingleAsync(u => u.Email == "teammanager@demo.local")).OrgUnitId!.Value,
            audit.Id,
            audit.RoundId,
            (await db.Users.AsNoTracking().SingleAsync(u => u.Email == "admin@demo.local")).Id,
            await db.Set<GoldenThread.Core.Improvement.PlanTheme>().OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
    }

    /// <summary>
    /// The first audit moderated and still open for actions, of a child outside the demo managers' service (and so their
    /// team): chosen by what the rows need, not by position, so a change to the demo's draws cannot close it.
    /// </summary>
    private static async Task<GoldenThread.Core.Quality.Audit> SampleAuditAsync(GoldenThread.Data.GoldenThreadDbContext db)
    {
        var team = (await db.Users.AsNoTracking().SingleAsync(u => u.Email == "teammanager@demo.local")).OrgUnitId!.Value;
        var service = (await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Id == team)).ParentId;
        var managed = await db.OrgUnits.AsNoTracking().Where(o => o.Id == service || o.ParentId == service).Select(o => o.Id).ToListAsync();
        return await db.Audits.AsNoTracking()
            .Where(a => a.Status == GoldenThread.Core.Quality.AuditStatus.Moderated && (a.TeamId == null || !managed.Contains(a.TeamId.Value)))
            .OrderBy(a => a.Id)
            .FirstAsync();
    }

    /// <summary>An evidence file to download: the demo plan's first, or a small synthetic one added to the first action.</summary>
    private static async Task<long> EvidenceFileAsync(GoldenThread.Data.GoldenThreadDbContext db)
    {
        var existing = await db.PlanEvidenceFiles.OrderBy(f => f.EvidenceId).Select(f => (long?)f.EvidenceId).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var evidence = new GoldenThread.Core.Improvement.PlanEvidence
        {
            ActionId = await db.PlanActions.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            Kind = GoldenThread.Core.Improvement.EvidenceKind.File,
            Title = "Synthetic evidence",
            FileName = "synthetic.txt",
            ContentType = "text/plain",
            SizeBytes = 9,
            AddedByUserId = "matrix",
            AddedByName = "Access matrix test",
            AddedAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
        };
        db.PlanEvidence.Add(evidence);
        await db.SaveChangesAsync();
        db.PlanEvidenceFiles.Add(new GoldenThread.Core.Improvement.PlanEvidenceFile { EvidenceId = evidence.Id, Content = "synthetic"u8.ToArray() });
        await db.SaveChangesAsync();
        return evidence.Id;
    }

    [Fact]
    public void Every_page_route_has_an_expectation()
    {
        var known = AccessMatrix.Expectations.Select(e => e.Route.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
        var missing = PageRoutes().Where(r => !known.Contains(r) && !AccessMatrix.PendingPrefixes.Any(p => r.StartsWith(p.Prefix, StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "Routes with no expected outcome in AccessMatrix: " + string.Join(", ", missing));
        var stale = known.Where(r => !PageRoutes().Contains(r)).ToList();
        Assert.True(stale.Count == 0, "Expectations for routes that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task Every_page_and_export_gives_each_role_and_anonymous_the_expected_outcome()
    {
        var samples = await SamplesAsync();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All)
        {
            clients[role] = (await SignedInClient.SignInAsync(factory, AccessMatrix.Email(role))).Http;
        }

        clients["anonymous"] = SignedInClient.Anonymous(factory);
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var expectation in AccessMatrix.Expectations)
        {
            var path = expectation.Path(samples);
            foreach (var identity in AccessMatrix.Identities)
            {
                var role = identity == "anonymous" ? null : identity;
                var response = await clients[identity].GetAsync(new Uri(path, UriKind.Relative));
                var actual = response.StatusCode == HttpStatusCode.InternalServerError ? (Outcome?)null : AccessMatrix.Classify(response);
                var expected = expectation.For(role);
                checkedCount++;
                if (actual != expected)
                {
                    failures.Add($"{path} as {identity}: expected {expected}, got {(actual?.ToString() ?? "500")}");
                }
            }
        }

        foreach (var route in PageRoutes().Where(r => AccessMatrix.Expectations.All(e => e.Route.Split('#')[0] != r)))
        {
            var (prefix, allowed) = AccessMatrix.PendingPrefixes.First(p => route.StartsWith(p.Prefix, StringComparison.Ordinal));
            var path = "/" + System.Text.RegularExpressions.Regex.Replace(route, "{([a-zA-Z]+)[^}]*}", m => m.Groups[1].Value switch
            {
                "id" when route.StartsWith("indicators/", StringComparison.Ordinal) => samples.Indicator,
                "childId" => samples.Child.ToString(CultureInfo.InvariantCulture),
                _ => "1",
            });
            foreach (var identity in AccessMatrix.Identities)
            {
                var response = await clients[identity].GetAsync(new Uri(path, UriKind.Relative));
                checkedCount++;
                if (response.StatusCode == HttpStatusCode.InternalServerError)
                {
                    failures.Add($"{path} as {identity}: 500");
                    continue;
                }

                var actual = AccessMatrix.Classify(response);
                if (identity == "anonymous" ? actual != Outcome.SignIn : allowed is not null && !allowed.Contains(identity) && actual != Outcome.Denied)
                {
                    failures.Add($"{path} (pending prefix {prefix}) as {identity}: got {actual}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} requests differ from the access matrix:\n" + string.Join('\n', failures));
        Assert.True(checkedCount >= AccessMatrix.Expectations.Count * 9);
    }

    [Fact]
    public async Task A_social_worker_cannot_reach_another_teams_child_by_changing_an_id_in_the_address()
    {
        await using var db = factory.CreateContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "socialworker@demo.local");
        var current = CaseloadRules.AllocationCurrentAt(GoldenThreadWebFactory.Today);
        var caseload = await db.Allocations.AsNoTracking().Where(current).Where(a => a.WorkerId == user.WorkerId).Select(a => a.ChildId).ToListAsync();
        var otherTeamChild = await db.Allocations.AsNoTracking().Where(current).Where(a => a.TeamId != user.OrgUnitId).Select(a => a.ChildId)
            .Where(id => !caseload.Contains(id)).OrderBy(id => id).FirstAsync();
        var otherTeam = await db.Allocations.AsNoTracking().Where(current).Where(a => a.ChildId == otherTeamChild).Select(a => a.TeamId).FirstAsync();
        var client = await SignedInClient.SignInAsync(factory, "socialworker@demo.local");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/children/{caseload[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/children/{otherTeamChild}")).StatusCode);
        var oversight = await client.GetAsync($"/quality/oversight/{otherTeamChild}");
        Assert.NotEqual(HttpStatusCode.OK, oversight.StatusCode);

        // A query string naming another team or worker does not widen the list: every child shown is in the caseload.
        var indicator = IndicatorCatalogue.All.First(i => i.Id is not null).Id;
        foreach (var path in new[]
        {
            $"/indicators/{indicator}/children?org={otherTeam}",
            $"/indicators/{indicator}/children?orgUnit={otherTeam}&worker=1&team={otherTeam}",
            $"/overview/children-in-need?org={otherTeam}&team={otherTeam}&worker=1",
        })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path} gave {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var page = await SecurityForms.ParseAsync(response);
                var shown = page.QuerySelectorAll("a[href^='/children/']").Select(a => long.Parse(a.GetAttribute("href")!["/children/".Length..].Split('?')[0], CultureInfo.InvariantCulture)).ToList();
                Assert.All(shown, id => Assert.Contains(id, caseload));
                Assert.DoesNotContain(otherTeamChild, shown);
            }
        }

        await using var check = factory.CreateContext();
        Assert.False(await check.ChildRecordAccesses.AnyAsync(a => a.ChildId == otherTeamChild && a.UserId == user.Id));
    }
}
