using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Indicators.Snapshots;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Data;
using GoldenThread.Data.Indicators;
using GoldenThread.Data.Loads;
using GoldenThread.Web.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Tests;

/// <summary>What the frozen-children tests share: closing months, reading a frozen figure, and the children a page lists.</summary>
internal static class FrozenChildren
{
    public static readonly DateOnly October = new(2026, 10, 31);

    public static Task CloseMonthsAsync(GoldenThreadWebFactory factory) =>
        factory.Services.GetRequiredService<MonthEndSnapshotService>().CloseMonthsAsync(default);

    public static async Task<IndicatorSnapshot> FigureAsync(GoldenThreadWebFactory factory, string indicator, long? org, DateOnly monthEnd)
    {
        await using var db = factory.CreateContext();
        return await new IndicatorSnapshotStore(db).FigureAsync(indicator, org, monthEnd, default)
            ?? throw new InvalidOperationException($"{indicator} was not frozen for {monthEnd:yyyy-MM-dd}.");
    }

    /// <summary>The ids of the children a table on the page links to, ascending.</summary>
    public static List<long> Shown(IHtmlDocument page, string table) =>
        [.. page.QuerySelectorAll($"[data-testid={table}] tbody tr a")
            .Select(a => long.Parse(a.GetAttribute("href")!["/children/".Length..], CultureInfo.InvariantCulture))
            .Order()];

    public static string Text(IHtmlDocument page, string testId) => page.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? string.Empty;
}

