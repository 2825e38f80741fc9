using System.Globalization;
using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Cli.Tests.Resilience;

/// <summary>The row count of every table the model maps, read through raw SQL: two equal snapshots, the same stored data.</summary>
internal static class StoredDataSnapshot
{
    public static async Task<string> TakeAsync(DatabaseSettings settings)
    {
        await using var db = DatabaseRegistration.CreateContext(settings);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            var count = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            lines.Add($"{table}={count}");
        }

        await using (var loads = connection.CreateCommand())
        {
            loads.CommandText = "SELECT \"Id\", \"Sha256\", \"Status\", \"ChildCount\", \"RecordCount\" FROM \"data_loads\" ORDER BY \"Id\"";
            await using var reader = await loads.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }
        }

        return string.Join('\n', lines);
    }
}
