using GoldenThread.Core.Validation;
using GoldenThread.Web.DataQuality;

namespace GoldenThread.Web.Tests;

/// <summary>The caveat beside a figure counts children with errors in the fields the figure uses, and nothing else.</summary>
public sealed class DataQualityCaveatTests
{
    private static PlacedFinding Finding(long child, string field, Severity severity = Severity.Error) =>
        new(new RuleFinding("X", severity, $"C{child}", "T", field, null, "m"), child, null, null, null);

    [Fact]
    public void Only_errors_in_the_figures_fields_for_children_in_its_population_count()
    {
        var findings = new[]
        {
            Finding(1, "AssessmentActualStartDate"),
            Finding(1, "AssessmentAuthorisationDate"), // same child twice: counted once
            Finding(2, "AssessmentAuthorisationDate"),
            Finding(3, "Ethnicity"), // a field the figure does not use
            Finding(4, "AssessmentActualStartDate", Severity.Query), // a query, not an error
            Finding(9, "AssessmentActualStartDate"), // not in the population
        };
        var fields = ReturnFieldNames.For(["Assessment.StartDate", "Assessment.AuthorisationDate", "Visit.Unknown"]);
        Assert.Equal(["AssessmentActualStartDate", "AssessmentAuthorisationDate"], fields.Order(StringComparer.Ordinal));
        Assert.Equal(2, DataQualityService.ChildrenWithErrors(findings, [1, 2, 3, 4], fields));
        Assert.Equal(0, DataQualityService.ChildrenWithErrors(findings, [1, 2, 3, 4], ReturnFieldNames.For(["CareVisit.VisitDate"])));
    }
}
