using GoldenThread.Core.Model;

namespace GoldenThread.Core.Caseload;

/// <summary>The headline counts on the overview: what the service holds at a date.</summary>
public enum HeadlineMeasure
{
    OpenReferrals,
    ChildrenInNeed,
    ChildProtectionPlans,
    ChildrenLookedAfter,
    CareLeavers,
}

public sealed record HeadlineDefinition(HeadlineMeasure Measure, string Slug, string Name, string Definition);

public sealed record HeadlineFigure(HeadlineDefinition Definition, int Count);

public static class Headlines
{
    public static IReadOnlyList<HeadlineDefinition> Definitions { get; } =
    [
        new(HeadlineMeasure.OpenReferrals, "open-referrals", "Open referrals",
            "Referrals (CIN episodes) dated on or before the date, not marked no further action, and not closed before the date. A child can have more than one."),
        new(HeadlineMeasure.ChildrenInNeed, "children-in-need", "Children in need",
            "Children with at least one open referral at the date. Includes children on child protection plans and looked-after children."),
        new(HeadlineMeasure.ChildProtectionPlans, "child-protection-plans", "Children on child protection plans",
            "Children with a child protection plan that started on or before the date and had not ended by it."),
        new(HeadlineMeasure.ChildrenLookedAfter, "children-looked-after", "Children looked after",
            "Children with an episode of care that started on or before the date and had not ceased by it, excluding short breaks (legal status V3 and V4)."),
        new(HeadlineMeasure.CareLeavers, "care-leavers", "Care leavers aged 17 to 21",
            "Young people aged 17 to 21 at the date who are not looked after at the date and whose care ended (reason ceased other than X1, not a short break) on or after their 16th birthday."),
    ];

    public static HeadlineDefinition Definition(HeadlineMeasure measure) => Definitions.Single(d => d.Measure == measure);

    public static HeadlineDefinition? FindBySlug(string slug) =>
        Definitions.SingleOrDefault(d => string.Equals(d.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The children behind a headline measure at a date, within the scope.</summary>
    public static IQueryable<Child> ChildrenBehind(HeadlineMeasure measure, ChildRecordSources sources, DateOnly date, IQueryable<long>? scope)
    {
        ArgumentNullException.ThrowIfNull(sources);
        IQueryable<long> ids = measure switch
        {
            HeadlineMeasure.OpenReferrals or HeadlineMeasure.ChildrenInNeed =>
                sources.Referrals.Where(CaseloadRules.ReferralOpenAt(date)).Select(r => r.ChildId),
            HeadlineMeasure.ChildProtectionPlans =>
                sources.ChildProtectionPlans.Where(CaseloadRules.PlanOpenAt(date)).Select(p => p.ChildId),
            HeadlineMeasure.ChildrenLookedAfter =>
                sources.CareEpisodes.Where(CaseloadRules.LookedAfterAt(date)).Select(e => e.ChildId),
            HeadlineMeasure.CareLeavers => CareLeaverIds(sources, date),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
        };
        var children = sources.Children.Where(c => ids.Contains(c.Id));
        return scope is null ? children : children.Where(c => scope.Contains(c.Id));
    }

    /// <summary>The count for one measure. Open referrals count episodes; every other measure counts children.</summary>
    public static int Count(HeadlineMeasure measure, ChildRecordSources sources, DateOnly date, IQueryable<long>? scope)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (measure == HeadlineMeasure.OpenReferrals)
        {
            var open = sources.Referrals.Where(CaseloadRules.ReferralOpenAt(date));
            return scope is null ? open.Count() : open.Count(r => scope.Contains(r.ChildId));
        }

        return ChildrenBehind(measure, sources, date, scope).Count();
    }

    public static IReadOnlyList<HeadlineFigure> Compute(ChildRecordSources sources, DateOnly date, IQueryable<long>? scope) =>
        [.. Definitions.Select(d => new HeadlineFigure(d, Count(d.Measure, sources, date, scope)))];

    private static IQueryable<long> CareLeaverIds(ChildRecordSources sources, DateOnly date)
    {
        var bornOnOrBefore = date.AddYears(-17);
        var bornAfter = date.AddYears(-22);
        var lookedAfter = sources.CareEpisodes.Where(CaseloadRules.LookedAfterAt(date)).Select(e => e.ChildId);
        return sources.Children
            .Where(c => c.BirthDate != null && c.BirthDate <= bornOnOrBefore && c.BirthDate > bornAfter && c.DeathDate == null)
            .Where(c => !lookedAfter.Contains(c.Id))
            .Where(c => sources.CareEpisodes.Any(e =>
                e.ChildId == c.Id
                && e.EndDate != null
                && e.EndDate <= date
                && e.ReasonEpisodeCeased != "X1"
                && e.LegalStatus != "V3" && e.LegalStatus != "V4"
                && e.EndDate >= c.BirthDate!.Value.AddYears(16)))
            .Select(c => c.Id);
    }
}
