using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace GoldenThread.Web.Infrastructure;

/// <summary>
/// Logs, metrics and health endpoints for the people who run GoldenThread (docs/deployment.md).
/// Settings: <c>Logging:Format</c> (json or simple), <c>OpenTelemetry:OtlpEndpoint</c>, <c>OpenTelemetry:OtlpProtocol</c>,
/// <c>OpenTelemetry:Prometheus</c>, <c>OpenTelemetry:PrometheusAllowedNetworks</c>.
/// </summary>
public static class Observability
{
    public const string ReadyTag = "ready";
    public const string MetricsPath = "/metrics";

    /// <summary>The host's own request logs, and the scope it opens around every request, carry the raw path and query string.</summary>
    private const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>The OpenID Connect handler's logs, whose errors quote what the identity provider said about the person.</summary>
    private const string OpenIdConnectHandlerLogs = "Microsoft.AspNetCore.Authentication.OpenIdConnect";

    public static WebApplicationBuilder AddGoldenThreadObservability(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        AddLogging(builder.Logging, configuration["Logging:Format"] ?? (builder.Environment.IsProduction() ? "json" : "simple"));

        var otlp = configuration["OpenTelemetry:OtlpEndpoint"];
        var otlpProtocol = configuration["OpenTelemetry:OtlpProtocol"];
        var prometheus = configuration.GetValue("OpenTelemetry:Prometheus", false);
        builder.Services.AddSingleton<GoldenThreadMetrics>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("goldenthread"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GoldenThreadMetrics.MeterName).AddAspNetCoreInstrumentation();
                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    metrics.AddOtlpExporter(options =>
                    {
                        options.Endpoint = new Uri(otlp);
                        options.Protocol = otlpProtocol switch
                        {
                            null or "" or "grpc" => OtlpExportProtocol.Grpc,
                            "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
                            _ => throw new InvalidOperationException($"OpenTelemetry:OtlpProtocol '{otlpProtocol}' is not grpc or http/protobuf."),
                        };
                    });
                }

                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        return builder;
    }

    /// <summary>JSON lines (one object a line, UTC timestamps, scopes) or one plain line a message.</summary>
    private static void AddLogging(ILoggingBuilder logging, string format)
    {
        const string timestamp = "yyyy-MM-ddTHH:mm:ss.fffZ";
        switch (format.ToUpperInvariant())
        {
            case "JSON":
                logging.AddJsonConsole(options =>
                {
                    options.UseUtcTimestamp = true;
                    options.TimestampFormat = timestamp;
                    options.IncludeScopes = true;
                    options.JsonWriterOptions = new JsonWriterOptions { Indented = false };
                });
                break;
            case "SIMPLE":
                logging.AddSimpleConsole(options =>
                {
                    options.UseUtcTimestamp = true;
                    options.TimestampFormat = timestamp + " ";
                    options.IncludeScopes = true;
                    options.SingleLine = true;
                });
                break;
            default:
                throw new InvalidOperationException($"Logging:Format '{format}' is not json or simple.");
        }

        // Replaced by RequestLogging, which names the route template instead; with this category off the host opens no such scope either.
        logging.AddFilter(HostingDiagnostics, LogLevel.None);

        // Its errors quote the identity provider's error_description, which some providers fill with the person's name or
        // email. SecurityRegistration logs every refused sign-in instead, with the exception type and error codes only.
        logging.AddFilter(OpenIdConnectHandlerLogs, LogLevel.None);
    }

    /// <summary>Outermost: times and logs every request (see <see cref="RequestLogging"/>).</summary>
    public static WebApplication UseGoldenThreadRequestLogging(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<RequestLogging>();
        return app;
    }

    /// <summary>After routing: notes the first endpoint matched, before any error page re-executes the request.</summary>
    public static WebApplication UseGoldenThreadRouteCapture(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(RequestLogging.CaptureRoute);
        return app;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (no checks). <c>/health/ready</c>: the database answers too.
    /// <c>/health</c>: every check, as before. None needs signing in, and each answers Healthy, Degraded or Unhealthy only.
    /// </summary>
    public static WebApplication MapGoldenThreadHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// The Prometheus scrape endpoint, when <c>OpenTelemetry:Prometheus</c> is true: answered only on a direct loopback connection
    /// (not one forwarded by a proxy) or from <c>OpenTelemetry:PrometheusAllowedNetworks</c> (comma-separated, e.g. <c>10.1.2.0/24</c>).
    /// </summary>
    public static WebApplication MapGoldenThreadMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.GetValue("OpenTelemetry:Prometheus", false))
        {
            return app;
        }

        var allowed = ParseNetworks(app.Configuration["OpenTelemetry:PrometheusAllowedNetworks"]);
        app.MapPrometheusScrapingEndpoint(
            MetricsPath,
            meterProvider: null,
            configureBranchedPipeline: branch => branch.Use(async (context, next) =>
            {
                if (!MayScrape(context, allowed))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await next(context);
            }),
            optionsName: null).AllowAnonymous();
        return app;
    }

    public static IReadOnlyList<IPNetwork> ParseNetworks(string? setting) =>
        [.. (setting ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => IPNetwork.Parse(n))];

    /// <summary>Whether this connection may read <c>/metrics</c>: directly from this machine, or from a network allowed by setting.</summary>
    public static bool MayScrape(HttpContext context, IReadOnlyList<IPNetwork> allowed)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(allowed);
        if (context.Connection.RemoteIpAddress is not { } remote)
        {
            return false;
        }

        remote = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        var headers = context.Request.Headers;
        var forwarded = headers.ContainsKey("X-Forwarded-For") || headers.ContainsKey("Forwarded") || headers.ContainsKey("X-Original-For");
        return (IPAddress.IsLoopback(remote) && !forwarded) || allowed.Any(network => network.Contains(remote));
    }
}
