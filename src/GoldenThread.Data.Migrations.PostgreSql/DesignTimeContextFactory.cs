using Microsoft.EntityFrameworkCore.Design;

namespace GoldenThread.Data.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context for PostgreSQL (no server is contacted).</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<GoldenThreadDbContext>
{
    public GoldenThreadDbContext CreateDbContext(string[] args) =>
        DatabaseRegistration.CreateContext(new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=localhost;Database=goldenthread_design"));
}
