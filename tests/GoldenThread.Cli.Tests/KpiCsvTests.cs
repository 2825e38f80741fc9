using System.Globalization;
using CsvHelper;
using GoldenThread.Cli;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Indicators;


namespace GoldenThread.Cli.Tests;

public sealed class KpiCsvTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly string[] ContractColumns = ["indicator", "org_unit", "period_start", "period_end", "numerator", "denominator", "value"];

    private static List<string[]> ReadBack(string text)
    {
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    [Fact]
    public void Columns_invariant_numbers_and_formula_cells_neutralised()
    {
        var rows = new[]
        {
            new KpiRow("assessment_45wd", "=HYPERLINK(\"x\")", D(2024, 4, 1), D(2025, 3, 31), 2, 3, 200m / 3, "Percentage", "@team, the +first"),
            new KpiRow("referrals", "-T1", D(2024, 4, 1), D(2024, 4, 30), 5, null, 5, "Count", "Team 1"),
            new KpiRow("cla_rate_10k", "LA", D(2025, 3, 31), D(2025, 3, 31), 595, null, null, "RatePer10000", "Authority"),
        };
        var previous = CultureInfo.CurrentCulture;
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            KpiCsv.Write(writer, rows);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        var read = ReadBack(writer.ToString());

        Assert.Equal(ContractColumns, read[0].Take(7));
        Assert.Equal(4, read.Count);
        Assert.Equal(["assessment_45wd", "'=HYPERLINK(\"x\")", "2024-04-01", "2025-03-31", "2", "3", "66.666666666666666666666666667"], read[1].Take(7));
        Assert.Equal("'@team, the +first", read[1][8]);
        Assert.Equal(["referrals", "'-T1", "2024-04-01", "2024-04-30", "5", "", "5"], read[2].Take(7));
        Assert.Equal(["595", "", ""], read[3].Skip(4).Take(3));
    }

    [Fact]
    public async Task The_kpi_command_writes_the_same_figures_the_core_computes_from_the_database()
    {
        var folder = Directory.CreateTempSubdirectory("goldenthread-kpi-");
        try
        {
            var db = Path.Combine(folder.FullName, "demo.db");
            var csvPath = Path.Combine(folder.FullName, "out", "kpi.csv");
            var options = new DemoOptions(Children: 400, Years: 3, Seed: 11, Today: D(2025, 6, 30));
            var demoArgs = new[] { "demo", "--db", db, "--children", "400", "--years", "3", "--seed", "11", "--today", "2025-06-30" };
            Assert.Equal(0, await GoldenThreadCommandLine.Build().Parse(demoArgs).InvokeAsync());

            var kpiArgs = new[]
            {
                "kpi", "--db", db, "--from", "2024-04-01", "--to", "2025-03-31", "--period", "quarter", "--population", "20000",
                "--indicator", "referrals", "assessment_45wd", "cla_rate_10k", "--out", csvPath,
            };
            Assert.Equal(0, await GoldenThreadCommandLine.Build().Parse(kpiArgs).InvokeAsync());

            var read = ReadBack(await File.ReadAllTextAsync(csvPath));
            var demo = DemoAuthorityGenerator.Generate(options, WorkingDayCalendar.EnglandAndWales);
            var calculator = new IndicatorCalculator(IndicatorInput.From(demo), WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default with { ChildPopulation = 20000 });
            var authorityCode = demo.OrgUnits.Single(u => u.ParentId is null).Code;

            Assert.Equal(ContractColumns, read[0].Take(7));
            Assert.Equal(1 + (3 * 4 * demo.OrgUnits.Count), read.Count);
            foreach (var id in new[] { "referrals", "assessment_45wd", "cla_rate_10k" })
            {
                foreach (var quarter in ReportingPeriod.Split(D(2024, 4, 1), D(2025, 3, 31), PeriodKind.Quarter))
                {
                    var expected = calculator.Compute(IndicatorCatalogue.Get(id), quarter);
                    var row = read.Single(r => r[0] == id && r[1] == authorityCode && r[2] == quarter.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    Assert.Equal(quarter.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row[3]);
                    Assert.Equal(expected.Numerator, decimal.Parse(row[4], CultureInfo.InvariantCulture));
                    Assert.Equal(expected.Denominator?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, row[5]);
                    Assert.Equal(expected.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, row[6]);
                }
            }

            Assert.Contains(read, r => r[0] == "referrals" && decimal.Parse(r[4], CultureInfo.InvariantCulture) > 0);

            // --org with a team's code: that team's rows only, one per quarter.
            var team = demo.OrgUnits.First(u => u.Kind == GoldenThread.Core.Model.OrgUnitKind.Team);
            var teamCsv = Path.Combine(folder.FullName, "team.csv");
            var teamArgs = new[] { "kpi", "--db", db, "--from", "2024-04-01", "--to", "2025-03-31", "--period", "quarter", "--org", team.Code, "--indicator", "referrals", "--out", teamCsv };
            Assert.Equal(0, await GoldenThreadCommandLine.Build().Parse(teamArgs).InvokeAsync());
            var teamRows = ReadBack(await File.ReadAllTextAsync(teamCsv)).Skip(1).ToList();
            Assert.Equal(4, teamRows.Count);
            Assert.All(teamRows, r => Assert.Equal(team.Code, r[1]));
            var teamTotal = ReportingPeriod.Split(D(2024, 4, 1), D(2025, 3, 31), PeriodKind.Quarter)
                .Sum(q => calculator.Compute(IndicatorCatalogue.Get("referrals"), q, IndicatorScope.ForOrgUnit(team.Id)).Numerator);
            Assert.Equal(teamTotal, teamRows.Sum(r => decimal.Parse(r[4], CultureInfo.InvariantCulture)));

            var unknownOrg = new[] { "kpi", "--db", db, "--from", "2024-04-01", "--to", "2025-03-31", "--org", "NO-SUCH-TEAM", "--out", teamCsv };
            Assert.Equal(2, await GoldenThreadCommandLine.Build().Parse(unknownOrg).InvokeAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_indicator_or_org_unit_is_refused()
    {
        var unknownIndicator = new[] { "kpi", "--db", "unused.db", "--from", "2024-04-01", "--to", "2025-03-31", "--indicator", "nope", "--out", "x.csv" };
        var backwards = new[] { "kpi", "--db", "unused.db", "--from", "2025-04-01", "--to", "2025-03-31", "--out", "x.csv" };

        Assert.NotEqual(0, await GoldenThreadCommandLine.Build().Parse(unknownIndicator).InvokeAsync());
        Assert.NotEqual(0, await GoldenThreadCommandLine.Build().Parse(backwards).InvokeAsync());
    }
}
