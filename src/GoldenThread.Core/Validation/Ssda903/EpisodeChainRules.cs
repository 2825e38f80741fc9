using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.Ssda903;

// Episodes: rules that read a child's episodes in order (each with the one before or after it, or the whole period of care).

/// <summary>A rule that looks at each episode with the episode before it (by DECOM).</summary>
public abstract class ConsecutiveEpisodeRule(string code, string field) : Ssda903Rule(code)
{
    protected abstract bool Flags(CareEpisode previous, CareEpisode episode);

    protected abstract string? ValueOf(CareEpisode episode);

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            for (var i = 1; i < c.Episodes.Count; i++)
            {
                if (Flags(c.Episodes[i - 1], c.Episodes[i]))
                {
                    yield return Finding(index, c, c.Episodes[i], "Episodes", field, ValueOf(c.Episodes[i]));
                }
            }
        }
    }

    /// <summary>True when the two episodes are the same placement: PLACE, PL_POST, URN and PLACE_PROVIDER all unchanged.</summary>
    protected static bool SamePlacement(CareEpisode a, CareEpisode b) =>
        a.PlacementType == b.PlacementType && a.PlacementPostcode == b.PlacementPostcode && a.Urn == b.Urn && a.PlacementProvider == b.PlacementProvider;
}

/// <summary>Every episode but the latest must have DEC and REC.</summary>
public sealed class Rule142() : Ssda903Rule("142")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            for (var i = 0; i < c.Episodes.Count - 1; i++)
            {
                var e = c.Episodes[i];
                if (e.EndDate is null || !Ssda903Codes.Has(e.ReasonEpisodeCeased))
                {
                    yield return Finding(index, c, e, "Episodes", "DEC", Text(e.EndDate));
                }
            }
        }
    }
}

/// <summary>The first episode starts before the child was born.</summary>
public sealed class Rule302() : Ssda903Rule("302")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.FirstEpisode is { } first && first.StartDate < c.Child.BirthDate
        select Finding(index, c, c.FirstEpisode!, "Episodes", "DECOM", Text(c.FirstEpisode!.StartDate));
}

/// <summary>
/// The child's first episode must have RNE S. The first episode of the return is the child's first ever when it starts on or after
/// 1 April (an earlier episode ending in the year would be in the return); one starting before 1 April continues last year's.
/// </summary>
public sealed class Rule357() : Ssda903Rule("357")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.FirstEpisode is { } first && first.StartDate >= index.PeriodStart && first.ReasonForNewEpisode != "S"
            && (c.LastYear is null || c.LastYear.Episodes.Count == 0)
        select Finding(index, c, c.FirstEpisode!, "Episodes", "RNE", c.FirstEpisode!.ReasonForNewEpisode);
}

/// <summary>
/// A legal status with a statutory maximum (361 to 364): consecutive episodes under the same status are one stay, measured from the
/// first DECOM to the last DEC (31 March when still open).
/// </summary>
public abstract class LegalStatusDurationRule(string code, string legalStatus, int maximumDays) : Ssda903Rule(code)
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            var i = 0;
            while (i < c.Episodes.Count)
            {
                if (c.Episodes[i].LegalStatus != legalStatus)
                {
                    i++;
                    continue;
                }

                var j = i;
                while (j + 1 < c.Episodes.Count && c.Episodes[j + 1].LegalStatus == legalStatus && c.Episodes[j].EndDate == c.Episodes[j + 1].StartDate)
                {
                    j++;
                }

                var days = (c.Episodes[j].EndDate ?? index.ReferenceDate).DayNumber - c.Episodes[i].StartDate.DayNumber;
                if (days > maximumDays)
                {
                    for (var k = i; k <= j; k++)
                    {
                        yield return Finding(index, c, c.Episodes[k], "Episodes", "DEC", Text(c.Episodes[k].EndDate));
                    }
                }

                i = j + 1;
            }
        }
    }
}

