using System.Globalization;
using GoldenThread.Core.Quality;

namespace GoldenThread.Web.Quality;

/// <summary>Words, tags and numbers as the quality pages show them.</summary>
public static class QualityDisplay
{
    private static readonly CultureInfo _culture = CultureInfo.GetCultureInfo("en-GB");

    public static (string Text, string Class) Status(AuditStatus status) => status switch
    {
        AuditStatus.Assigned => ("Assigned", "govuk-tag--grey"),
        AuditStatus.InProgress => ("In progress", "govuk-tag--blue"),
        AuditStatus.Submitted => ("Submitted", "govuk-tag--light-blue"),
        AuditStatus.Moderated => ("Moderated", "govuk-tag--purple"),
        AuditStatus.Closed => ("Closed", "govuk-tag--green"),
        _ => (status.ToString(), "govuk-tag--grey"),
    };

    public static string Kind(AuditRoundKind kind) => kind == AuditRoundKind.Themed ? "Themed" : "Monthly";

    public static string Percent(Proportion p) => p.RoundedPercent is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v}%") : "–";

    public static string Percent(decimal? fraction) =>
        fraction is { } f ? (f * 100m).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Number(decimal? value, string format = "0.0") => value is { } v ? v.ToString(format, _culture) : "–";

    public static string Count(int value) => value.ToString("N0", _culture);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", _culture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "Not recorded";

    public static string Date(DateTimeOffset? at) => at is { } a ? Date(DateOnly.FromDateTime(a.UtcDateTime)) : "Not recorded";

    public static string YesNo(bool? value) => value switch { true => "Yes", false => "No", null => "Not recorded" };

    public static string Command(AuditRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var text = string.Create(CultureInfo.InvariantCulture, $"goldenthread sample --population \"{round.PopulationFilter}\" --size {round.SampleSize} --seed {round.Seed}");
        if (round.StratifiedByTeam)
        {
            text += " --stratify team";
        }

        if (round.ExcludeMonths > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" --exclude-months {round.ExcludeMonths}");
        }

        return text + string.Create(CultureInfo.InvariantCulture, $" --date {round.PopulationDate:yyyy-MM-dd} --out sample.csv");
    }
}

/// <summary>A GOV.UK date input's three fields, read strictly, with GOV.UK error wording.</summary>
public sealed record FormDate(string? Day, string? Month, string? Year)
{
    public static FormDate From(DateOnly? date) => date is { } d
        ? new FormDate(d.Day.ToString(CultureInfo.InvariantCulture), d.Month.ToString(CultureInfo.InvariantCulture), d.Year.ToString(CultureInfo.InvariantCulture))
        : new FormDate(null, null, null);

    public static FormDate Read(IFormCollection form, string prefix)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new FormDate(form[$"{prefix}-day"], form[$"{prefix}-month"], form[$"{prefix}-year"]);
    }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or an error: "Enter the {name}" when empty, "{Name} must be a real date" otherwise.</summary>
    public DateOnly? Parse(string name, out string? error)
    {
        error = null;
        if (IsEmpty)
        {
            error = $"Enter the {name}";
            return null;
        }

        if (int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= 1900 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }

        error = $"{char.ToUpperInvariant(name[0])}{name[1..]} must be a real date";
        return null;
    }
}

/// <summary>What the date-input partial needs.</summary>
public sealed record DateInputModel(string Id, string Legend, string? Hint, FormDate Value, string? Error);

/// <summary>Form errors in the order they should be listed in the GOV.UK error summary, each keyed by the field's id.</summary>
public sealed class FormErrors : List<(string Field, string Message)>
{
    public void Add(string field, string message) => Add((field, message));

    public bool Has(string field) => this.Any(e => e.Field == field);

    public string? For(string field) => this.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault();

    public string GroupClass(string field) => Has(field) ? "govuk-form-group--error" : string.Empty;
}

public static class FormErrorsHtml
{
    /// <summary>The GOV.UK error message for a field, or nothing.</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent FieldError(this FormErrors errors, string field)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.For(field) is { } message
            ? new Microsoft.AspNetCore.Html.HtmlString(
                $"<p id=\"{field}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {System.Text.Encodings.Web.HtmlEncoder.Default.Encode(message)}</p>")
            : Microsoft.AspNetCore.Html.HtmlString.Empty;
    }
}
