using System.Net;

namespace GoldenThread.Web.Tests;

/// <summary>The data-quality area: findings by rule, team and worker, scoped children, and the downloadable report.</summary>
public sealed class DataQualityTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Fact]
    public async Task An_analyst_sees_findings_and_downloads_the_report_in_the_contract_layout()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync("/data-quality?year=2025-26");
        var rules = page.QuerySelectorAll("[data-testid=dq-rules] tbody tr");
        Assert.NotEmpty(rules);
        var total = rules.Sum(r => int.Parse(r.QuerySelectorAll("td")[3].TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture));

        var response = await client.GetAsync("/data-quality?handler=Report&year=2025-26");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("child_id,rule_code,severity,table,field,value,message,location", lines[0]);
        Assert.Equal(total, lines.Length - 1);
    }

    [Fact]
    public async Task A_team_manager_sees_only_their_teams_children()
    {
        var analyst = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var everyone = (await analyst.GetDocumentAsync("/data-quality?year=2025-26")).QuerySelectorAll("[data-testid=dq-children] tbody tr").Length;
        var manager = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        var page = await manager.GetDocumentAsync("/data-quality?year=2025-26");
        var mine = page.QuerySelectorAll("[data-testid=dq-children] tbody tr a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(mine.Count < everyone, $"{mine.Count} should be fewer than {everyone}");
        foreach (var link in mine.Take(3))
        {
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task Each_rules_findings_are_kept_per_load_to_show_the_trend()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        static int Last(AngleSharp.Dom.IElement? cell) => int.Parse(cell!.TextContent.Split('→').Last().Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var first = await client.GetDocumentAsync("/data-quality?year=2025-26");
        var before = first.QuerySelector("[data-testid=dq-trend-103]") is { } cell ? Last(cell) : 0;

        var data = new GoldenThread.Core.Returns.ChildLevelDataset { Collection = GoldenThread.Core.Returns.ReturnCollections.Ssda903, CollectionYear = "2025-26" };
        data.Children.Add(new GoldenThread.Core.Model.Child { Id = 1, LaChildId = "DQTREND1", Sex = "M", BirthDate = new DateOnly(2015, 1, 1), Ethnicity = "XXXX" });
        data.CareEpisodes.Add(new GoldenThread.Core.Model.CareEpisode { Id = 1, ChildId = 1, StartDate = new DateOnly(2025, 5, 1), ReasonForNewEpisode = "S", LegalStatus = "C2", CategoryOfNeed = "N1", PlacementType = "U4", PlacementProvider = "PR1" });
        await using (var db = factory.CreateContext())
        {
            await new GoldenThread.Data.Loads.LoadWriter(db).LoadAsync(data, new GoldenThread.Data.Loads.LoadRequest("trend.csv", new string('7', 64), "ssda903-csv", "test", DateTimeOffset.UnixEpoch));
        }

        var second = await client.GetDocumentAsync("/data-quality?year=2025-26");
        var trend = second.QuerySelector("[data-testid=dq-trend-103]")!.TextContent;
        Assert.Contains("→", trend, StringComparison.Ordinal);
        Assert.Equal(before + 1, Last(second.QuerySelector("[data-testid=dq-trend-103]")));
    }

    [Fact]
    public async Task A_lead_member_has_no_access()
    {
        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        var response = await client.GetAsync("/data-quality");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