/// <summary>Police protection (L1) for more than 72 hours.</summary>
public sealed class Rule361() : LegalStatusDurationRule("361", "L1", 3);

/// <summary>Emergency protection order (L2) for more than 21 days.</summary>
public sealed class Rule362() : LegalStatusDurationRule("362", "L2", 21);

/// <summary>Child assessment order (L3) for more than 7 days.</summary>
public sealed class Rule363() : LegalStatusDurationRule("363", "L3", 7);

/// <summary>Detained under PACE (J2) for more than 21 days in a stay.</summary>
public sealed class Rule364() : LegalStatusDurationRule("364", "J2", 21);

/// <summary>More than 75 days of short-term breaks (V3) within the collection year.</summary>
public sealed class Rule367() : Ssda903Rule("367")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            var breaks = c.Episodes.Where(e => e.LegalStatus == "V3" && e.StartDate <= index.ReferenceDate && (e.EndDate is null || e.EndDate >= index.PeriodStart)).ToList();
            var days = breaks.Sum(e =>
            {
                var from = e.StartDate < index.PeriodStart ? index.PeriodStart : e.StartDate;
                var to = e.EndDate is { } dec && dec < index.ReferenceDate ? dec : index.ReferenceDate;
                return Math.Max(0, to.DayNumber - from.DayNumber);
            });
            if (days > 75)
            {
                foreach (var e in breaks)
                {
                    yield return Finding(index, c, e, "Episodes", "LS", e.LegalStatus);
                }
            }
        }
    }
}

/// <summary>More than two placements for a foster carer's holiday (T3) in the collection year.</summary>
public sealed class Rule377() : Ssda903Rule("377")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            var holidays = c.Episodes.Where(e => e.PlacementType == "T3" && e.StartDate >= index.PeriodStart && e.StartDate <= index.ReferenceDate).ToList();
            if (holidays.Count > 2)
            {
                foreach (var e in holidays)
                {
                    yield return Finding(index, c, e, "Episodes", "PLACE", e.PlacementType);
                }
            }
        }
    }
}

/// <summary>After a temporary placement (T0 to T4) the child returns to the placement before it: the next PLACE must equal the previous one.</summary>
public sealed class Rule383() : Ssda903Rule("383")
{
    public override IReadOnlyList<string> Years => Only202425;

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            for (var i = 1; i < c.Episodes.Count - 1; i++)
            {
                var e = c.Episodes[i];
                var before = c.Episodes[i - 1];
                var after = c.Episodes[i + 1];
                if (Ssda903Codes.In(e.PlacementType, Ssda903Codes.Temporary) && before.EndDate == e.StartDate && e.EndDate == after.StartDate
                    && !Ssda903Codes.In(after.PlacementType, Ssda903Codes.Temporary) && before.PlacementType != after.PlacementType)
                {
                    yield return Finding(index, c, after, "Episodes", "PLACE", after.PlacementType);
                }
            }
        }
    }
}

/// <summary>
/// REC X1 (a new episode begins the same day) must be followed by an episode starting on the DEC, and the last episode cannot end X1;
/// an episode that ends with another reason must not be followed by one starting the same day (that would be a continuation, X1).
/// </summary>
public sealed class Rule388() : Ssda903Rule("388")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            for (var i = 0; i < c.Episodes.Count; i++)
            {
                var e = c.Episodes[i];
                if (e.EndDate is not { } dec || !Ssda903Codes.Has(e.ReasonEpisodeCeased))
                {
                    continue;
                }

                var next = i + 1 < c.Episodes.Count ? c.Episodes[i + 1] : null;
                var flag = e.ReasonEpisodeCeased == "X1" ? next is null || next.StartDate != dec : next is not null && next.StartDate == dec;
                if (flag)
                {
                    yield return Finding(index, c, e, "Episodes", "REC", e.ReasonEpisodeCeased);
                }
            }
        }
    }
}

