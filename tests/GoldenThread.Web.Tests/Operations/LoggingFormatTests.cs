using GoldenThread.Web;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Tests.Operations;

/// <summary>The setting Logging:Format: JSON lines in Production unless set, plain lines otherwise; UTC timestamps and scopes either way.</summary>
public sealed class LoggingFormatTests
{
    [Theory]
    [InlineData("Production", null, "json")]
    [InlineData("Development", null, "simple")]
    [InlineData("Production", "simple", "simple")]
    [InlineData("Development", "json", "json")]
    [InlineData("Production", "JSON", "json")]
    public void The_console_formatter_follows_the_setting_and_the_environment(string environment, string? format, string expected)
    {
        using var services = Build(environment, format);
        Assert.Equal(expected, services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
        var json = services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;
        var simple = services.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>().CurrentValue;
        var chosen = expected == "json" ? (ConsoleFormatterOptions)json : simple;
        Assert.True(chosen.UseUtcTimestamp);
        Assert.True(chosen.IncludeScopes);
        Assert.StartsWith("yyyy-MM-ddTHH:mm:ss.fffZ", chosen.TimestampFormat, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_format_stops_the_start_with_a_message_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build("Production", "xml").Dispose());
        Assert.Equal("Logging:Format 'xml' is not json or simple.", error.Message);
    }

    [Fact]
    public void The_OpenID_Connect_handler_writes_nothing_because_its_errors_quote_the_provider_about_the_person()
    {
        using var services = Build("Production", null);
        var loggers = services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>();
        var handler = loggers.CreateLogger("Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectHandler");
        Assert.False(handler.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Error));
        Assert.True(loggers.CreateLogger(typeof(GoldenThread.Web.Security.SecurityRegistration)).IsEnabled(Microsoft.Extensions.Logging.LogLevel.Warning));
    }

    private static ServiceProvider Build(string environment, string? format)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        if (format is not null)
        {
            builder.Configuration["Logging:Format"] = format;
        }

        builder.AddGoldenThreadObservability();
        return builder.Services.BuildServiceProvider();
    }
}
