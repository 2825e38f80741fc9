using Microsoft.EntityFrameworkCore.Design;

namespace GoldenThread.Data.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context for SQLite.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<GoldenThreadDbContext>
{
    public GoldenThreadDbContext CreateDbContext(string[] args) =>
        DatabaseRegistration.CreateContext(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
