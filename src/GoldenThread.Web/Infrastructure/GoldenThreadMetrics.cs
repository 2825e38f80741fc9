using System.Diagnostics;
using System.Diagnostics.Metrics;
using GoldenThread.Core.Validation;

namespace GoldenThread.Web.Infrastructure;

/// <summary>
/// GoldenThread's own measurements (meter <c>GoldenThread</c>): how long loads and validation runs take and how much they produce.
/// Tags are formats, outcomes, collections and severities only: never a person, a child, a file name or a user.
/// </summary>
public sealed class GoldenThreadMetrics
{
    public const string MeterName = "GoldenThread";

    public const string ImportDuration = "goldenthread.import.duration";
    public const string RecordsImported = "goldenthread.import.records";
    public const string ValidationDuration = "goldenthread.validation.duration";
    public const string ValidationFindings = "goldenthread.validation.findings";

    private readonly Histogram<double> _importDuration;
    private readonly Counter<long> _recordsImported;
    private readonly Histogram<double> _validationDuration;
    private readonly Counter<long> _validationFindings;

    public GoldenThreadMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _importDuration = meter.CreateHistogram(
            ImportDuration,
            unit: "s",
            description: "Time to read and load one upload, by format and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1200] });
        _recordsImported = meter.CreateCounter<long>(RecordsImported, unit: "{record}", description: "Records written by loads, by format.");
        _validationDuration = meter.CreateHistogram(
            ValidationDuration,
            unit: "s",
            description: "Time to run DfE's validation rules over the stored data for one return, by collection and collection year.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120] });
        _validationFindings = meter.CreateCounter<long>(ValidationFindings, unit: "{finding}", description: "Findings from validation runs, by collection, collection year and severity.");
    }

    /// <summary>One upload finished: <paramref name="outcome"/> is one of <see cref="ImportOutcomes"/>.</summary>
    public void ImportFinished(string format, string outcome, TimeSpan elapsed, long recordsWritten)
    {
        var tags = new TagList { { "format", format }, { "outcome", outcome } };
        _importDuration.Record(elapsed.TotalSeconds, tags);
        if (recordsWritten > 0)
        {
            _recordsImported.Add(recordsWritten, new KeyValuePair<string, object?>("format", format));
        }
    }

    /// <summary>One return's rules ran over the stored data (collection <c>cin-census</c> or <c>ssda903</c>).</summary>
    public void ValidationRan(string collection, string collectionYear, TimeSpan elapsed, IReadOnlyCollection<RuleFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        _validationDuration.Record(elapsed.TotalSeconds, new TagList { { "collection", collection }, { "collection_year", collectionYear } });
        foreach (var group in findings.GroupBy(f => f.Severity))
        {
            _validationFindings.Add(group.Count(), new TagList
            {
                { "collection", collection },
                { "collection_year", collectionYear },
                { "severity", group.Key == Severity.Error ? "error" : "query" },
            });
        }
    }
}

/// <summary>The outcomes an upload can have, as recorded on <see cref="GoldenThreadMetrics.ImportDuration"/>.</summary>
public static class ImportOutcomes
{
    public const string Loaded = "loaded";
    public const string AlreadyLoaded = "already-loaded";
    public const string Refused = "refused";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    /// <summary>The format tag when the file was refused before its format was known.</summary>
    public const string UnknownFormat = "unknown";
}
