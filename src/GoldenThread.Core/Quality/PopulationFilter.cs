using System.Globalization;
using System.Text;

namespace GoldenThread.Core.Quality;

/// <summary>A status a child can hold at a date, by the rules of docs/adr/0004-as-at-date-conventions.md.</summary>
public enum PopulationStatus
{
    ChildInNeed = 1,
    ChildProtection = 2,
    LookedAfter = 3,
    CareLeaver = 4,
}

/// <summary>A plan a child can have open at a date.</summary>
public enum PlanType
{
    ChildInNeed = 1,
    ChildProtection = 2,
    Care = 3,
    Pathway = 4,
}

/// <summary>
/// Which children an audit round draws from, written as <c>key=value;key=value</c> (values within a key separated by
/// commas mean "any of"; different keys must all hold). The syntax, shared by the web page and
/// <c>goldenthread sample --population</c>:
/// <list type="bullet">
/// <item><c>status=cin,cp,cla,care-leaver</c>: child in need, on a child protection plan, looked after, care leaver (default: any of the four).</item>
/// <item><c>plan=cin,cp,care,pathway</c>: a child in need plan, child protection plan, care plan (looked after) or pathway plan (care leaver) open at the date.</item>
/// <item><c>category=NEG,EMO</c>: the open child protection plan's latest category of abuse (the initial one when no latest is recorded).</item>
/// <item><c>legal-status=C2,E1</c>: the legal status of the open episode of care.</item>
/// <item><c>service=S-SCP</c>, <c>team=T-SCP-3</c>: a current allocation held in that service or team (or a unit below it), by org-unit code.</item>
/// <item><c>min-weeks</c>, <c>max-weeks</c>, <c>min-months</c>, <c>max-months</c>: how long the child has held the status (whole weeks or calendar months, both bounds included).</item>
/// <item><c>min-age</c>, <c>max-age</c>: age in whole years at the date, both bounds included.</item>
/// </list>
/// </summary>
public sealed record PopulationFilter
{
    public static IReadOnlyList<string> Keys { get; } =
        ["status", "plan", "category", "legal-status", "service", "team", "min-weeks", "max-weeks", "min-months", "max-months", "min-age", "max-age"];

    private static readonly (string Code, PopulationStatus Status)[] _statusCodes =
    [
        ("cin", PopulationStatus.ChildInNeed), ("cp", PopulationStatus.ChildProtection),
        ("cla", PopulationStatus.LookedAfter), ("care-leaver", PopulationStatus.CareLeaver),
    ];

    private static readonly (string Code, PlanType Plan)[] _planCodes =
    [
        ("cin", PlanType.ChildInNeed), ("cp", PlanType.ChildProtection), ("care", PlanType.Care), ("pathway", PlanType.Pathway),
    ];

    /// <summary>Statuses, any of which the child must hold; empty means any of the four.</summary>
    public IReadOnlyList<PopulationStatus> Statuses { get; init; } = [];

    public IReadOnlyList<PlanType> Plans { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> LegalStatuses { get; init; } = [];

    public IReadOnlyList<string> Services { get; init; } = [];

    public IReadOnlyList<string> Teams { get; init; } = [];

    public int? MinWeeks { get; init; }

    public int? MaxWeeks { get; init; }

    public int? MinMonths { get; init; }

    public int? MaxMonths { get; init; }

    public int? MinAge { get; init; }

    public int? MaxAge { get; init; }

    /// <summary>The statuses that count: those given, or all four.</summary>
    public IReadOnlyList<PopulationStatus> EffectiveStatuses =>
        Statuses.Count > 0 ? Statuses : [PopulationStatus.ChildInNeed, PopulationStatus.ChildProtection, PopulationStatus.LookedAfter, PopulationStatus.CareLeaver];

    public static string StatusCode(PopulationStatus status) => _statusCodes.Single(s => s.Status == status).Code;

    public static string PlanCode(PlanType plan) => _planCodes.Single(p => p.Plan == plan).Code;

    /// <summary>Reads a filter; on failure returns null and the problems, each worded for the person who typed it.</summary>
    public static PopulationFilter? TryParse(string? text, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        errors = problems;
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add("Enter the population filter");
            return null;
        }

        var filter = new PopulationFilter();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = raw.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problems.Add($"Population filter part '{raw}' must be written as key=value, for example status=cp");
                continue;
            }

            var key = raw[..equals].Trim().ToLowerInvariant();
            var values = raw[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!Keys.Contains(key))
            {
                problems.Add($"Population filter '{key}' is not known. Use {string.Join(", ", Keys.Take(Keys.Count - 1))} or {Keys[^1]}");
                continue;
            }

            if (!seen.Add(key))
            {
                problems.Add($"Population filter '{key}' is given more than once");
                continue;
            }

            if (values.Length == 0)
            {
                problems.Add($"Population filter '{key}' needs a value");
                continue;
            }

