using System.Globalization;
using System.Text.RegularExpressions;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.Ssda903;

// PrevPerm (PREV_PERM, LA_PERM, DATE_PERM) and SWEpisodes (SW_ID, SW_DECOM, SW_DEC, SW_REASON).

/// <summary>A period of care starting on or after 1 April (RNE S) must have previous permanence information.</summary>
public sealed class Rule630() : Ssda903Rule("630")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where !c.PrevPerm.Any(p => Ssda903Codes.Has(p.Option))
        from e in c.Episodes
        where e.ReasonForNewEpisode == "S" && e.StartDate >= index.PeriodStart && e.StartDate <= index.ReferenceDate
        select Finding(index, c, e, "Episodes", "RNE", e.ReasonForNewEpisode);
}

/// <summary>PREV_PERM, when given, must be P1, P2, P3, P4 or Z1.</summary>
public sealed class Rule631() : Ssda903Rule("631")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        from p in c.PrevPerm
        where Ssda903Codes.Invalid(p.Option, Ssda903Codes.PreviousPermanence)
        select Finding(index, c, p, "PrevPerm", "PREV_PERM", p.Option);
}

/// <summary>
/// DATE_PERM, when given, must be dd/mm/yyyy with zz allowed for an unknown day or month, and must not be after the start of the
/// latest period of care (as far as the known parts show).
/// </summary>
public sealed partial class Rule632() : Ssda903Rule("632")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            foreach (var p in c.PrevPerm)
            {
                if (Ssda903Codes.Has(p.OrderDate) && !Valid(p.OrderDate!.Trim(), c.LatestPeriodStart?.StartDate))
                {
                    yield return Finding(index, c, p, "PrevPerm", "DATE_PERM", p.OrderDate);
                }
            }
        }
    }

    private static bool Valid(string text, DateOnly? periodStart)
    {
        var match = PartialDate().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups["m"].Value == "zz" ? null : int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        int? day = match.Groups["d"].Value == "zz" ? null : int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || (day is not null && month is null) || year < 1900)
        {
            return false;
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            return false;
        }

        if (periodStart is not { } start)
        {
            return true;
        }

        // The earliest date the known parts allow must not be after the period of care began.
        var earliest = new DateOnly(year, month ?? 1, day ?? 1);
        return earliest <= start;
    }

    [GeneratedRegex("^(?<d>[0-9]{2}|zz)/(?<m>[0-9]{2}|zz)/(?<y>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex PartialDate();
}

/// <summary>Previous permanence entries for a child whose latest period of care began before 1 April 2016.</summary>
public sealed class Rule634() : Ssda903Rule("634")
{
    private static readonly DateOnly From = new(2016, 4, 1);

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.LatestPeriodStart is { } start && start.StartDate < From
        from p in c.PrevPerm
        where Ssda903Codes.Has(p.Option) || Ssda903Codes.Has(p.AuthorityCode) || Ssda903Codes.Has(p.OrderDate)
        select Finding(index, c, p, "PrevPerm", "PREV_PERM", p.Option);
}

/// <summary>PREV_PERM Z1 (no previous permanence) but LA_PERM or DATE_PERM completed.</summary>
public sealed class Rule635() : Ssda903Rule("635")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        from p in c.PrevPerm
        where p.Option == "Z1" && (Ssda903Codes.Has(p.AuthorityCode) || Ssda903Codes.Has(p.OrderDate))
        select Finding(index, c, p, "PrevPerm", "PREV_PERM", p.Option);
}

/// <summary>A rule that flags single social worker episodes.</summary>
public abstract class SocialWorkerRule(string code, string field) : Ssda903Rule(code)
{
    protected abstract bool Flags(Ssda903Index index, ChildFile child, int position);

    protected abstract string? ValueOf(SocialWorkerEpisode episode);

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            for (var i = 0; i < c.SocialWorkers.Count; i++)
            {
                if (Flags(index, c, i))
                {
                    yield return Finding(index, c, c.SocialWorkers[i], "SWEpisodes", field, ValueOf(c.SocialWorkers[i]));
                }
            }
        }
    }
}

/// <summary>SW_DECOM and SW_ID must be completed (SW_DECOM is always held in the model, so SW_ID is what can be missing).</summary>
public sealed class RuleSw01aStg1() : SocialWorkerRule("SW01aSTG1", "SW_ID")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, int position) => !Ssda903Codes.Has(child.SocialWorkers[position].SocialWorkerId);

    protected override string? ValueOf(SocialWorkerEpisode episode) => episode.SocialWorkerId;
}

