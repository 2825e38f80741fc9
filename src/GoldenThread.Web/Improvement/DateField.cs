using System.Globalization;
using GoldenThread.Web.Infrastructure;

namespace GoldenThread.Web.Improvement;

/// <summary>A GOV.UK date input's values and error, posted as ID-day, ID-month and ID-year.</summary>
public sealed record DateField(string Id, string Legend, string? Day, string? Month, string? Year, string? Error)
{
    public static DateField Of(string id, string legend, DateOnly? date) => new(
        id,
        legend,
        date?.Day.ToString(CultureInfo.InvariantCulture),
        date?.Month.ToString(CultureInfo.InvariantCulture),
        date?.Year.ToString(CultureInfo.InvariantCulture),
        null);

    /// <summary>Reads the posted date; blank gives "Enter …", anything not a real date gives the GOV.UK format message.</summary>
    public static DateField Read(IFormCollection form, string id, string legend, string missing, out DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? day = form[$"{id}-day"], month = form[$"{id}-month"], year = form[$"{id}-year"];
        date = null;
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
        {
            return new(id, legend, day, month, year, missing);
        }

        if (AsAtDate.TryRead(null, day?.Trim(), month?.Trim(), year?.Trim(), default, out var value, out var error))
        {
            date = value;
            return new(id, legend, day, month, year, null);
        }

        return new(id, legend, day, month, year, error);
    }

    public DateField WithError(string error) => this with { Error = error };
}
