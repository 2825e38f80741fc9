using System.Text;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Validation;
using GoldenThread.Core.Validation.Ssda903;

namespace GoldenThread.Core.Tests.Validation.Ssda903;

/// <summary>The SSDA903 rules against DfE's 2024-25 and 2025-26 lists: every code is implemented with DfE's message or listed as unimplemented with a reason.</summary>
public sealed class Ssda903CatalogueTests
{
    private static readonly Lazy<IReadOnlyList<(string Code, string Tables, string Fields, string Message)>> Rules202425 = new(() => ReadRules("ssda903_2024-25_rules.csv"));
    private static readonly Lazy<IReadOnlyList<(string Code, string Tables, string Fields, string Message)>> Rules202526 = new(() => ReadRules("ssda903_2025-26_rules.csv"));

    private static IReadOnlyList<ValidationRule> Implemented =>
        [.. RuleCatalogue.All.Where(r => r.Collection == ReturnCollections.Ssda903)];

    [Fact]
    public void The_2024_25_list_has_305_rules()
    {
        Assert.Equal(305, Rules202425.Value.Count);
    }

    [Fact]
    public void Every_2024_25_code_is_implemented_with_DfEs_message_or_unimplemented_with_a_reason()
    {
        var implemented = Implemented.Where(r => r.AppliesTo("2024-25")).ToDictionary(r => r.Code, StringComparer.Ordinal);
        var unimplemented = Ssda903RuleCoverage.Unimplemented.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var (code, _, _, message) in Rules202425.Value)
        {
            if (implemented.TryGetValue(code, out var rule))
            {
                Assert.Equal(message, rule.Message);
                Assert.False(unimplemented.ContainsKey(code), $"{code} is both implemented and listed as unimplemented.");
            }
            else
            {
                Assert.True(unimplemented.TryGetValue(code, out var gap), $"{code} is neither implemented nor listed as unimplemented.");
                Assert.True(gap!.Reason.Length > 40, $"{code}: the reason is too short to be precise.");
                Assert.Equal(ReturnCollections.Ssda903, gap.Collection);
            }
        }
    }

    [Fact]
    public void At_least_250_of_the_2024_25_rules_are_implemented()
    {
        var codes = Rules202425.Value.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        Assert.True(Implemented.Count(r => codes.Contains(r.Code) && r.AppliesTo("2024-25")) >= 250);
    }

    [Fact]
    public void No_code_is_implemented_twice_or_listed_twice_and_nothing_outside_the_list()
    {
        var codes = Rules202425.Value.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(Implemented.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(Ssda903RuleCoverage.Unimplemented.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(Implemented, r => Assert.Contains(r.Code, codes));
        Assert.All(Ssda903RuleCoverage.Unimplemented, r => Assert.Contains(r.Code, codes));
    }

    [Fact]
    public void Years_severity_and_fields_follow_the_lists()
    {
        var later = Rules202526.Value.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var earlier = Rules202425.Value.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var rule in Implemented)
        {
            Assert.Contains("2024-25", rule.Years);
            Assert.All(rule.Years, y => Assert.Contains(y, new[] { "2024-25", "2025-26" }));
            if (rule.Years.Contains("2025-26"))
            {
                Assert.True(later.TryGetValue(rule.Code, out var next), $"{rule.Code} claims 2025-26 but is not in that list.");
                Assert.Equal(next.Message, rule.Message);
                Assert.Equal(next.Fields, earlier[rule.Code].Fields);
            }

            Assert.Equal(rule.Code.EndsWith('Q') ? Severity.Query : Severity.Error, rule.Severity);
            Assert.NotEmpty(rule.Fields);
            Assert.All(rule.Fields, f => Assert.Matches("^[A-Za-z0-9]+\\.[A-Z_0-9]+$", f));
        }
    }

    [Fact]
    public void Every_implemented_rule_has_a_case_it_flags_and_a_case_it_passes()
    {
        var cases = Ssda903Cases.All.Values.ToList();
        foreach (var rule in Implemented)
        {
            Assert.True(cases.Exists(c => c.Code == rule.Code && c.ShouldFlag), $"{rule.Code} has no case it must flag.");
            Assert.True(cases.Exists(c => c.Code == rule.Code && !c.ShouldFlag), $"{rule.Code} has no case it must not flag.");
        }
    }

    private static IReadOnlyList<(string Code, string Tables, string Fields, string Message)> ReadRules(string file)
    {
        var path = Path.Combine(SharedValidationRules(), file);
        var rows = new List<(string, string, string, string)>();
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine();
        Assert.Equal("rule_code,tables,affected_fields,message", header);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = SplitCsv(line);
            Assert.Equal(4, cells.Count);
            rows.Add((cells[0], cells[1], cells[2], cells[3]));
        }

        return rows;
    }

    /// <summary>One CSV line: commas separate cells; a quoted cell may hold commas and doubled quotes.</summary>
    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>shared/reference/validation-rules beside the repository (or beside a folder holding it, as for worktrees).</summary>
    private static string SharedValidationRules()
    {
        var directory = new DirectoryInfo(RepositoryPaths.Root);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "reference", "validation-rules");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        throw new DirectoryNotFoundException("shared/reference/validation-rules was not found beside or above " + RepositoryPaths.Root);
    }
}