/// <summary>An ended social worker episode (SW_DEC) must have SW_ID and SW_REASON, the reason the episode ended.</summary>
public sealed class RuleSw01bStg1() : SocialWorkerRule("SW01bSTG1", "SW_REASON")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, int position)
    {
        var e = child.SocialWorkers[position];
        return e.EndDate is not null && (!Ssda903Codes.Has(e.EndReason) || !Ssda903Codes.Has(e.SocialWorkerId));
    }

    protected override string? ValueOf(SocialWorkerEpisode episode) => episode.EndReason;
}

/// <summary>SW_ID must begin with SW (Social Work England registration) or XX.</summary>
public sealed class RuleSw02Stg1() : SocialWorkerRule("SW02STG1", "SW_ID")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, int position) =>
        child.SocialWorkers[position].SocialWorkerId is { } id && Ssda903Codes.Has(id)
        && !id.StartsWith("SW", StringComparison.Ordinal) && !id.StartsWith("XX", StringComparison.Ordinal);

    protected override string? ValueOf(SocialWorkerEpisode episode) => episode.SocialWorkerId;
}

/// <summary>SW_DECOM after 31 March.</summary>
public sealed class RuleSw06Stg2() : SocialWorkerRule("SW06STG2", "SW_DECOM")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, int position) => child.SocialWorkers[position].StartDate > index.ReferenceDate;

    protected override string? ValueOf(SocialWorkerEpisode episode) => Text(episode.StartDate);
}

/// <summary>SW_DEC before the start of the social worker reporting period (1 April a year before the collection year) or after 31 March.</summary>
public sealed class RuleSw07Stg2() : SocialWorkerRule("SW07STG2", "SW_DEC")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, int position) =>
        child.SocialWorkers[position].EndDate is { } dec && (dec < index.PeriodStart.AddYears(-1) || dec > index.ReferenceDate);

    protected override string? ValueOf(SocialWorkerEpisode episode) => Text(episode.EndDate);
}

/// <summary>A social worker episode other than the latest has no SW_DEC.</summary>
public sealed class RuleSw08Stg2() : SocialWorkerRule("SW08STG2", "SW_DEC")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, int position) =>
        position < child.SocialWorkers.Count - 1 && child.SocialWorkers[position].EndDate is null;

    protected override string? ValueOf(SocialWorkerEpisode episode) => Text(episode.EndDate);
}

/// <summary>A social worker episode ending the day it began.</summary>
public sealed class RuleSw09Stg2() : SocialWorkerRule("SW09STG2", "SW_DEC")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, int position) =>
        child.SocialWorkers[position].EndDate == child.SocialWorkers[position].StartDate;

    protected override string? ValueOf(SocialWorkerEpisode episode) => Text(episode.EndDate);
}

/// <summary>A social worker episode starting before the previous one ended.</summary>
public sealed class RuleSw10Stg2() : SocialWorkerRule("SW10STG2", "SW_DECOM")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, int position) =>
        position > 0 && child.SocialWorkers[position].StartDate < child.SocialWorkers[position - 1].EndDate;

    protected override string? ValueOf(SocialWorkerEpisode episode) => Text(episode.StartDate);
}

/// <summary>The latest social worker episode ended before 31 March with no later episode, while the child was still looked after then.</summary>
public sealed class RuleSw11bStg2() : SocialWorkerRule("SW11bSTG2", "SW_DEC")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, int position) =>
        position == child.SocialWorkers.Count - 1 && child.SocialWorkers[position].EndDate < index.ReferenceDate && child.LookedAfterOn(index.ReferenceDate);

    protected override string? ValueOf(SocialWorkerEpisode episode) => Text(episode.EndDate);
}

/// <summary>SW_REASON, when given, must be a reason for social worker change code.</summary>
public sealed class RuleSw13Stg1() : SocialWorkerRule("SW13STG1", "SW_REASON")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, int position) =>
        Ssda903Codes.Invalid(child.SocialWorkers[position].EndReason, Ssda903Codes.SocialWorkerReason);

    protected override string? ValueOf(SocialWorkerEpisode episode) => episode.EndReason;
}

/// <summary>
/// A child looked after on 31 March must have social worker episodes for the whole year: from 1 April, or from the start of the
/// current period of care when it began later.
/// </summary>
public sealed class RuleSw12Stg2() : Ssda903Rule("SW12STG2")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            if (!c.LookedAfterOn(index.ReferenceDate))
            {
                continue;
            }

            var periodStart = c.LatestPeriodStart!.StartDate;
            var needFrom = periodStart > index.PeriodStart ? periodStart : index.PeriodStart;
            if (c.SocialWorkers.Count == 0 || c.SocialWorkers[0].StartDate > needFrom)
            {
                var record = c.SocialWorkers.Count > 0 ? (object)c.SocialWorkers[0] : c.Child;
                yield return Finding(index, c, record, "SWEpisodes", "SW_DECOM", Text(c.SocialWorkers.Count > 0 ? c.SocialWorkers[0].StartDate : null));
            }
        }
    }
}
