using GoldenThread.Core.Calendar;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.CinCensus;
using GoldenThread.Core.Returns.Ssda903;
using GoldenThread.Core.Validation;

namespace GoldenThread.Core.Tests.Validation;

/// <summary>
/// Returns generated from the demo authority, with faults injected by the test into children that had no findings:
/// validation reports exactly the injected rule codes for exactly the injected children, and nothing else changes.
/// </summary>
public sealed class InjectedFaultTests
{
    private static readonly DemoAuthority Demo = DemoAuthorityGenerator.Generate(new DemoOptions(Children: 2500, Years: 3, Seed: 21, Today: new DateOnly(2025, 6, 30)), WorkingDayCalendar.EnglandAndWales);

    private static HashSet<(string Child, string Code)> Findings(ChildLevelDataset data, ChildLevelDataset? previous = null) =>
        [.. RuleCatalogue.Validate(new ValidationContext(data, WorkingDayCalendar.EnglandAndWales, previous)).Select(f => (f.LaChildId ?? string.Empty, f.RuleCode))];

    [Fact]
    public void A_CIN_census_reports_exactly_the_injected_faults()
    {
        var census = CinCensusExtract.For(CinCensusExtract.FromDemo(Demo), "2024-25");
        var before = Findings(census);
        var flagged = before.Select(f => f.Child).ToHashSet();
        var clean = census.Children.Where(c => !flagged.Contains(c.LaChildId)).ToList();
        var withReferral = clean.Where(c => census.Referrals.Any(r => r.ChildId == c.Id && !r.IsNoFurtherAction)).Take(3).ToList();
        Assert.Equal(3, withReferral.Count);

        withReferral[0].Ethnicity = "XXXX";
        census.Referrals.First(r => r.ChildId == withReferral[1].Id && !r.IsNoFurtherAction).PrimaryNeedCode = "N99";
        census.Referrals.First(r => r.ChildId == withReferral[2].Id).Source = "99";

        var added = Findings(census).Except(before).OrderBy(f => f.Child, StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[] { (withReferral[0].LaChildId, "4220"), (withReferral[1].LaChildId, "8650"), (withReferral[2].LaChildId, "8866") }.OrderBy(f => f.Item1, StringComparer.Ordinal),
            added);
        Assert.Empty(before.Except(Findings(census)));
    }

    [Fact]
    public void An_SSDA903_return_reports_exactly_the_injected_faults()
    {
        var all = Ssda903Extract.FromDemo(Demo);
        var current = Ssda903Extract.For(all, "2024-25");
        var before = Findings(current);
        var flagged = before.Select(f => f.Child).ToHashSet();
        var clean = current.Children.Where(c => !flagged.Contains(c.LaChildId) && current.CareEpisodes.Any(e => e.ChildId == c.Id)).Take(3).ToList();
        Assert.Equal(3, clean.Count);

        clean[0].Ethnicity = "XXXX";
        current.CareEpisodes.First(e => e.ChildId == clean[1].Id).LegalStatus = "ZZ";
        current.CareEpisodes.First(e => e.ChildId == clean[2].Id).PlacementType = "ZZ";

        var added = Findings(current).Except(before).OrderBy(f => f.Child, StringComparer.Ordinal).ThenBy(f => f.Code, StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[] { (clean[0].LaChildId, "103"), (clean[1].LaChildId, "144"), (clean[2].LaChildId, "146") }.OrderBy(f => f.Item1, StringComparer.Ordinal).ToList(),
            added);
        Assert.Empty(before.Except(Findings(current)));
    }
}