            filter = key switch
            {
                "status" => filter with { Statuses = Codes(key, values, _statusCodes, problems) },
                "plan" => filter with { Plans = Codes(key, values, _planCodes, problems) },
                "category" => filter with { Categories = Upper(values) },
                "legal-status" => filter with { LegalStatuses = Upper(values) },
                "service" => filter with { Services = [.. values.Distinct(StringComparer.OrdinalIgnoreCase)] },
                "team" => filter with { Teams = [.. values.Distinct(StringComparer.OrdinalIgnoreCase)] },
                "min-weeks" => filter with { MinWeeks = Number(key, values, problems) },
                "max-weeks" => filter with { MaxWeeks = Number(key, values, problems) },
                "min-months" => filter with { MinMonths = Number(key, values, problems) },
                "max-months" => filter with { MaxMonths = Number(key, values, problems) },
                "min-age" => filter with { MinAge = Number(key, values, problems) },
                _ => filter with { MaxAge = Number(key, values, problems) },
            };
        }

        if (seen.Count == 0 && problems.Count == 0)
        {
            problems.Add("Enter the population filter");
        }

        CheckRange("weeks", filter.MinWeeks, filter.MaxWeeks, problems);
        CheckRange("months", filter.MinMonths, filter.MaxMonths, problems);
        CheckRange("age", filter.MinAge, filter.MaxAge, problems);
        return problems.Count == 0 ? filter : null;
    }

    public static PopulationFilter Parse(string text) =>
        TryParse(text, out var errors) ?? throw new FormatException(string.Join("; ", errors));

    /// <summary>The filter written in its canonical form: keys in the documented order, values as parsed.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        void Add(string key, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0)
            {
                parts.Add($"{key}={string.Join(',', list)}");
            }
        }

        void AddNumber(string key, int? value)
        {
            if (value is { } v)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{key}={v}"));
            }
        }

        Add("status", Statuses.Select(StatusCode));
        Add("plan", Plans.Select(PlanCode));
        Add("category", Categories);
        Add("legal-status", LegalStatuses);
        Add("service", Services);
        Add("team", Teams);
        AddNumber("min-weeks", MinWeeks);
        AddNumber("max-weeks", MaxWeeks);
        AddNumber("min-months", MinMonths);
        AddNumber("max-months", MaxMonths);
        AddNumber("min-age", MinAge);
        AddNumber("max-age", MaxAge);
        return string.Join(';', parts);
    }

    /// <summary>The filter in words, for pages and the inspection evidence.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(string.Join(" or ", EffectiveStatuses.Select(s => s switch
        {
            PopulationStatus.ChildInNeed => "children in need",
            PopulationStatus.ChildProtection => "children on child protection plans",
            PopulationStatus.LookedAfter => "children looked after",
            _ => "care leavers",
        })));
        if (Plans.Count > 0)
        {
            text.Append(" with an open ").Append(string.Join(" or ", Plans.Select(p => p switch
            {
                PlanType.ChildInNeed => "child in need plan",
                PlanType.ChildProtection => "child protection plan",
                PlanType.Care => "care plan",
                _ => "pathway plan",
            })));
        }

        if (Categories.Count > 0)
        {
            text.Append(", category of abuse ").Append(string.Join(" or ", Categories));
        }

        if (LegalStatuses.Count > 0)
        {
            text.Append(", legal status ").Append(string.Join(" or ", LegalStatuses));
        }

        if (Services.Count + Teams.Count > 0)
        {
            text.Append(", held in ").Append(string.Join(" or ", Services.Concat(Teams)));
        }

        AppendRange(text, "for", MinWeeks, MaxWeeks, "weeks");
        AppendRange(text, "for", MinMonths, MaxMonths, "months");
        AppendRange(text, "aged", MinAge, MaxAge, "years");
        return text.ToString();
    }

    private static void AppendRange(StringBuilder text, string word, int? min, int? max, string unit)
    {
        var range = (min, max) switch
        {
            ({ } a, { } b) => string.Create(CultureInfo.InvariantCulture, $"{a} to {b} {unit}"),
            ({ } a, null) => string.Create(CultureInfo.InvariantCulture, $"{a} {unit} or more"),
            (null, { } b) => string.Create(CultureInfo.InvariantCulture, $"{b} {unit} or fewer"),
            _ => null,
        };
        if (range is not null)
        {
            text.Append(", ").Append(word).Append(' ').Append(range);
        }
    }

    private static List<T> Codes<T>(string key, string[] values, (string Code, T Value)[] known, List<string> problems)
    {
        var result = new List<T>();
        foreach (var value in values)
        {
            var match = known.Where(k => string.Equals(k.Code, value, StringComparison.OrdinalIgnoreCase)).Select(k => k.Value).ToList();
            if (match.Count == 0)
            {
                problems.Add($"Population filter {key} '{value}' is not known. Use {string.Join(", ", known.Select(k => k.Code))}");
            }
            else if (!result.Contains(match[0]))
            {
                result.Add(match[0]);
            }
        }

        return result;
    }

    private static List<string> Upper(string[] values) => [.. values.Select(v => v.ToUpperInvariant()).Distinct(StringComparer.Ordinal)];

    private static int? Number(string key, string[] values, List<string> problems)
    {
        if (values.Length == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 10_000)
        {
            return n;
        }

        problems.Add($"Population filter {key} must be a whole number, like {key}=65");
        return null;
    }

    private static void CheckRange(string what, int? min, int? max, List<string> problems)
    {
        if (min is { } a && max is { } b && a > b)
        {
            problems.Add($"Population filter min-{what} must not be more than max-{what}");
        }
    }
}
