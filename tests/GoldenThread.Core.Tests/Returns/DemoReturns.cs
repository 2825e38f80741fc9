using System.Collections;
using System.Globalization;
using System.Reflection;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.Ssda903;

namespace GoldenThread.Core.Tests.Returns;

/// <summary>One synthetic demo authority shared by the return tests (1,500 children over 3 years), and a way to compare datasets.</summary>
internal static class DemoReturns
{
    private static readonly Lazy<DemoAuthority> _authority = new(() =>
        DemoAuthorityGenerator.Generate(new DemoOptions(Children: 1500, Years: 3), WorkingDayCalendar.EnglandAndWales));

    private static readonly Lazy<ChildLevelDataset> _all = new(() => Ssda903Extract.FromDemo(_authority.Value));

    public static DemoAuthority Authority => _authority.Value;

    public static ChildLevelDataset All => _all.Value;

    /// <summary>Every record of every list as text (type, then each settable property), in list order: equal text, equal data.</summary>
    public static List<string> Describe(ChildLevelDataset dataset)
    {
        var lines = new List<string>
        {
            $"dataset|{dataset.Collection}|{dataset.CollectionYear}|{dataset.ReferenceDate?.ToString("O", CultureInfo.InvariantCulture)}",
        };
        foreach (var property in typeof(ChildLevelDataset).GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>)))
        {
            if (property.Name == nameof(ChildLevelDataset.Problems))
            {
                continue;
            }

            foreach (var record in (IEnumerable)property.GetValue(dataset)!)
            {
                lines.Add(DescribeRecord(record));
            }
        }

        return lines;
    }

    public static string DescribeRecord(object record)
    {
        var values = record.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={Format(p.GetValue(record))}");
        return record.GetType().Name + "|" + string.Join("|", values);
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        IEnumerable items => "[" + string.Join(",", items.Cast<object>()) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
