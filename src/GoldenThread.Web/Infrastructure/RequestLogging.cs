using System.Diagnostics;

namespace GoldenThread.Web.Infrastructure;

/// <summary>
/// One log record a request: method, route template (<c>/children/{id:long}</c>, never <c>/children/123</c>), status and elapsed time.
/// Never the path itself, the query string, the user or anything posted.
/// </summary>
public sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public const string NoRoute = "(no route)";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var route = new MatchedRoute();
        context.Features.Set(route);
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            var template = route.Template ?? NoRoute;
            var level = template.StartsWith("/health", StringComparison.Ordinal) || template == Observability.MetricsPath ? LogLevel.Debug : LogLevel.Information;
            var status = failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            LogRequest(logger, level, context.Request.Method, template, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>Middleware after routing: keeps the first route matched, so a re-executed error page does not hide it.</summary>
    public static Task CaptureRoute(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Features.Get<MatchedRoute>() is { Seen: false } route)
        {
            route.Seen = true;
            route.Template = context.GetEndpoint() is RouteEndpoint endpoint ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/') : null;
        }

        return next(context);
    }

    [LoggerMessage(Message = "{Method} {Route} responded {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogRequest(ILogger logger, LogLevel level, string method, string route, int statusCode, double elapsedMilliseconds);

    private sealed class MatchedRoute
    {
        public bool Seen { get; set; }

        public string? Template { get; set; }
    }
}
