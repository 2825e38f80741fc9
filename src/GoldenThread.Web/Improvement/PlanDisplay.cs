using System.Globalization;
using GoldenThread.Core.Improvement;

namespace GoldenThread.Web.Improvement;

/// <summary>How plan items look on pages: GOV.UK tag colours for RAG, dates and links.</summary>
public static class PlanDisplay
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string TagClass(Rag rag) => rag switch
    {
        Rag.Red => "govuk-tag govuk-tag--red",
        Rag.Amber => "govuk-tag govuk-tag--orange",
        Rag.Green => "govuk-tag govuk-tag--green",
        _ => "govuk-tag govuk-tag--grey",
    };

    public static string StatusClass(ActionStatus status) => status switch
    {
        ActionStatus.Completed => "govuk-tag govuk-tag--blue",
        ActionStatus.InProgress => "govuk-tag govuk-tag--light-blue",
        _ => "govuk-tag govuk-tag--grey",
    };

    public static string Date(DateOnly date) => SlippageRules.Date(date);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "Not set";

    public static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy HH:mm", English);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The page of an indicator in the indicator catalogue.</summary>
    public static string IndicatorHref(string indicatorId) => "/indicators/" + Uri.EscapeDataString(indicatorId);

    public static string ObjectiveHref(long id) => $"/plan/objectives/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string ActionHref(long id) => $"/plan/actions/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string TeamHref(long id) => $"/plan/teams/{id.ToString(CultureInfo.InvariantCulture)}";

    public static string Value(decimal value, string unit) => SlippageRules.Value(value, unit);
}

/// <summary>What the actions table partial shows.</summary>
public sealed record ActionsTable(IEnumerable<PlanAction> Actions, PlanView View, string DateQuery, string TestId);

/// <summary>What the indicators table partial shows.</summary>
public sealed record IndicatorsTable(IEnumerable<PlanIndicator> Indicators, PlanView View, bool MayEdit);
