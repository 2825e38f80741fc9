namespace GoldenThread.Core.Tests.Validation.CinCensus;

/// <summary>
/// One hand-made case for one rule: the data, and whether the rule must flag it. A flagging case names the LAchildID the
/// finding must carry (empty for header and authority-level rules).
/// </summary>
internal sealed record RuleCase(string Code, string Name, bool Flags, Action<CinDatasetBuilder> Arrange, string ExpectedChild)
{
    public override string ToString() => Name;
}

/// <summary>The table of rule cases, one partial file per group of CIN modules; every implemented rule has cases that flag and cases that pass.</summary>
internal static partial class CinRuleCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, RuleCase>> _byName = new(() =>
        ChildLevelCases().Concat(EpisodeCases()).Concat(ProtectionCases()).ToDictionary(c => c.Name, StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, RuleCase> ByName => _byName.Value;

    public static IEnumerable<RuleCase> All => ByName.Values;

    private static RuleCase Flag(string code, string description, Action<CinDatasetBuilder> arrange, string child = "C1") =>
        new(code, $"{code} flags {description}", true, arrange, child);

    private static RuleCase Pass(string code, string description, Action<CinDatasetBuilder> arrange) =>
        new(code, $"{code} passes {description}", false, arrange, string.Empty);
}
