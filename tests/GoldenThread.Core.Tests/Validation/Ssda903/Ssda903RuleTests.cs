using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Tests.Validation.Ssda903;

/// <summary>Each implemented SSDA903 rule against a small return it must flag and one it must not (see the *Cases files).</summary>
public sealed class Ssda903RuleTests
{
    public static TheoryData<string> CaseKeys => [.. Ssda903Cases.All.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CaseKeys))]
    public void Rule_case(string key)
    {
        var testCase = Ssda903Cases.All[key];
        var builder = new Ssda903Builder(testCase.Year);
        testCase.Arrange(builder);

        var findings = builder.Run(testCase.Code);

        if (testCase.ShouldFlag)
        {
            Assert.NotEmpty(findings);
            Assert.All(findings, f =>
            {
                Assert.Equal(testCase.Code, f.RuleCode);
                Assert.False(string.IsNullOrEmpty(f.Message));
                Assert.False(string.IsNullOrEmpty(f.Table));
                Assert.False(string.IsNullOrEmpty(f.Field));
            });
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Fact]
    public void A_finding_names_the_child_table_field_value_message_and_source_location()
    {
        var builder = new Ssda903Builder();
        builder.Child("CHILD-42").Episode("2024-05-01", rne: "X");
        var episode = builder.Dataset.CareEpisodes[0];
        builder.Dataset.Locations[episode] = new SourceLocation("episodes.csv", 7, null, "RNE");

        var finding = Assert.Single(builder.Run("143"));

        Assert.Equal("CHILD-42", finding.LaChildId);
        Assert.Equal("Episodes", finding.Table);
        Assert.Equal("RNE", finding.Field);
        Assert.Equal("X", finding.Value);
        Assert.Equal("The reason for new episode code is not a valid code.", finding.Message);
        Assert.Equal(new SourceLocation("episodes.csv", 7, null, "RNE"), finding.Location);
        Assert.Equal(GoldenThread.Core.Validation.Severity.Error, finding.Severity);
    }

    [Fact]
    public void Cross_year_rules_stay_silent_without_last_years_return()
    {
        var builder = new Ssda903Builder();
        builder.Child().Episode("2023-01-01").Placed("2024-01-01").Oc3();

        Assert.Empty(builder.Run("NoE"));
        Assert.Empty(builder.Run("502"));
        Assert.Empty(builder.Run("559"));
        Assert.Empty(builder.Run("1001"));
        Assert.Empty(builder.Run("1002"));
        Assert.Empty(builder.Run("205C"));
    }
}
