using System.Diagnostics;
using System.Globalization;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Validation;
using Xunit.Abstractions;

namespace GoldenThread.Core.Tests.Validation.CinCensus;

/// <summary>The CIN rules over the synthetic demo authority: they run, they find the faults the generator seeded, and they are fast.</summary>
public sealed class DemoCinValidationTests(ITestOutputHelper output)
{
    private const string Year = "2024-25";

    private static readonly WorkingDayCalendar _calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void The_demo_census_validates_and_every_finding_points_at_its_child_and_record()
    {
        var authority = DemoAuthorityGenerator.Generate(new DemoOptions(Children: 1500, Years: 3), _calendar);
        var dataset = DemoCinCensus.Extract(authority, Year);
        var children = dataset.Children.Select(c => c.LaChildId).ToHashSet(StringComparer.Ordinal);
        var codes = RuleCatalogue.For(ReturnCollections.CinCensus, Year).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

        var findings = RuleCatalogue.Validate(new ValidationContext(dataset, _calendar));

        Assert.NotEmpty(dataset.Children);
        Assert.All(findings, f =>
        {
            Assert.Contains(f.RuleCode, codes);
            Assert.True(f.LaChildId == string.Empty || children.Contains(f.LaChildId!), f.LaChildId);
            Assert.True(f.LaChildId == string.Empty || f.Location is not null, f.RuleCode);
        });
        output.WriteLine($"{dataset.Children.Count} children, {dataset.RecordCount} records, {findings.Count} findings");
        foreach (var group in findings.GroupBy(f => f.RuleCode).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"{group.Key}: {group.Count()}");
        }
    }

    [Fact]
    public void The_faults_the_generator_seeded_are_found()
    {
        var authority = DemoAuthorityGenerator.Generate(new DemoOptions(Children: 4000, Years: 3), _calendar);
        var dataset = DemoCinCensus.Extract(authority, Year);
        var findings = RuleCatalogue.Validate(new ValidationContext(dataset, _calendar));
        var laChildIds = dataset.Children.ToDictionary(c => c.Id, c => c.LaChildId);
        HashSet<long> Faulty(string kind) => [.. authority.Faults.Where(f => f.Kind == kind).Select(f => f.RecordId)];
        HashSet<string> Flagged(string code) => [.. findings.Where(f => f.RuleCode == code).Select(f => f.LaChildId!)];

        var badUpns = Faulty(DemoFaultKinds.BadUpn);
        var expected = dataset.Children.Where(c => badUpns.Contains(c.Id) && c.Upn is not null).Select(c => c.LaChildId).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), Flagged("1510").Order());

        var withoutReason = Faulty(DemoFaultKinds.ClosureWithoutReason);
        Assert.All(
            dataset.Referrals.Where(r => withoutReason.Contains(r.Id) && r.ClosureDate is not null),
            r => Assert.Contains(laChildIds[r.ChildId], Flagged("8805")));

        var early = Faulty(DemoFaultKinds.AssessmentBeforeReferral);
        Assert.All(dataset.Assessments.Where(a => early.Contains(a.Id)), a => Assert.Contains(laChildIds[a.ChildId], Flagged("1103")));

        var overlapping = Faulty(DemoFaultKinds.OverlappingPlan);
        Assert.All(dataset.ChildProtectionPlans.Where(p => overlapping.Contains(p.Id)), p => Assert.Contains(laChildIds[p.ChildId], Flagged("8940")));
    }
}
