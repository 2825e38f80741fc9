using System.Net;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Admin;

/// <summary>/admin/retention: Administrators only; lists records past retention with a CSV download behind the formula guard.</summary>
public sealed class RetentionPageTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Fact]
    public async Task Administrators_see_records_past_retention_and_download_them_as_csv_with_the_formula_guard()
    {
        await using (var db = factory.CreateContext())
        {
            var child = await db.Children.Where(c => !db.CareEpisodes.IgnoreQueryFilters().Any(e => e.ChildId == c.Id) && !db.AdoptionRecords.IgnoreQueryFilters().Any(a => a.ChildId == c.Id))
                .OrderBy(c => c.Id).FirstAsync();
            child.LaChildId = "=SUM(1,2)";
            child.BirthDate = new DateOnly(1990, 2, 28);
            await db.SaveChangesAsync();
        }

        var admin = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        var page = await admin.GetDocumentAsync("/admin/retention");
        Assert.Equal("Record retention", page.QuerySelector("h1")?.TextContent);
        Assert.StartsWith("1 of ", page.QuerySelector("[data-testid=summary]")?.TextContent, StringComparison.Ordinal);
        var cells = page.QuerySelectorAll("[data-testid=retention] tbody td").Select(c => c.TextContent).ToList();
        Assert.Equal(["=SUM(1,2)", "Child in need (25th birthday)", "28 Feb 1990", "28 Feb 2015", "4,288"], cells);

        var csv = await admin.GetAsync("/admin/retention?handler=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "child_id,category,birth_date,retain_until,days_past\r\n\"'=SUM(1,2)\",Child in need (25th birthday),1990-02-28,2015-02-28,4288\r\n",
            await csv.Content.ReadAsStringAsync());

        var analyst = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var refused = await analyst.GetAsync("/admin/retention");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("access-denied", refused.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        var refusedCsv = await analyst.GetAsync("/admin/retention?handler=csv");
        Assert.Equal(HttpStatusCode.Redirect, refusedCsv.StatusCode);
    }
}
