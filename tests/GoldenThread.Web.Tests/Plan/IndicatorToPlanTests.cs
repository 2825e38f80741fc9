namespace GoldenThread.Web.Tests.Plan;

/// <summary>Up the golden thread from an indicator: its page names the plan objectives whose impact it shows.</summary>
public sealed class IndicatorToPlanTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Fact]
    public async Task An_indicator_page_links_up_to_the_objectives_it_serves()
    {
        var objective = await PlanTestData.ObjectiveIdAsync(factory, "2.1");
        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        var page = await client.GetDocumentAsync("/indicators/assessment_45wd");
        var link = page.QuerySelector("[data-testid=plan-objectives] a")!;
        Assert.Equal("Objective 2.1: Children are seen, heard and helped quickly at the front door", link.TextContent.Trim());
        Assert.Equal($"/plan/objectives/{objective}", link.GetAttribute("href"));

        var unlinked = await client.GetDocumentAsync("/indicators/cla_missing");
        Assert.Null(unlinked.QuerySelector("[data-testid=plan-objectives]"));
    }
}