/// <summary>Both V3 and V4 short breaks for one child in the year.</summary>
public sealed class Rule426() : Ssda903Rule("426")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            var inYear = c.Episodes.Where(e => e.IsShortBreak && e.StartDate <= index.ReferenceDate && (e.EndDate is null || e.EndDate >= index.PeriodStart)).ToList();
            if (inYear.Exists(e => e.LegalStatus == "V3") && inYear.Exists(e => e.LegalStatus == "V4"))
            {
                foreach (var e in inYear)
                {
                    yield return Finding(index, c, e, "Episodes", "LS", e.LegalStatus);
                }
            }
        }
    }
}

/// <summary>RNE S although the previous episode ended the same day.</summary>
public sealed class Rule431() : ConsecutiveEpisodeRule("431", "RNE")
{
    protected override bool Flags(CareEpisode previous, CareEpisode episode) =>
        episode.ReasonForNewEpisode == "S" && previous.EndDate == episode.StartDate;

    protected override string? ValueOf(CareEpisode episode) => episode.ReasonForNewEpisode;
}

/// <summary>The previous episode ended care (REC other than X1) but RNE is not S.</summary>
public sealed class Rule432() : ConsecutiveEpisodeRule("432", "RNE")
{
    protected override bool Flags(CareEpisode previous, CareEpisode episode) =>
        Ssda903Codes.Has(previous.ReasonEpisodeCeased) && previous.ReasonEpisodeCeased != "X1"
        && Ssda903Codes.Has(episode.ReasonForNewEpisode) && episode.ReasonForNewEpisode != "S";

    protected override string? ValueOf(CareEpisode episode) => episode.ReasonForNewEpisode;
}

/// <summary>A continuation RNE (P, L, T, U, B) but the episode does not start on the previous DEC.</summary>
public sealed class Rule433() : ConsecutiveEpisodeRule("433", "DECOM")
{
    protected override bool Flags(CareEpisode previous, CareEpisode episode) =>
        episode.ReasonForNewEpisode is "P" or "L" or "T" or "U" or "B" && previous.EndDate != episode.StartDate;

    protected override string? ValueOf(CareEpisode episode) => Text(episode.StartDate);
}

/// <summary>RNE L (legal status only) but LS is unchanged or the placement changed.</summary>
public sealed class Rule434() : ConsecutiveEpisodeRule("434", "RNE")
{
    protected override bool Flags(CareEpisode previous, CareEpisode episode) =>
        episode.ReasonForNewEpisode == "L" && previous.ReasonEpisodeCeased == "X1"
        && (episode.LegalStatus == previous.LegalStatus || !SamePlacement(previous, episode));

    protected override string? ValueOf(CareEpisode episode) => episode.ReasonForNewEpisode;
}

/// <summary>RNE P or T (placement only) but LS changed or the placement did not.</summary>
public sealed class Rule435() : ConsecutiveEpisodeRule("435", "RNE")
{
    protected override bool Flags(CareEpisode previous, CareEpisode episode) =>
        episode.ReasonForNewEpisode is "P" or "T" && previous.ReasonEpisodeCeased == "X1"
        && (episode.LegalStatus != previous.LegalStatus || SamePlacement(previous, episode));

    protected override string? ValueOf(CareEpisode episode) => episode.ReasonForNewEpisode;
}

/// <summary>RNE B or U (legal status and placement) but LS or the placement is unchanged.</summary>
public sealed class Rule436() : ConsecutiveEpisodeRule("436", "RNE")
{
    protected override bool Flags(CareEpisode previous, CareEpisode episode) =>
        episode.ReasonForNewEpisode is "B" or "U" && previous.ReasonEpisodeCeased == "X1"
        && (episode.LegalStatus == previous.LegalStatus || SamePlacement(previous, episode));

    protected override string? ValueOf(CareEpisode episode) => episode.ReasonForNewEpisode;
}

/// <summary>Care ended because the child died (E2) or was assessed as 18 or over (E15), yet a later episode follows.</summary>
public sealed class Rule437() : Ssda903Rule("437")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            for (var i = 0; i < c.Episodes.Count - 1; i++)
            {
                var e = c.Episodes[i];
                if (e.ReasonEpisodeCeased is "E2" or "E15")
                {
                    yield return Finding(index, c, e, "Episodes", "REC", e.ReasonEpisodeCeased);
                }
            }
        }
    }
}

