using System.Net;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Plan;

/// <summary>An authority without an improvement plan: the plan page says so and the plan's other pages are not found.</summary>
public sealed class NoPlanTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Fact]
    public async Task Without_a_plan_the_plan_page_says_so()
    {
        await using (var db = factory.CreateContext())
        {
            await db.ImprovementPlans.ExecuteDeleteAsync();
        }

        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var page = await client.GetDocumentAsync("/plan");
        Assert.Equal("There is no improvement plan yet.", page.QuerySelector("[data-testid=no-plan]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plan/exceptions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plan/board-pack")).StatusCode);
        await using var check = factory.CreateContext();
        Assert.False(await check.PlanActions.AnyAsync());
        Assert.False(await check.PlanUpdates.AnyAsync());
    }
}
