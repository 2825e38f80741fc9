using GoldenThread.Data.Tests;
using GoldenThread.Testing.HostileInput;

namespace GoldenThread.Cli.Tests.Resilience;

/// <summary>
/// Every file of the hostile-input corpus that must be refused is imported with <c>goldenthread import</c> into a database
/// that already holds a load: each is refused naming the file, exit code 2, and the stored data are the same afterwards.
/// SQLite and PostgreSQL.
/// </summary>
public abstract class HostileImportTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task Refused_files_change_no_stored_data()
    {
        var db = database.Settings.ConnectionString;
        var (demo, demoError) = await CliRunner.RunAsync("demo", "--children", "60", "--years", "2", "--seed", "5", "--today", "2025-03-31", "--db", db);
        Assert.True(demo == 0, demoError);
        var before = await StoredDataSnapshot.TakeAsync(database.Settings);
        Assert.Contains("children=60", before, StringComparison.Ordinal);

        var generated = Directory.CreateTempSubdirectory("goldenthread-hostile-cli-");
        try
        {
            HostileCorpus.Generate(generated.FullName);
            var manifest = HostileCorpus.Manifest();
            var refused = 0;
            foreach (var path in HostileCorpus.Files(generated.FullName))
            {
                var name = Path.GetFileName(path);
                if (manifest[name].Outcome != CorpusExpectation.Rejected)
                {
                    continue;
                }

                var (code, error) = await CliRunner.RunAsync("import", path, "--db", db);
                Assert.True(code == 2, $"{name}: exit code {code}: {error}");
                Assert.StartsWith($"goldenthread import: {name}", error, StringComparison.Ordinal);
                Assert.Contains(manifest[name].Message, error, StringComparison.Ordinal);
                Assert.EndsWith($"Nothing was loaded.{Environment.NewLine}", error, StringComparison.Ordinal);
                refused++;
            }

            Assert.True(refused >= 100, $"{refused} refused files");
            Assert.Equal(before, await StoredDataSnapshot.TakeAsync(database.Settings));
        }
        finally
        {
            generated.Delete(recursive: true);
        }
    }
}

public sealed class SqliteHostileImportTests(SqliteTestDatabase database) : HostileImportTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlHostileImportTests(PostgreSqlTestDatabase database) : HostileImportTests<PostgreSqlTestDatabase>(database);
