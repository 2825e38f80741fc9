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
    public async Task A_lead_member_has_no_access()
    {
        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        var response = await client.GetAsync("/data-quality");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
