using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>The CIN census 2024-25 rules GoldenThread does not run, each with the reason; listed in docs/validation-coverage.md.</summary>
public static class CinCensusRuleCoverage
{
    public static IReadOnlyList<UnimplementedRule> Unimplemented { get; } =
    [
        new(
            ReturnCollections.CinCensus,
            "8568",
            "ReferralNFA reaches the model as a bool (Referral.IsNoFurtherAction), so a missing or invalid flag cannot be seen by a rule; "
            + "the CIN importer must report a missing or invalid ReferralNFA (anything but 0, 1, true or false) when it reads the file."),
    ];
}
