using GoldenThread.Core.Model;
using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Cli.Tests;

public sealed class RetentionCommandTests
{
    [Fact]
    public async Task Retention_lists_the_children_past_their_retention_date_to_csv_and_deletes_nothing()
    {
        var db = CliRunner.TempDatabase();
        var (code, error) = await CliRunner.RunAsync("demo", "--children", "80", "--years", "2", "--seed", "4", "--today", "2025-03-31", "--db", db);
        Assert.True(code == 0, error);
        long firstId;
        await using (var context = DatabaseRegistration.CreateContext(DatabaseSettings.FromDbArgument(db)))
        {
            var first = await context.Children.OrderBy(c => c.Id).FirstAsync();
            first.BirthDate = new DateOnly(1990, 2, 28);
            firstId = first.Id;
            await context.SaveChangesAsync();
        }

        var csv = Path.Combine(Path.GetTempPath(), $"goldenthread-retention-{Guid.NewGuid():N}.csv");
        (code, error) = await CliRunner.RunAsync("retention", "--as-at", "2015-03-01", "--out", csv, "--db", db);
        Assert.True(code == 0, error);
        var lines = await File.ReadAllLinesAsync(csv);
        Assert.Equal("child_id,category,birth_date,retain_until,days_past", lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.EndsWith(",1990-02-28,2015-02-28,1", row, StringComparison.Ordinal);

        await using (var context = DatabaseRegistration.CreateContext(DatabaseSettings.FromDbArgument(db)))
        {
            Assert.Equal(80, await context.Children.CountAsync());
            Assert.True(await context.Children.AnyAsync(c => c.Id == firstId));
        }

        (code, error) = await CliRunner.RunAsync("retention", "--as-at", "2015-02-30", "--db", db);
        Assert.NotEqual(0, code);
        Assert.Contains("--as-at '2015-02-30' is not a date in the format 2025-03-31.", error, StringComparison.Ordinal);
        File.Delete(csv);
        File.Delete(db);
    }
}
