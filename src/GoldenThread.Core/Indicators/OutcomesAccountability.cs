namespace GoldenThread.Core.Indicators;

/// <summary>The three questions of outcomes-based accountability (Friedman) that every performance measure answers one of.</summary>
public enum OutcomesQuestion
{
    /// <summary>Quantity of effort: how many children, referrals, plans.</summary>
    HowMuchDidWeDo = 1,

    /// <summary>Quality of effort: timeliness, visits, reviews, workforce.</summary>
    HowWellDidWeDoIt = 2,

    /// <summary>Quantity and quality of effect: stability, re-referral, repeat plans, care leavers' lives.</summary>
    IsAnyoneBetterOff = 3,
}

/// <summary>
/// Which outcomes-based accountability question each indicator in <see cref="IndicatorCatalogue"/> answers. Kept beside the catalogue so
/// a new indicator without a question is caught by a test, not shown unclassified.
/// </summary>
public static class OutcomesAccountability
{
    private static readonly Dictionary<string, OutcomesQuestion> Questions = new(StringComparer.OrdinalIgnoreCase)
    {
        // How much did we do?
        ["referrals"] = OutcomesQuestion.HowMuchDidWeDo,
        ["assessments_completed"] = OutcomesQuestion.HowMuchDidWeDo,
        ["s47_started"] = OutcomesQuestion.HowMuchDidWeDo,
        ["cpp_started"] = OutcomesQuestion.HowMuchDidWeDo,
        ["cin_at_date"] = OutcomesQuestion.HowMuchDidWeDo,
        ["cin_rate_10k"] = OutcomesQuestion.HowMuchDidWeDo,
        ["cpp_at_date"] = OutcomesQuestion.HowMuchDidWeDo,
        ["cpp_rate_10k"] = OutcomesQuestion.HowMuchDidWeDo,
        ["cla_at_date"] = OutcomesQuestion.HowMuchDidWeDo,
        ["cla_rate_10k"] = OutcomesQuestion.HowMuchDidWeDo,
        ["cla_started"] = OutcomesQuestion.HowMuchDidWeDo,
        ["caseload_per_fte"] = OutcomesQuestion.HowMuchDidWeDo,

        // How well did we do it?
        ["referral_nfa"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["assessment_45wd"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["child_seen_assessment"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["icpc_15wd"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["cpp_ended_2y"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["cpp_open_2y"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["cp_visits_10wd"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["cp_reviews_in_timescale"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["cla_visits_in_timescale"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["cla_reviews_in_timescale"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["child_participation_reviews"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["care_leavers_in_touch_19_21"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["adoption_a1_days"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["adoption_a2_days"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["supervision_in_timescale"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["agency_worker_rate"] = OutcomesQuestion.HowWellDidWeDoIt,
        ["unallocated_children"] = OutcomesQuestion.HowWellDidWeDoIt,

        // Is anyone better off?
        ["rereferral_12m"] = OutcomesQuestion.IsAnyoneBetterOff,
        ["cpp_repeat"] = OutcomesQuestion.IsAnyoneBetterOff,
        ["cla_3plus_placements"] = OutcomesQuestion.IsAnyoneBetterOff,
        ["cla_long_term_stability"] = OutcomesQuestion.IsAnyoneBetterOff,
        ["cla_missing"] = OutcomesQuestion.IsAnyoneBetterOff,
        ["care_leavers_eet_19_21"] = OutcomesQuestion.IsAnyoneBetterOff,
        ["care_leavers_suitable_accom_19_21"] = OutcomesQuestion.IsAnyoneBetterOff,
    };

    /// <summary>The questions in the order reports show them.</summary>
    public static IReadOnlyList<OutcomesQuestion> All { get; } = [OutcomesQuestion.HowMuchDidWeDo, OutcomesQuestion.HowWellDidWeDoIt, OutcomesQuestion.IsAnyoneBetterOff];

    /// <summary>The indicator ids with a question, for the test that every catalogue indicator has one.</summary>
    public static IReadOnlyCollection<string> ClassifiedIds => Questions.Keys;

    public static OutcomesQuestion QuestionFor(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return QuestionFor(indicator.Id);
    }

    public static OutcomesQuestion QuestionFor(string indicatorId) =>
        Questions.TryGetValue(indicatorId, out var question)
            ? question
            : throw new ArgumentException($"The indicator '{indicatorId}' has no outcomes-based accountability question.", nameof(indicatorId));

    /// <summary>The question as people ask it: "How much did we do?".</summary>
    public static string Text(OutcomesQuestion question) => question switch
    {
        OutcomesQuestion.HowMuchDidWeDo => "How much did we do?",
        OutcomesQuestion.HowWellDidWeDoIt => "How well did we do it?",
        OutcomesQuestion.IsAnyoneBetterOff => "Is anyone better off?",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>A short slug for ids and query strings: how-much, how-well, better-off.</summary>
    public static string Slug(OutcomesQuestion question) => question switch
    {
        OutcomesQuestion.HowMuchDidWeDo => "how-much",
        OutcomesQuestion.HowWellDidWeDoIt => "how-well",
        OutcomesQuestion.IsAnyoneBetterOff => "better-off",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };
}
