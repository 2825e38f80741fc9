namespace GoldenThread.Core.Tests.Validation.Ssda903;

/// <summary>One named test case for one rule: a small return it must flag, or one it must not.</summary>
internal sealed record RuleCase(string Code, string Name, bool ShouldFlag, Action<Ssda903Builder> Arrange, string Year = "2024-25")
{
    public string Key => $"{Code} {(ShouldFlag ? "flags" : "passes")}: {Name}{(Year == "2024-25" ? string.Empty : $" ({Year})")}";

    public static RuleCase Flags(string code, string name, Action<Ssda903Builder> arrange) => new(code, name, true, arrange);

    public static RuleCase Passes(string code, string name, Action<Ssda903Builder> arrange) => new(code, name, false, arrange);
}

/// <summary>Every case, by key, gathered from the per-table case lists.</summary>
internal static partial class Ssda903Cases
{
    private static readonly Lazy<IReadOnlyDictionary<string, RuleCase>> Cases = new(() =>
        HeaderCases().Concat(EpisodeCases()).Concat(ChainCases()).Concat(ReviewAndMissingCases()).Concat(Oc2Cases()).Concat(Oc3Cases())
            .Concat(AdoptionCases()).Concat(PrevPermAndSocialWorkerCases()).Concat(CrossYearCases())
            .ToDictionary(c => c.Key, StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, RuleCase> All => Cases.Value;

    private static RuleCase Flags(string code, string name, Action<Ssda903Builder> arrange) => RuleCase.Flags(code, name, arrange);

    private static RuleCase Passes(string code, string name, Action<Ssda903Builder> arrange) => RuleCase.Passes(code, name, arrange);

    /// <summary>A child looked after continuously since 1 January 2023 (the OC2 cohort in 2024-25).</summary>
    private static ChildBuilder LookedAfter(Ssda903Builder b, string born = "2010-06-15") => b.Child().Born(born).Episode("2023-01-01");

    /// <summary>A child who started to be looked after on 1 June 2024 (not looked after for 12 months).</summary>
    private static ChildBuilder NewlyLookedAfter(Ssda903Builder b, string born = "2010-06-15") => b.Child().Born(born).Episode("2024-06-01");
}
