using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>The CIN census 2024-25 rules GoldenThread does not run, each with the reason; listed in docs/validation-coverage.md.</summary>
public static class CinCensusRuleCoverage
{
    public static IReadOnlyList<UnimplementedRule> Unimplemented { get; } = [];
}
