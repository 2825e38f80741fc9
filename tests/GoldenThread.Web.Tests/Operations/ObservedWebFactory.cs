using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace GoldenThread.Web.Tests.Operations;

/// <summary>
/// The operations tests run on their own, after every other test class. OpenTelemetry's meter provider listens to every meter
/// named GoldenThread in the process, so when another test's app is disposed its meters complete, and the provider stops
/// exporting the instrument they shared with this app: the exported metric could vanish mid-test (seen once in CI).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ObservedOperations
{
    public const string Name = "Observed operations";
}

/// <summary>
/// The web app with every log record captured (message, state and scopes), its metrics exported in memory through the
/// OpenTelemetry pipeline, the Prometheus endpoint on, and a listener on this app's own meters only.
/// </summary>
public sealed class ObservedWebFactory : SqliteWebFactory
{
    public CapturedLogs Logs { get; } = new();

    public List<MetricSnapshot> Exported { get; } = [];

    public ConcurrentQueue<Measurement> Measurements { get; } = new();

    private MeterListener? _listener;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:GoldenThread", "Debug");
        builder.UseSetting("OpenTelemetry:Prometheus", "true");
        builder.UseSetting("OpenTelemetry:PrometheusAllowedNetworks", "192.0.2.0/24");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Exported)));
    }

    /// <summary>Starts listening to the meters this app created (not those of apps other tests run at the same time).</summary>
    public void ListenToOwnMeters()
    {
        if (_listener is not null)
        {
            return;
        }

        var own = Services.GetRequiredService<IMeterFactory>();
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, own))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Measurements.Enqueue(new Measurement(instrument.Name, value, Tags(tags))));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Measurements.Enqueue(new Measurement(instrument.Name, value, Tags(tags))));
        _listener.Start();
    }

    /// <summary>
    /// Pushes what the OpenTelemetry pipeline has aggregated to the in-memory exporter (the Prometheus exporter, which is
    /// pulled, answers false to a flush; the tests look at what was exported instead).
    /// </summary>
    public void FlushMetrics() => Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);

    protected override void Dispose(bool disposing)
    {
        _listener?.Dispose();
        base.Dispose(disposing);
    }

    private static Dictionary<string, string?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            result[tag.Key] = tag.Value?.ToString();
        }

        return result;
    }
}

public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags)
{
    public override string ToString() => $"{Instrument} {Value} {string.Join(' ', Tags.Select(t => $"{t.Key}={t.Value}"))}";
}

public sealed record CapturedLog(string Category, LogLevel Level, string Message, string Everything);

/// <summary>A logger provider that keeps every record: its formatted message, each value of its state, its exception and its scopes.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _records = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Records => [.. _records];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var parts = new List<string> { message };
            AddValues(parts, state);
            if (exception is not null)
            {
                parts.Add(exception.ToString());
            }

            owner._scopes.ForEachScope(
                (scope, list) =>
                {
                    list.Add(scope?.ToString() ?? string.Empty);
                    AddValues(list, scope);
                },
                parts);
            owner._records.Enqueue(new CapturedLog(category, logLevel, message, string.Join('\n', parts)));
        }

        private static void AddValues(List<string> parts, object? state)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }
        }
    }
}
