using System.Data.Common;
using GoldenThread.Data.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace GoldenThread.Data;

/// <summary>
/// Writes many new rows fast, inside the caller's transaction: prepared inserts on SQLite, binary COPY on PostgreSQL.
/// Column names, types and value conversions come from the EF Core model, so the mapping classes stay the one truth.
/// Rows carry their own keys.
/// </summary>
public sealed class BulkWriter(GoldenThreadDbContext db)
{
    public async Task<int> WriteAsync<T>(IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetColumnType(table), p.GetTypeMapping().Converter))
            .ToList();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run inside a transaction, so a load either commits completely or changes nothing.");
        return transaction.Connection switch
        {
            SqliteConnection sqlite => WriteSqlite(sqlite, (SqliteTransaction)transaction, table.Name, columns, rows),
            NpgsqlConnection npgsql => await WritePostgreSqlAsync(npgsql, table.Name, columns, rows, cancellationToken),
            _ => throw new NotSupportedException($"Bulk writes are not supported on {transaction.Connection?.GetType().Name}."),
        };
    }

    /// <summary>After rows were written with explicit keys, moves PostgreSQL identity sequences past them.</summary>
    public async Task ResetKeySequencesAsync(CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        foreach (var entityType in db.Model.GetEntityTypes())
        {
            var key = entityType.FindPrimaryKey();
            var tableName = entityType.GetTableName();
            if (key is not { Properties: [{ ClrType: var clr } keyProperty] } || tableName is null || (clr != typeof(long) && clr != typeof(int)) || entityType.ClrType == typeof(GoldenThreadUser))
            {
                continue;
            }

            if (keyProperty.ValueGenerated == ValueGenerated.Never)
            {
                continue;
            }

            var column = keyProperty.GetColumnName(StoreObjectIdentifier.Table(tableName, entityType.GetSchema()));
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{tableName}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{tableName}\"), 0) + 1, false)";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    private static int WriteSqlite<T>(SqliteConnection connection, SqliteTransaction transaction, string table, List<Column> columns, IEnumerable<T> rows)
        where T : class
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" })).ToArray();
        command.Prepare();
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            count++;
        }

        return count;
    }

    private static async Task<int> WritePostgreSqlAsync<T>(NpgsqlConnection connection, string table, List<Column> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        var count = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                var value = column.ProviderValue(row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, column.StoreType, cancellationToken);
                }
            }

            count++;
        }

        await importer.CompleteAsync(cancellationToken);
        return count;
    }

    private sealed record Column(IProperty Property, string Name, string StoreType, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)
    {
        private readonly IClrPropertyGetter _getter = Property.GetGetter();

        public object? ProviderValue(object row)
        {
            var value = _getter.GetClrValueUsingContainingEntity(row);
            if (value is null)
            {
                return null;
            }

            return Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }
}
