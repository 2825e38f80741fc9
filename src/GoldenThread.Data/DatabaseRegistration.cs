using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Data;

public static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "GoldenThread.Data.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "GoldenThread.Data.Migrations.PostgreSql";

    /// <summary>Configures the provider named by the settings, with its own migrations assembly.</summary>
    public static DbContextOptionsBuilder UseGoldenThreadDatabase(this DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        return (settings.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, null),
        }).AddInterceptors(Auditing.AppendOnlyGuard.Instance);
    }

    public static IServiceCollection AddGoldenThreadDatabase(this IServiceCollection services, DatabaseSettings settings) =>
        services.AddDbContext<GoldenThreadDbContext>(o => o.UseGoldenThreadDatabase(settings));

    public static GoldenThreadDbContext CreateContext(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<GoldenThreadDbContext>();
        options.UseGoldenThreadDatabase(settings);
        return new GoldenThreadDbContext(options.Options);
    }

    /// <summary>Creates the SQLite folder if needed, applies migrations, protects the audit trail and the child record access log, and turns on WAL for SQLite.</summary>
    public static async Task MigrateAsync(GoldenThreadDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:")
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        await Auditing.AuditTrailProtection.EnsureAsync(db, cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
