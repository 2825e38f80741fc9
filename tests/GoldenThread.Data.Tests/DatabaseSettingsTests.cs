namespace GoldenThread.Data.Tests;

public sealed class DatabaseSettingsTests
{
    [Fact]
    public void A_path_is_a_SQLite_file_and_a_Host_is_PostgreSQL()
    {
        Assert.Equal(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=data/x.db"), DatabaseSettings.FromDbArgument("data/x.db"));
        Assert.Equal(DatabaseProvider.PostgreSql, DatabaseSettings.FromDbArgument("Host=127.0.0.1;Database=g").Provider);
    }

    [Fact]
    public void Defaults_to_the_embedded_database()
    {
        Assert.Equal(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=data/goldenthread.db"), DatabaseSettings.From(null, null));
        Assert.Equal(DatabaseProvider.PostgreSql, DatabaseSettings.From("postgresql", "Host=h").Provider);
    }

    [Fact]
    public void Bad_settings_say_what_is_wrong()
    {
        Assert.Equal("Database:Provider 'Oracle' is not known. Use Sqlite or PostgreSql.", Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From("Oracle", null)).Message);
        Assert.Equal("Database:Provider is PostgreSql but ConnectionStrings:GoldenThread is empty.", Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From("PostgreSql", "")).Message);
    }

    [Fact]
    public void Descriptions_never_show_a_password() =>
        Assert.Equal("PostgreSQL (Host=h;Database=g)", new DatabaseSettings(DatabaseProvider.PostgreSql, "Host=h;Database=g;Password=secret").Describe());
}
