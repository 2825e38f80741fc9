namespace GoldenThread.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validating_a_census_file_writes_the_contract_columns_and_exits_zero_whatever_it_finds()
    {
        var folder = Directory.CreateTempSubdirectory("goldenthread-validate-");
        var db = Path.Combine(folder.FullName, "demo.db");
        var census = Path.Combine(folder.FullName, "census.xml");
        var report = Path.Combine(folder.FullName, "report.csv");
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--children", "600", "--years", "3", "--seed", "4", "--today", "2026-11-25", "--db", db)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("export", "cin", "--year", "2024-25", "--out", census, "--db", db)).ExitCode);

        // Inject one fault: a child's LAchildID removed (rule 8500).
        var xml = await File.ReadAllTextAsync(census);
        var first = xml.IndexOf("<LAchildID>", StringComparison.Ordinal);
        var end = xml.IndexOf("</LAchildID>", first, StringComparison.Ordinal) + "</LAchildID>".Length;
        await File.WriteAllTextAsync(census, xml[..first] + "<LAchildID></LAchildID>" + xml[end..]);

        var (code, error) = await CliRunner.RunAsync("validate", census, "--out", report);
        Assert.True(code == 0, error);
        var lines = await File.ReadAllLinesAsync(report);
        Assert.Equal("child_id,rule_code,severity,table,field,value,message,location", lines[0]);
        Assert.Contains(lines.Skip(1), l => l.Split(',')[1] == "8500");
        Assert.All(lines.Skip(1), l => Assert.True(l.Split(',')[2] is "error" or "query", l));

        var (xlsx, xlsxError) = await CliRunner.RunAsync("validate", census, "--format", "xlsx", "--out", Path.Combine(folder.FullName, "report.xlsx"));
        Assert.True(xlsx == 0, xlsxError);
        Assert.Equal(["Summary", "By child"], MiniExcelLibs.MiniExcel.GetSheetNames(Path.Combine(folder.FullName, "report.xlsx")));
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Validating_nothing_says_what_to_give()
    {
        var (code, error) = await CliRunner.RunAsync("validate", "--out", Path.Combine(Path.GetTempPath(), "never.csv"));
        Assert.NotEqual(0, code);
        Assert.Contains("Give the files to validate, or --year to validate the stored data.", error, StringComparison.Ordinal);
    }
}
