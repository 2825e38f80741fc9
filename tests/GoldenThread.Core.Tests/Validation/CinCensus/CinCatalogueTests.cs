using System.Text;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Validation;
using GoldenThread.Core.Validation.CinCensus;

namespace GoldenThread.Core.Tests.Validation.CinCensus;

/// <summary>The CIN rules against DfE's 2024-25 list (shared/reference/validation-rules/cin_census_2024-25_rules.csv).</summary>
public sealed class CinCatalogueTests
{
    private static readonly Lazy<IReadOnlyList<DfeRule>> _dfeRules = new(() => DfeRule.Read(
        Path.Combine(RepositoryPaths.SharedReference, "validation-rules", "cin_census_2024-25_rules.csv")));

    private static IReadOnlyList<DfeRule> DfeRules => _dfeRules.Value;

    private static List<ValidationRule> Implemented => [.. RuleCatalogue.All.Where(r => r.Collection == ReturnCollections.CinCensus)];

    private static List<UnimplementedRule> NotImplemented => [.. RuleCoverage.For(ReturnCollections.CinCensus)];

    [Fact]
    public void The_dfe_list_has_109_rules_26_of_them_queries()
    {
        Assert.Equal(109, DfeRules.Count);
        Assert.Equal(26, DfeRules.Count(r => r.Severity == Severity.Query));
        Assert.All(DfeRules, r => Assert.Equal(r.Severity == Severity.Query, r.Code.EndsWith('Q')));
    }

    [Fact]
    public void Every_dfe_code_is_implemented_or_listed_as_not_implemented_with_a_reason_never_both()
    {
        var implemented = Implemented.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var missing = NotImplemented.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(DfeRules, rule => Assert.True(
            implemented.Contains(rule.Code) ^ missing.Contains(rule.Code),
            $"{rule.Code} must be either implemented or listed in CinCensusRuleCoverage.Unimplemented, and not both"));
        Assert.All(NotImplemented, r => Assert.True(r.Reason.Trim().Length > 20, $"{r.Code} needs a reason"));
        Assert.Equal(DfeRules.Count, implemented.Count + missing.Count);
    }

    [Fact]
    public void No_code_is_implemented_twice_or_listed_twice()
    {
        Assert.Empty(Implemented.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(NotImplemented.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void No_rule_claims_a_code_the_dfe_list_does_not_have()
    {
        var codes = DfeRules.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(Implemented, r => Assert.Contains(r.Code, codes));
        Assert.All(NotImplemented, r => Assert.Contains(r.Code, codes));
    }

    [Fact]
    public void Implemented_rules_carry_the_dfe_severity_and_message_verbatim()
    {
        var dfe = DfeRules.ToDictionary(r => r.Code, StringComparer.Ordinal);

        Assert.All(Implemented, rule =>
        {
            Assert.Equal(dfe[rule.Code].Severity, rule.Severity);
            Assert.Equal(dfe[rule.Code].Message, rule.Message);
        });
    }

    [Fact]
    public void Implemented_rules_name_every_affected_field_as_table_and_field()
    {
        var dfe = DfeRules.ToDictionary(r => r.Code, StringComparer.Ordinal);

        Assert.All(Implemented, rule =>
        {
            Assert.NotEmpty(rule.Fields);
            Assert.All(rule.Fields, f => Assert.Matches(@"^[A-Za-z0-9]+\.[A-Za-z0-9]+$", f));
            Assert.All(dfe[rule.Code].AffectedFields, affected => Assert.True(
                rule.Fields.Any(f => f.EndsWith("." + affected, StringComparison.Ordinal) || f.StartsWith(affected + ".", StringComparison.Ordinal)),
                $"{rule.Code}: {affected} is not among {string.Join(", ", rule.Fields)}"));
        });
    }

    [Fact]
    public void Implemented_rules_are_small_cin_types_for_2024_25_named_after_their_code()
    {
        Assert.All(Implemented, rule =>
        {
            Assert.IsAssignableFrom<CinCensusRule>(rule);
            Assert.True(rule.GetType().IsSealed);
            Assert.StartsWith("Rule" + rule.Code, rule.GetType().Name, StringComparison.Ordinal);
            Assert.True(rule.AppliesTo("2024-25"));
        });
        Assert.Equal(
            Implemented.Select(r => r.Code).Order(StringComparer.Ordinal),
            RuleCatalogue.For(ReturnCollections.CinCensus, "2024-25").Select(r => r.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_registry_finds_the_cin_list_by_reflection()
    {
        Assert.Contains(typeof(CinCensusRuleCoverage), RuleCoverage.Sources);
        Assert.Equal(CinCensusRuleCoverage.Unimplemented.Count, NotImplemented.Count);
    }

    private sealed record DfeRule(string Code, Severity Severity, string Module, IReadOnlyList<string> AffectedFields, string Message)
    {
        public static IReadOnlyList<DfeRule> Read(string path)
        {
            var rows = Csv(File.ReadAllText(path, Encoding.UTF8));
            Assert.Equal(["rule_code", "severity", "module", "affected_fields", "message"], rows[0]);
            return
            [
                .. rows.Skip(1).Where(r => r.Count > 1).Select(r => new DfeRule(
                    r[0].Trim(),
                    r[1].Trim() == "query" ? Severity.Query : Severity.Error,
                    r[2].Trim(),
                    [.. r[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)],
                    r[4].Trim())),
            ];
        }

        /// <summary>RFC 4180 rows: quoted fields may hold commas and doubled quotes.</summary>
        private static List<List<string>> Csv(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    row.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    rows.Add(row);
                    row = [];
                }
                else
                {
                    field.Append(c);
                }
            }

            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                rows.Add(row);
            }

            return rows;
        }
    }
}
