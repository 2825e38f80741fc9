namespace GoldenThread.Cli.Tests;

public sealed class SampleCommandTests
{
    [Fact]
    public async Task The_same_seed_and_data_draw_the_same_children_and_another_seed_does_not()
    {
        var folder = Directory.CreateTempSubdirectory("goldenthread-sample-");
        var db = Path.Combine(folder.FullName, "demo.db");
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--children", "600", "--years", "3", "--seed", "8", "--today", "2026-11-25", "--db", db)).ExitCode);
        string Out(string name) => Path.Combine(folder.FullName, name);

        foreach (var (file, seed) in new[] { ("a.csv", "7"), ("b.csv", "7"), ("c.csv", "8") })
        {
            var (code, error) = await CliRunner.RunAsync("sample", "--db", db, "--population", "status=cin", "--size", "12", "--seed", seed, "--date", "2026-11-25", "--stratify", "team", "--out", Out(file));
            Assert.True(code == 0, error);
        }

        var a = await File.ReadAllLinesAsync(Out("a.csv"));
        Assert.Equal(13, a.Length);
        Assert.StartsWith("draw,la_child_id,team,stratum", a[0], StringComparison.Ordinal);
        Assert.Equal(a, await File.ReadAllLinesAsync(Out("b.csv")));
        Assert.NotEqual(a, await File.ReadAllLinesAsync(Out("c.csv")));
        Assert.Equal(12, a.Skip(1).Select(l => l.Split(',')[1]).Distinct().Count());

        var (bad, badError) = await CliRunner.RunAsync("sample", "--db", db, "--population", "status=nonsense", "--size", "5", "--seed", "1", "--out", Out("d.csv"));
        Assert.NotEqual(0, bad);
        Assert.Contains("nonsense", badError, StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }
}
