using GoldenThread.Data;
using GoldenThread.Data.Indicators;

namespace GoldenThread.Web.Indicators;

/// <summary>
/// Closes months: at start and then every hour, freezes the figures of every closed month not yet frozen (settings
/// <c>Snapshots:Enabled</c>, <c>Snapshots:CloseAfterDays</c>, <c>Snapshots:BackfillMonths</c>).
/// </summary>
public sealed partial class MonthEndSnapshotService(
    IServiceScopeFactory scopes, IndicatorService indicators, TimeProvider clock, IConfiguration configuration, ILogger<MonthEndSnapshotService> logger) : BackgroundService
{
    public MonthCloseSettings Settings => new(
        configuration.GetValue<int?>("Snapshots:CloseAfterDays") ?? MonthCloseSettings.Default.CloseAfterDays,
        configuration.GetValue<int?>("Snapshots:BackfillMonths") ?? MonthCloseSettings.Default.BackfillMonths);

    /// <summary>Freezes every closed month not yet frozen; returns the month ends frozen now.</summary>
    public async Task<IReadOnlyList<DateOnly>> CloseMonthsAsync(CancellationToken cancellationToken)
    {
        var (calculator, _) = await indicators.CalculatorAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var frozen = await new IndicatorSnapshotStore(db).FreezeClosedMonthsAsync(calculator, today, Settings, clock.GetUtcNow(), cancellationToken);
        foreach (var monthEnd in frozen)
        {
            LogFrozen(logger, monthEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return frozen;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Snapshots:Enabled", true))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await CloseMonthsAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Month-end figures frozen for the month ending {MonthEnd}")]
    private static partial void LogFrozen(ILogger logger, string monthEnd);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing months failed ({Error}); will try again in an hour")]
    private static partial void LogFailed(ILogger logger, string error);
}
