using GoldenThread.Core.Returns;
using GoldenThread.Core.Validation;
using GoldenThread.Core.Validation.CinCensus;
using static GoldenThread.Core.Tests.Validation.CinCensus.CinDatasetBuilder;

namespace GoldenThread.Core.Tests.Validation.CinCensus;

/// <summary>Every CIN rule against hand-made records it must flag and records it must not.</summary>
public sealed class CinRuleCaseTests
{
    public static TheoryData<string> CaseNames => new(CinRuleCases.All.Select(c => c.Name).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Rule_case(string name)
    {
        var ruleCase = CinRuleCases.ByName[name];
        var builder = new CinDatasetBuilder();
        ruleCase.Arrange(builder);
        var rule = RuleCatalogue.All.Single(r => r.Collection == ReturnCollections.CinCensus && r.Code == ruleCase.Code);

        var findings = builder.Run(ruleCase.Code);

        if (!ruleCase.Flags)
        {
            Assert.Empty(findings);
            return;
        }

        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal(rule.Code, f.RuleCode);
            Assert.Equal(rule.Severity, f.Severity);
            Assert.Equal(rule.Message, f.Message);
            Assert.False(string.IsNullOrEmpty(f.Table));
            Assert.False(string.IsNullOrEmpty(f.Field));
            Assert.Contains($"{f.Table}.{f.Field}", rule.Fields);
        });
        Assert.Contains(findings, f => f.LaChildId == ruleCase.ExpectedChild);
        if (ruleCase.ExpectedChild.Length > 0)
        {
            Assert.All(findings, f => Assert.NotNull(f.Location));
        }
    }

    [Fact]
    public void Every_implemented_rule_has_a_case_that_flags_and_a_case_that_passes()
    {
        var codes = RuleCatalogue.All.Where(r => r.Collection == ReturnCollections.CinCensus).Select(r => r.Code).ToList();

        Assert.All(codes, code =>
        {
            Assert.Contains(CinRuleCases.All, c => c.Code == code && c.Flags);
            Assert.Contains(CinRuleCases.All, c => c.Code == code && !c.Flags);
        });
        Assert.All(CinRuleCases.All, c => Assert.Contains(c.Code, codes));
    }

    [Fact]
    public void A_complete_valid_episode_raises_no_child_level_finding()
    {
        var builder = new CinDatasetBuilder();
        builder.Child("C1").With(c => c.Disabilities = ["AUT", "LD"])
            .Referral(D(2024, 4, 10))
            .Assessment(D(2024, 4, 11), D(2024, 5, 20), ["2B", "3A"])
            .Section47(D(2024, 5, 21), conference: D(2024, 6, 4))
            .ProtectionPlan(D(2024, 6, 4), D(2024, 12, 2), reviews: [D(2024, 8, 27)])
            .CinPlan(D(2024, 12, 2));
        builder.Child("C2")
            .Referral(D(2024, 4, 2)).Assessment(D(2024, 4, 3), D(2024, 4, 19), ["21"]).Closed(D(2024, 4, 22), "RC8")
            .Referral(D(2024, 9, 2)).NoFurtherAction().Closed(D(2024, 9, 2), "RC7");

        var findings = RuleCatalogue.Validate(builder.Context());

        Assert.Equal(["2887Q"], findings.Select(f => f.RuleCode));
    }

    [Fact]
    public void Findings_carry_the_record_location_child_table_field_and_value()
    {
        var builder = new CinDatasetBuilder();
        builder.Child("C7").Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), D(2024, 6, 3));
        var plan = builder.Dataset.ChildProtectionPlans.Single();

        var finding = Assert.Single(builder.Run("8925"));

        Assert.Equal(new RuleFinding(
            "8925",
            Severity.Error,
            "C7",
            "ChildProtectionPlans",
            "CPPendDate",
            "2024-06-03",
            "Child Protection Plan End Date earlier than Start Date",
            builder.Dataset.LocationOf(plan)), finding);
    }

    [Fact]
    public void Working_day_thresholds_step_back_over_weekends_and_bank_holidays()
    {
        var builder = new CinDatasetBuilder();
        var index = CinValidationIndex.For(builder.Context());

        Assert.Equal(D(2025, 1, 27), index.WorkingDaysBeforeReferenceDate(45));
        Assert.Equal(D(2025, 3, 10), index.WorkingDaysBeforeReferenceDate(15));
        Assert.Equal(D(2024, 3, 28), CinWorkingDays.Before(index.Calendar, D(2024, 4, 1), 1));
        Assert.Equal(D(2024, 5, 24), CinWorkingDays.Before(index.Calendar, D(2024, 5, 28), 1));
    }

    [Fact]
    public void The_index_is_built_once_per_context()
    {
        var context = new CinDatasetBuilder().Context();

        Assert.Same(CinValidationIndex.For(context), CinValidationIndex.For(context));
    }

    [Theory]
    [InlineData("Z201123416001", 'Z')]
    [InlineData("A20112341600A", 'K')]
    [InlineData("X999200015001", 'C')]
    [InlineData("X201000000000", 'J')]
    public void Upn_check_letter_matches_hand_worked_values(string upn, char expected) =>
        Assert.Equal(expected, UniquePupilNumber.CheckLetter(upn));

    [Theory]
    [InlineData("Z2011234160")]
    [InlineData("Z2011234160I1")]
    [InlineData("Z20112341600I")]
    public void Upn_check_letter_is_not_computed_for_malformed_numbers(string upn) =>
        Assert.Null(UniquePupilNumber.CheckLetter(upn));
}
