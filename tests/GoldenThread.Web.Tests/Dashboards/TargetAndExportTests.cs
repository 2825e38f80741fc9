using System.Globalization;
using System.Net;
using GoldenThread.Core.Indicators;
using GoldenThread.Data.Indicators;
using GoldenThread.Web.Indicators;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Web.Tests.Dashboards.DashboardTestData;

namespace GoldenThread.Web.Tests.Dashboards;

/// <summary>Setting targets, RAG on the indicator pages, the OBA index, and CSV and Excel downloads.</summary>
public sealed class TargetAndExportTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Fact]
    public async Task An_analyst_sets_a_teams_target_which_overrides_the_authoritys_and_rates_the_team()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        await using var db = factory.CreateContext();
        var team = (await db.Users.SingleAsync(u => u.Email == "teammanager@demo.local")).OrgUnitId!.Value;
        var result = (await CalculatorAsync(factory)).Compute("assessment_45wd", YearToDate, IndicatorScope.ForOrgUnit(team));
        Assert.NotNull(result.Value);
        var path = $"/indicators/assessment_45wd/target?org={team}";

        // A target just above the team's figure with a tolerance covering it: Amber (Green when the team is at 99% or more).
        var value = Math.Round(result.Value!.Value, 1);
        var target = value >= 99m ? value - 1m : value + 1m;
        var expectedRag = new IndicatorTarget("assessment_45wd", target, 5m).Rate(result)!.Value;
        var posted = await PostFormAsync(client, path, "[data-testid=target-form]", new Dictionary<string, string> { ["target"] = target.ToString(CultureInfo.InvariantCulture), ["tolerance"] = "5" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/indicators/assessment_45wd?org={team}", posted.Headers.Location!.OriginalString);

        var page = await client.GetDocumentAsync($"/indicators/assessment_45wd?org={team}");
        Assert.Equal(RagDisplay.Text(expectedRag), page.QuerySelector("[data-testid=target] [data-testid=rag]")!.TextContent.Trim());

        // The change is in the audit trail with who, what and after (there was no team target before).
        await using (var audit = factory.CreateContext())
        {
            var entry = await audit.AuditEntries.OrderByDescending(e => e.Id).FirstAsync(e => e.EntityType == "IndicatorTarget");
            Assert.Equal(("Target set", $"assessment_45wd/{team}", "analyst@demo.local", (string?)null), (entry.Action, entry.EntityId, entry.UserName, entry.BeforeJson));
            Assert.Contains("\"Tolerance\":5", entry.AfterJson, StringComparison.Ordinal);
        }
        Assert.Contains("Target saved", page.QuerySelector("[data-testid=notice]")!.TextContent, StringComparison.Ordinal);
        var stored = await db.IndicatorTargets.AsNoTracking().SingleAsync(t => t.IndicatorId == "assessment_45wd" && t.OrgUnitId == team);
        Assert.Equal((target, 5m, "analyst@demo.local"), (stored.Target, stored.Tolerance, stored.ChangedBy));
        Assert.Equal(value >= 99m ? Rag.Green : Rag.Amber, expectedRag);

        var cleared = await PostFormAsync(client, path, "[data-testid=clear-form]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.False(await db.IndicatorTargets.AnyAsync(t => t.IndicatorId == "assessment_45wd" && t.OrgUnitId == team));
        var authority = (await new IndicatorTargetStore(db).BookAsync()).For("assessment_45wd", IndicatorScope.ForOrgUnit(team));
        var after = await client.GetDocumentAsync($"/indicators/assessment_45wd?org={team}");
        Assert.Equal(authority?.Rate(result) is { } rag ? RagDisplay.Text(rag) : "Not rated", after.QuerySelector("[data-testid=target] [data-testid=rag]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("", "5", "Enter a target")]
    [InlineData("150", "5", "Target must be between 0 and 100")]
    [InlineData("eighty", "5", "Target must be a number, like 85 or 12.5")]
    [InlineData("80", "-1", "Tolerance must be 0 or more")]
    [InlineData("80", "", "Enter a tolerance")]
    public async Task Target_errors_are_shown_in_GOV_UK_style_and_nothing_is_saved(string target, string tolerance, string error)
    {
        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var response = await PostFormAsync(client, "/indicators/assessment_45wd/target", "[data-testid=target-form]", new Dictionary<string, string> { ["target"] = target, ["tolerance"] = tolerance });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(error, page.QuerySelector("[data-testid=errors]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        await using var db = factory.CreateContext();
        Assert.Equal(85m, (await db.IndicatorTargets.SingleAsync(t => t.IndicatorId == "assessment_45wd" && t.OrgUnitId == null)).Target);
    }

    [Fact]
    public async Task Only_directors_analysts_and_administrators_set_targets_and_a_post_needs_its_token()
    {
        foreach (var email in new[] { "teammanager@demo.local", "leadmember@demo.local", "socialworker@demo.local" })
        {
            await AssertDeniedAsync(await SignedInClient.SignInAsync(factory, email), "/indicators/assessment_45wd/target");
        }

        var admin = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        var page = await admin.GetDocumentAsync("/indicators/assessment_45wd");
        Assert.NotNull(page.QuerySelector("[data-testid=set-target]"));
        var noToken = await admin.Http.PostAsync(new Uri("/indicators/assessment_45wd/target", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["target"] = "1", ["tolerance"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/indicators/not_an_indicator/target")).StatusCode);
        var neutral = await admin.GetDocumentAsync("/indicators/referrals/target");
        Assert.NotNull(neutral.QuerySelector("[data-testid=neutral]"));
        Assert.Null(neutral.QuerySelector("[data-testid=target-form]"));
    }

    [Fact]
    public async Task The_index_groups_indicators_by_the_three_questions_with_RAG_and_a_service_filter()
    {
        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var page = await client.GetDocumentAsync("/indicators");
        foreach (var question in OutcomesAccountability.All)
        {
            var table = page.QuerySelector($"[data-testid=indicators-{OutcomesAccountability.Slug(question)}]")!;
            Assert.Equal(OutcomesAccountability.Text(question), table.QuerySelector("caption")!.TextContent.Trim());
            Assert.Equal(
                IndicatorCatalogue.All.Where(i => OutcomesAccountability.QuestionFor(i) == question).Select(i => i.Id).Order(StringComparer.Ordinal),
                table.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-testid")!["row-".Length..]).Order(StringComparer.Ordinal));
        }

        await using var db = factory.CreateContext();
        var assessments = (await CalculatorAsync(factory)).Compute("assessment_45wd", YearToDate);
        var rated = (await new IndicatorTargetStore(db).BookAsync()).Rate(assessments);
        Assert.NotNull(rated);
        Assert.Equal(RagDisplay.Text(rated.Value), page.QuerySelector("[data-testid=row-assessment_45wd] [data-testid=rag]")!.TextContent.Trim());

        var service = await db.OrgUnits.Where(u => u.Kind == Core.Model.OrgUnitKind.Service).OrderBy(u => u.Id).FirstAsync();
        var filtered = await client.GetDocumentAsync($"/indicators?service={service.Id}");
        var expected = (await CalculatorAsync(factory)).Compute("referrals", YearToDate, IndicatorScope.ForOrgUnit(service.Id));
        Assert.Equal(IndicatorFormat.Value(expected.Indicator, expected.Numerator), filtered.QuerySelector("[data-testid=value-referrals]")!.TextContent.Trim());
        Assert.Equal(service.Name, filtered.QuerySelector(".govuk-caption-l")!.TextContent.Trim());

        var manager = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        Assert.Null((await manager.GetDocumentAsync("/indicators")).QuerySelector("[data-testid=service-filter]"));
    }

    [Fact]
    public async Task The_index_downloads_as_CSV_with_the_cores_values()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var response = await client.GetAsync("/indicators?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Question,Indicator id,Indicator,Source,Period start,Period end,Value,Numerator,Denominator,Target,RAG", lines[0]);
        Assert.Equal(IndicatorCatalogue.All.Count + 1, lines.Length);
        var expected = (await CalculatorAsync(factory)).Compute("assessment_45wd", YearToDate);
        var row = lines.Single(l => l.Contains(",assessment_45wd,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(Math.Round(expected.Value!.Value, 1, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture), row[6]);
        Assert.Equal(expected.Numerator.ToString(CultureInfo.InvariantCulture), row[7]);
        Assert.Equal(expected.Denominator!.Value.ToString(CultureInfo.InvariantCulture), row[8]);
    }

    [Theory]
    [InlineData("director@demo.local", "/dashboards/scorecard?format=xlsx", "referrals")]
    [InlineData("director@demo.local", "/dashboards/director?format=xlsx&table=services", "assessment_45wd")]
    [InlineData("teammanager@demo.local", "/dashboards/manager?format=xlsx", null)]
    [InlineData("teammanager@demo.local", "/indicators/assessment_45wd/children?part=denominator&format=xlsx", null)]
    [InlineData("analyst@demo.local", "/indicators/assessment_45wd?format=xlsx&table=teams", "assessment_45wd")]
    [InlineData("socialworker@demo.local", "/dashboards/caseload?format=xlsx", null)]
    public async Task Tables_download_as_workbooks_that_open(string email, string path, string? contains)
    {
        var client = await SignedInClient.SignInAsync(factory, email);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Core.Exports.ExportTable.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.True(rows.Count >= 2, $"{path} has {rows.Count} rows");
        if (contains is not null)
        {
            Assert.Contains(rows, r => r.Values.Any(v => Equals(v, contains)));
        }
    }

    [Fact]
    public async Task A_lead_members_team_download_is_suppressed_like_the_page()
    {
        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        var page = await client.GetDocumentAsync("/indicators/cpp_repeat");
        var csv = (await (await client.GetAsync("/indicators/cpp_repeat?format=csv&table=teams")).Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Team,Indicator id,Period start,Period end,Value,Numerator,Denominator,Target,RAG", lines[0]);
        var shown = page.QuerySelectorAll("[data-testid=teams] tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).ToList();
        var exported = lines.Skip(1).Select(l => l.Split(',')[5]).ToList();
        Assert.Equal(shown.Count, exported.Count);
        Assert.Equal(shown.Select(s => s == "c" ? "c" : s.Replace(",", "", StringComparison.Ordinal)), exported);
        Assert.DoesNotContain(exported, v => v is "1" or "2" or "3" or "4" or "5");
        Assert.Empty(page.QuerySelectorAll("a[href^='/children/']"));
        Assert.NotNull(page.QuerySelector("[data-testid=breakdown-note]"));
    }
}