/// <summary>
/// The children behind a frozen month figure, as frozen: the list equals the frozen figure's ids, people see them by the same rules
/// as today's drill-down, and the downloads carry the same list.
/// </summary>
public sealed class FrozenChildrenTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Fact]
    public async Task The_frozen_list_is_the_children_in_the_figure_frozen_at_month_end()
    {
        await FrozenChildren.CloseMonthsAsync(factory);
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync("/indicators/assessment_45wd");
        var october = page.QuerySelectorAll("[data-testid=trend] tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "October 2026");
        Assert.Equal("/indicators/assessment_45wd/children?frozen=2026-10-31&part=numerator", october.QuerySelector("[data-testid=frozen-numerator]")!.GetAttribute("href"));
        Assert.Contains("not for the twelve months to date", FrozenChildren.Text(page, "frozen-children-note"), StringComparison.Ordinal);
        var november = page.QuerySelectorAll("[data-testid=trend] tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "November 2026");
        Assert.Null(november.QuerySelector("[data-testid=frozen-numerator]")); // November has not closed

        var frozen = await FrozenChildren.FigureAsync(factory, "assessment_45wd", null, FrozenChildren.October);
        Assert.NotEmpty(frozen.DenominatorChildIds!);
        foreach (var (part, ids) in new[] { ("numerator", frozen.NumeratorChildIds!), ("denominator", frozen.DenominatorChildIds!) })
        {
            var list = await client.GetDocumentAsync(october.QuerySelector($"[data-testid=frozen-{part}]")!.GetAttribute("href")!);
            Assert.Equal(ids, FrozenChildren.Shown(list, "children"));
            Assert.Equal(IndicatorFormat.Children(ids.Count) + ".", FrozenChildren.Text(list, "count"));
            Assert.Null(list.QuerySelector("[data-testid=no-longer-held]"));
            Assert.Equal("0 children.", FrozenChildren.Text(list, "then-not-now-count")); // nothing has changed since the month closed
            Assert.Equal("0 children.", FrozenChildren.Text(list, "now-not-then-count"));
            Assert.Contains("As frozen on 25 November 2026 when October 2026 closed.", FrozenChildren.Text(list, "frozen-when"), StringComparison.Ordinal);
        }

        var outside = await client.GetDocumentAsync("/indicators/assessment_45wd/children?frozen=2026-10-31&part=outside");
        Assert.Equal([.. frozen.DenominatorChildIds!.Except(frozen.NumeratorChildIds!)], FrozenChildren.Shown(outside, "children"));

        // A count has no denominator to list.
        var referrals = await client.GetDocumentAsync("/indicators/referrals");
        Assert.NotEmpty(referrals.QuerySelectorAll("[data-testid=frozen-numerator]"));
        Assert.Empty(referrals.QuerySelectorAll("[data-testid=frozen-denominator]"));
    }

    [Fact]
    public async Task The_frozen_list_downloads_as_csv_and_excel()
    {
        await FrozenChildren.CloseMonthsAsync(factory);
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var frozen = await FrozenChildren.FigureAsync(factory, "assessment_45wd", null, FrozenChildren.October);
        var response = await client.GetAsync("/indicators/assessment_45wd/children?frozen=2026-10-31&part=denominator&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Child ID,Child,Date of birth,Indicator id,Part,Period start,Period end,Frozen on", lines[0]);
        Assert.Equal(frozen.DenominatorChildIds!.Count, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",assessment_45wd,denominator,2026-10-01,2026-10-31,2026-11-25", l, StringComparison.Ordinal));
        await using (var db = factory.CreateContext())
        {
            var expected = await db.Children.Where(c => frozen.DenominatorChildIds!.Contains(c.Id)).Select(c => c.LaChildId).ToListAsync();
            Assert.Equal(expected.Order(StringComparer.Ordinal), lines.Skip(1).Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal));
        }

        var xlsx = await client.GetAsync("/indicators/assessment_45wd/children?frozen=2026-10-31&part=denominator&format=xlsx");
        Assert.Equal(Core.Exports.ExportTable.XlsxContentType, xlsx.Content.Headers.ContentType!.MediaType);
        var changes = await client.GetAsync("/indicators/assessment_45wd/children?frozen=2026-10-31&part=denominator&format=csv&table=changes");
        Assert.Equal("Change,Child ID,Child,Date of birth,Indicator id,Part,Period start,Period end,Frozen on", (await changes.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n")[0]);
    }

    [Fact]
    public async Task A_team_manager_sees_their_teams_frozen_children_and_not_another_teams_by_changing_org()
    {
        await FrozenChildren.CloseMonthsAsync(factory);
        long team;
        List<long> otherTeams;
        HashSet<long> allowed;
        await using (var db = factory.CreateContext())
        {
            team = (await db.Users.SingleAsync(u => u.Email == "teammanager@demo.local")).OrgUnitId!.Value;
            otherTeams = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Team && u.Id != team).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync();
            allowed = [.. await db.Allocations.AsNoTracking().Where(CaseloadRules.AllocationCurrentAt(GoldenThreadWebFactory.Today)).Where(a => a.TeamId == team).Select(a => a.ChildId).ToListAsync()];
        }

        // The team's October figure with the most children the manager may see today.
        var figures = new List<IndicatorSnapshot>();
        foreach (var candidate in IndicatorCatalogue.All)
        {
            figures.Add(await FrozenChildren.FigureAsync(factory, candidate.Id, team, FrozenChildren.October));
        }

        var frozen = figures.OrderByDescending(f => f.NumeratorChildIds!.Count(allowed.Contains)).ThenBy(f => f.IndicatorId, StringComparer.Ordinal).First();
        var indicator = frozen.IndicatorId;
        Assert.Contains(frozen.NumeratorChildIds!, allowed.Contains);

        var client = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        var page = await client.GetDocumentAsync($"/indicators/{indicator}");
        var link = page.QuerySelectorAll("[data-testid=frozen-numerator]").Single(a => a.GetAttribute("href")!.Contains("frozen=2026-10-31", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Equal($"/indicators/{indicator}/children?frozen=2026-10-31&part=numerator&org={team}", link);

        var list = await client.GetDocumentAsync(link);
        var shown = FrozenChildren.Shown(list, "children");
        Assert.Equal([.. frozen.NumeratorChildIds!.Where(allowed.Contains)], shown);
        var hidden = frozen.NumeratorChildIds!.Count - shown.Count;
        Assert.Equal(IndicatorFormat.Children(shown.Count) + (hidden > 0 ? $"; {hidden} more {(hidden == 1 ? "is" : "are")} outside the children you may see" : "") + ".", FrozenChildren.Text(list, "count"));

        // Another team's frozen figure, with children the manager may not see, by changing org: not found, so none of them is shown.
        long? otherTeam = null;
        foreach (var other in otherTeams)
        {
            if ((await FrozenChildren.FigureAsync(factory, indicator, other, FrozenChildren.October)).NumeratorChildIds!.Any(id => !allowed.Contains(id)))
            {
                otherTeam = other;
                break;
            }
        }

        Assert.NotNull(otherTeam);
        foreach (var part in new[] { "numerator", "denominator", "outside" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/indicators/{indicator}/children?frozen=2026-10-31&part={part}&org={otherTeam}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/indicators/{indicator}/children?frozen=2026-10-31&part={part}&org={otherTeam}&format=csv")).StatusCode);
        }

        // Without org a manager gets their own team's figure, not the authority's.
        var own = await client.GetDocumentAsync($"/indicators/{indicator}/children?frozen=2026-10-31&part=numerator");
        Assert.Equal(shown, FrozenChildren.Shown(own, "children"));
    }

    [Fact]
    public async Task A_lead_member_gets_no_frozen_child_links_and_cannot_open_the_list()
    {
        await FrozenChildren.CloseMonthsAsync(factory);
        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        var page = await client.GetDocumentAsync("/indicators/assessment_45wd");
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=frozen-value]")); // the frozen figures are shown
        Assert.Empty(page.QuerySelectorAll("[data-testid=frozen-children]"));
        Assert.Empty(page.QuerySelectorAll("a[href*='frozen=']"));

        foreach (var path in new[] { "/indicators/assessment_45wd/children?frozen=2026-10-31&part=numerator", "/indicators/assessment_45wd/children?frozen=2026-10-31&part=numerator&format=csv" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_social_worker_has_no_frozen_figure_for_a_caseload_and_none_for_their_team()
    {
        await FrozenChildren.CloseMonthsAsync(factory);
        long team;
        await using (var db = factory.CreateContext())
        {
            team = (await db.Users.SingleAsync(u => u.Email == "socialworker@demo.local")).OrgUnitId!.Value;
        }

        var client = await SignedInClient.SignInAsync(factory, "socialworker@demo.local");
        Assert.Empty((await client.GetDocumentAsync("/indicators/assessment_45wd")).QuerySelectorAll("a[href*='frozen=']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/indicators/assessment_45wd/children?frozen=2026-10-31&part=numerator")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/indicators/assessment_45wd/children?frozen=2026-10-31&part=numerator&org={team}")).StatusCode);
    }

    [Theory]
    [InlineData("2026-10-30")] // not a month end
    [InlineData("2026-11-30")] // not closed, so not frozen
    [InlineData("31/10/2026")]
    public async Task A_month_that_was_not_frozen_is_not_found(string frozen)
    {
        await FrozenChildren.CloseMonthsAsync(factory);
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/indicators/assessment_45wd/children?frozen={Uri.EscapeDataString(frozen)}&part=numerator")).StatusCode);
    }

    [Fact]
    public async Task The_workers_behind_a_workforce_measure_are_kept_too()
    {
        await FrozenChildren.CloseMonthsAsync(factory);
        IndicatorCalculator calculator;
        await using (var db = factory.CreateContext())
        {
            calculator = new IndicatorCalculator(await IndicatorInputLoader.LoadAsync(db), WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default);
        }

        var computed = calculator.Compute("supervision_in_timescale", ReportingPeriod.Month(2026, 10));
        var frozen = await FrozenChildren.FigureAsync(factory, "supervision_in_timescale", null, FrozenChildren.October);
        Assert.NotEmpty(frozen.DenominatorWorkerIds!);
        Assert.Equal(computed.NumeratorWorkerIds, frozen.NumeratorWorkerIds!);
        Assert.Equal(computed.DenominatorWorkerIds, frozen.DenominatorWorkerIds!);

        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var list = await client.GetDocumentAsync("/indicators/supervision_in_timescale/children?frozen=2026-10-31&part=denominator");
        var count = frozen.DenominatorWorkerIds!.Count;
        Assert.StartsWith($"This figure counts workers as well as children: {count} workers when the month was frozen, {count} workers now; 0 workers counted then, not now", FrozenChildren.Text(list, "frozen-workers"), StringComparison.Ordinal);
    }
}

/// <summary>
/// After the month closed, later loads change and roll back records: the frozen list stays as it was, and the page says who was
/// counted then and not now (a changed record, a rollback) and now and not then (a new record, an id given out again).
/// </summary>
public sealed class FrozenChildrenRestatementTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    private const string Path = "/indicators/referrals/children?frozen=2026-10-31&part=numerator";

    private static ChildLevelDataset Census(params (string LaChildId, string GivenName, DateOnly Referral)[] children)
    {
        var data = new ChildLevelDataset { Collection = ReturnCollections.CinCensus, CollectionYear = "2026-27" };
        for (var i = 0; i < children.Length; i++)
        {
            var (laChildId, givenName, referral) = children[i];
            data.Children.Add(new Child { Id = i + 1, LaChildId = laChildId, GivenName = givenName, FamilyName = "Synthetic", Sex = "F", BirthDate = new DateOnly(2016, 3, 1), Ethnicity = "WBRI" });
            data.Referrals.Add(new Referral { Id = i + 1, ChildId = i + 1, ReferralDate = referral });
        }

        return data;
    }

    private async Task<long> LoadAsync(ChildLevelDataset data, char hash)
    {
        await using var db = factory.CreateContext();
        return (await new LoadWriter(db).LoadAsync(data, new LoadRequest("census.xml", new string(hash, 64), DataLoadFormats.CinCensusXml, "test", factory.Clock.GetUtcNow()))).Load.Id;
    }

    private async Task RollBackAsync(long loadId)
    {
        await using var db = factory.CreateContext();
        await new LoadRollback(db).RollbackAsync(loadId, "test", factory.Clock.GetUtcNow());
    }

    private async Task<long> ChildIdAsync(string laChildId)
    {
        await using var db = factory.CreateContext();
        return await db.Children.Where(c => c.LaChildId == laChildId).Select(c => c.Id).SingleAsync();
    }

    [Fact]
    public async Task Changed_and_rolled_back_records_show_as_counted_then_not_now_and_new_ones_as_counted_now_not_then()
    {
        var first = await LoadAsync(Census(("FC-1", "Frozen", new DateOnly(2026, 10, 12))), 'a');
        var fc1 = await ChildIdAsync("FC-1");
        await FrozenChildren.CloseMonthsAsync(factory);
        var frozen = await FrozenChildren.FigureAsync(factory, "referrals", null, FrozenChildren.October);
        Assert.Contains(fc1, frozen.NumeratorChildIds!);
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        Assert.Equal(frozen.NumeratorChildIds!, FrozenChildren.Shown(await client.GetDocumentAsync(Path), "children"));

        // A newer census of the same year replaces the first: FC-1's referral is now in November; FC-2 and FC-3 are new in October.
        var second = await LoadAsync(Census(("FC-1", "Frozen", new DateOnly(2026, 11, 3)), ("FC-2", "=SUM(1,2)", new DateOnly(2026, 10, 20)), ("FC-3", "Later", new DateOnly(2026, 10, 21))), 'b');
        var (fc2, fc3) = (await ChildIdAsync("FC-2"), await ChildIdAsync("FC-3"));
        var changed = await client.GetDocumentAsync(Path);
        Assert.Equal(frozen.NumeratorChildIds!, FrozenChildren.Shown(changed, "children")); // the frozen list as it was
        Assert.Equal([fc1], FrozenChildren.Shown(changed, "then-not-now"));
        Assert.Equal("1 child.", FrozenChildren.Text(changed, "then-not-now-count"));
        Assert.Equal([fc2, fc3], FrozenChildren.Shown(changed, "now-not-then"));
        Assert.Null(changed.QuerySelector("[data-testid=no-longer-held]"));
        var restated = (await client.GetDocumentAsync("/indicators/referrals")).QuerySelectorAll("[data-testid=trend] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == "October 2026");
        Assert.StartsWith("Restated +1 since frozen", string.Join(' ', restated.QuerySelector("[data-testid=restated]")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

        // The changes download, with a name that would be a formula made safe.
        var csv = (await (await client.GetAsync(Path + "&format=csv&table=changes")).Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, csv.Length);
        Assert.StartsWith("\"Counted then, not now\",FC-1,Frozen Synthetic,2016-03-01,referrals,numerator,2026-10-01,2026-10-31,", csv[1], StringComparison.Ordinal);
        Assert.Contains(csv, l => l.StartsWith("\"Counted now, not then\",FC-2,\"'=SUM(1,2) Synthetic\",", StringComparison.Ordinal));

        // Both loads rolled back, newest first: FC-1's record is gone.
        await RollBackAsync(second);
        await RollBackAsync(first);
        var rolledBack = await client.GetDocumentAsync(Path);
        Assert.Equal("1 child counted when the month was frozen is no longer held: their record was removed by a rollback.", FrozenChildren.Text(rolledBack, "no-longer-held"));
        Assert.Equal([.. frozen.NumeratorChildIds!.Where(id => id != fc1)], FrozenChildren.Shown(rolledBack, "children"));
        Assert.Empty(FrozenChildren.Shown(rolledBack, "then-not-now"));
        Assert.Equal("1 child, of whom 1 is no longer held.", FrozenChildren.Text(rolledBack, "then-not-now-count"));
        Assert.Empty(FrozenChildren.Shown(rolledBack, "now-not-then"));
        Assert.DoesNotContain(rolledBack.QuerySelectorAll("a[href^='/children/']"), a => a.GetAttribute("href") == $"/children/{fc1}");

        // A later load is given FC-1's id again for another child: counted now, not then, and never shown as frozen.
        var third = await LoadAsync(Census(("FC-9", "Another", new DateOnly(2026, 10, 25))), 'c');
        var fc9 = await ChildIdAsync("FC-9");
        Assert.Equal(fc1, fc9);
        var reused = await client.GetDocumentAsync(Path);
        Assert.DoesNotContain(fc9, FrozenChildren.Shown(reused, "children"));
        Assert.Equal([fc9], FrozenChildren.Shown(reused, "now-not-then"));
        Assert.Equal("1 child counted when the month was frozen is no longer held: their record was removed by a rollback.", FrozenChildren.Text(reused, "no-longer-held"));

        // Every load rolled back: every child frozen is no longer held, and no id is shown for them.
        await RollBackAsync(third);
        long demo;
        await using (var db = factory.CreateContext())
        {
            demo = await db.DataLoads.Where(l => l.Status == DataLoadStatus.Committed && l.ChildCount > 0).Select(l => l.Id).SingleAsync();
        }

        await RollBackAsync(demo);
        var empty = await client.GetDocumentAsync(Path);
        Assert.Equal($"{frozen.NumeratorChildIds!.Count} children counted when the month was frozen are no longer held: their records were removed by a rollback.", FrozenChildren.Text(empty, "no-longer-held"));
        Assert.Empty(empty.QuerySelectorAll("a[href^='/children/']"));
        Assert.Equal("0 children.", FrozenChildren.Text(empty, "count"));
    }
}
