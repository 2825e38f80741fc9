using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests;

/// <summary>Headline counts written directly in SQL, independently of the core's LINQ rules, to check the overview against.</summary>
public static class IndependentCounts
{
    private const string OpenReferral = """
        r."ReferralDate" <= @d AND NOT r."IsNoFurtherAction" AND (r."ClosureDate" IS NULL OR r."ClosureDate" >= @d)
        """;

    private const string TeamAllocation = """
        SELECT a."ChildId" FROM allocations a
        WHERE a."TeamId" = @team AND a."StartDate" <= @d AND (a."EndDate" IS NULL OR a."EndDate" >= @d)
        """;

    public static Task<long> OpenReferralsAsync(GoldenThreadWebFactory factory, DateOnly d) =>
        ScalarAsync(factory, $"SELECT COUNT(*) FROM referrals r WHERE {OpenReferral}", d);

    public static Task<long> ChildrenInNeedAsync(GoldenThreadWebFactory factory, DateOnly d, long? team = null) =>
        ScalarAsync(factory, $"SELECT COUNT(DISTINCT r.\"ChildId\") FROM referrals r WHERE {OpenReferral}" + (team is null ? string.Empty : $" AND r.\"ChildId\" IN ({TeamAllocation})"), d, team);

    public static Task<long> ChildProtectionPlansAsync(GoldenThreadWebFactory factory, DateOnly d) =>
        ScalarAsync(factory, """
            SELECT COUNT(DISTINCT p."ChildId") FROM child_protection_plans p
            WHERE p."StartDate" <= @d AND (p."EndDate" IS NULL OR p."EndDate" > @d)
            """, d);

    public static Task<long> ChildrenLookedAfterAsync(GoldenThreadWebFactory factory, DateOnly d) =>
        ScalarAsync(factory, """
            SELECT COUNT(DISTINCT e."ChildId") FROM care_episodes e
            WHERE e."StartDate" <= @d AND (e."EndDate" IS NULL OR e."EndDate" > @d) AND COALESCE(e."LegalStatus", '') NOT IN ('V3', 'V4')
            """, d);

    public static Task<long> CareLeaversAsync(GoldenThreadWebFactory factory, DateOnly d)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var sixteenth = factory.Database.Provider == DatabaseProvider.Sqlite ? "date(c.\"BirthDate\", '+16 years')" : "(c.\"BirthDate\" + interval '16 years')::date";
        return ScalarAsync(factory, $"""
            SELECT COUNT(*) FROM children c
            WHERE c."BirthDate" IS NOT NULL AND c."BirthDate" <= @born17 AND c."BirthDate" > @born22 AND c."DeathDate" IS NULL
            AND NOT EXISTS (SELECT 1 FROM care_episodes e WHERE e."ChildId" = c."Id" AND e."StartDate" <= @d
                AND (e."EndDate" IS NULL OR e."EndDate" > @d) AND COALESCE(e."LegalStatus", '') NOT IN ('V3', 'V4'))
            AND EXISTS (SELECT 1 FROM care_episodes e WHERE e."ChildId" = c."Id" AND e."EndDate" IS NOT NULL AND e."EndDate" <= @d
                AND COALESCE(e."ReasonEpisodeCeased", '') <> 'X1' AND COALESCE(e."LegalStatus", '') NOT IN ('V3', 'V4')
                AND e."EndDate" >= {sixteenth})
            """, d, extra: [("born17", d.AddYears(-17)), ("born22", d.AddYears(-22))]);
    }

    private static async Task<long> ScalarAsync(GoldenThreadWebFactory factory, string sql, DateOnly d, long? team = null, (string Name, DateOnly Value)[]? extra = null)
    {
        await using var db = factory.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        void Add(string name, object value)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        object Date(DateOnly value) => factory.Database.Provider == DatabaseProvider.Sqlite ? value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : value;
        Add("d", Date(d));
        if (team is { } t)
        {
            Add("team", t);
        }

        foreach (var (name, value) in extra ?? [])
        {
            Add(name, Date(value));
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