/// <summary>An episode starts before the previous one ended.</summary>
public sealed class Rule501() : ConsecutiveEpisodeRule("501", "DECOM")
{
    protected override bool Flags(CareEpisode previous, CareEpisode episode) => episode.StartDate < previous.EndDate;

    protected override string? ValueOf(CareEpisode episode) => Text(episode.StartDate);
}

/// <summary>CIN differs from the category of need at the start of the period of care.</summary>
public sealed class Rule504() : Ssda903Rule("504")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            for (var i = 1; i < c.Episodes.Count; i++)
            {
                var e = c.Episodes[i];
                var start = c.PeriodStartOf(i);
                if (!ReferenceEquals(start, e) && Ssda903Codes.Has(e.CategoryOfNeed) && Ssda903Codes.Has(start.CategoryOfNeed) && e.CategoryOfNeed != start.CategoryOfNeed)
                {
                    yield return Finding(index, c, e, "Episodes", "CIN", e.CategoryOfNeed);
                }
            }
        }
    }
}

/// <summary>
/// REASON_PLACE_CHANGE must be given on an episode that ends X1 when the next episode is a change of placement (RNE P, B, T or U)
/// and neither placement is temporary.
/// </summary>
public sealed class Rule225() : Ssda903Rule("225")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            for (var i = 0; i < c.Episodes.Count - 1; i++)
            {
                var e = c.Episodes[i];
                var next = c.Episodes[i + 1];
                if (e.ReasonEpisodeCeased == "X1" && !Ssda903Codes.Has(e.ReasonPlaceChange)
                    && !Ssda903Codes.In(e.PlacementType, Ssda903Codes.Temporary) && !Ssda903Codes.In(next.PlacementType, Ssda903Codes.Temporary)
                    && next.ReasonForNewEpisode is "P" or "B" or "T" or "U")
                {
                    yield return Finding(index, c, e, "Episodes", "REASON_PLACE_CHANGE", null);
                }
            }
        }
    }
}

/// <summary>REASON_PLACE_CHANGE given on a temporary placement, or on the episode just before one.</summary>
public sealed class Rule226() : Ssda903Rule("226")
{
    public override IReadOnlyList<string> Years => Only202425;

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            for (var i = 0; i < c.Episodes.Count; i++)
            {
                var e = c.Episodes[i];
                if (Ssda903Codes.In(e.PlacementType, Ssda903Codes.Temporary)
                    && (Ssda903Codes.Has(e.ReasonPlaceChange) || (i > 0 && Ssda903Codes.Has(c.Episodes[i - 1].ReasonPlaceChange))))
                {
                    yield return Finding(index, c, e, "Episodes", "REASON_PLACE_CHANGE", e.ReasonPlaceChange ?? c.Episodes[i - 1].ReasonPlaceChange);
                }
            }
        }
    }
}

/// <summary>
/// Previously adopted from care: an episode starting after an episode that ended in adoption (E11/E12), reading this year's and
/// last year's episodes. The adoption episode itself (in either year's return) is not flagged.
/// </summary>
public sealed class Rule199() : Ssda903Rule("199")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            DateOnly? adoption = null;
            foreach (var e in (c.LastYear?.Episodes ?? []).Concat(c.Episodes))
            {
                if (Ssda903Codes.In(e.ReasonEpisodeCeased, Ssda903Codes.Adopted) && (adoption is null || e.StartDate < adoption))
                {
                    adoption = e.StartDate;
                }
            }

            if (adoption is not { } adopted)
            {
                continue;
            }

            foreach (var e in c.Episodes)
            {
                if (e.StartDate > adopted)
                {
                    yield return Finding(index, c, e, "Episodes", "CHILD", c.LaChildId);
                }
            }
        }
    }
}
