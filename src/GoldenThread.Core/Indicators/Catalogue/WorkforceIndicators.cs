using GoldenThread.Core.Model;

namespace GoldenThread.Core.Indicators.Catalogue;

internal static class WorkforceRules
{
    /// <summary>In post at the date: started on or before it and not left before it (the leaving day is still in post).</summary>
    public static bool InPostAt(Worker worker, DateOnly date) => worker.StartDate <= date && (worker.LeavingDate is null || worker.LeavingDate >= date);

    /// <summary>Registered social work roles the workforce census counts (personal advisers and directors are not).</summary>
    public static bool IsSocialWorkRole(Worker worker) =>
        worker.Role is WorkerRole.SocialWorker or WorkerRole.SeniorPractitioner or WorkerRole.TeamManager or WorkerRole.ServiceManager;
}

/// <summary>Supervision in timescale.</summary>
public sealed class SupervisionInTimescale : Indicator
{
    public override string Id => "supervision_in_timescale";

    public override string Name => "Case-holding workers supervised in timescale";

    public override string Definition =>
        "Of case-holding workers in post at the period's last day, the percentage whose latest supervision (or, before their first, their start "
        + "date) is no more than 42 days (six weeks, a local setting) before it.";

    public override string Numerator => "Case-holding workers whose last supervision is within 42 days of the date";

    public override string Denominator => "Case-holding workers in post at the date";

    public override string Population => "Case-holding workers";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override IndicatorSource Source => IndicatorSource.Local;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["Worker.IsCaseHolding", "Worker.StartDate", "Worker.LeavingDate", "SupervisionRecord.SupervisionDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        var date = period.End;
        foreach (var worker in context.Workers)
        {
            if (!worker.IsCaseHolding || !WorkforceRules.InPostAt(worker, date))
            {
                continue;
            }

            var last = IndicatorContext.LastOnOrBefore(context.SupervisionDates(worker.Id), date) ?? worker.StartDate;
            var inTime = date.DayNumber - last.DayNumber <= context.Settings.SupervisionIntervalDays;
            yield return IndicatorContext.WorkerCase(worker, inTime ? 1 : null, 1);
        }
    }
}

/// <summary>Caseload per case-holding full-time equivalent.</summary>
public sealed class CaseloadPerFte : Indicator
{
    public override string Id => "caseload_per_fte";

    public override string Name => "Caseload per case-holding FTE";

    public override string Definition =>
        "Cases allocated at the period's last day to case-holding workers, divided by the full-time equivalent of case-holding workers in post "
        + "on it. A child allocated to two workers is a case on each caseload. Cases count in the team the allocation records; FTE in the worker's team.";

    public override string Numerator => "Allocations current at the date to case-holding workers";

    public override string Denominator => "FTE of case-holding workers in post at the date";

    public override string Population => "Case-holding workers";

    public override IndicatorUnit Unit => IndicatorUnit.Ratio;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["Allocation.StartDate", "Allocation.EndDate", "Worker.IsCaseHolding", "Worker.Fte"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        var date = period.End;
        foreach (var a in context.AllocationsByStart.UpTo(date))
        {
            if ((a.EndDate is null || a.EndDate >= date) && context.WorkerById.TryGetValue(a.WorkerId, out var worker) && worker.IsCaseHolding)
            {
                yield return new IndicatorCase(a.ChildId, a.WorkerId, new Attribution(a.TeamId, a.WorkerId), 1, null);
            }
        }

        foreach (var worker in context.Workers)
        {
            if (worker.IsCaseHolding && WorkforceRules.InPostAt(worker, date))
            {
                yield return IndicatorContext.WorkerCase(worker, null, worker.Fte);
            }
        }
    }
}

/// <summary>Agency social workers.</summary>
public sealed class AgencyWorkerRate : Indicator
{
    public override string Id => "agency_worker_rate";

    public override string Name => "Agency social worker rate";

    public override string Definition =>
        "The full-time equivalent of agency workers as a percentage of the full-time equivalent of all children's social workers in post at the "
        + "period's last day (social workers, senior practitioners, team and service managers).";

    public override string Numerator => "FTE of agency social workers in post at the date";

    public override string Denominator => "FTE of all social workers in post at the date";

    public override string Population => "Children's social workers";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["Worker.Role", "Worker.IsAgency", "Worker.Fte", "Worker.StartDate", "Worker.LeavingDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        var date = period.End;
        foreach (var worker in context.Workers)
        {
            if (WorkforceRules.IsSocialWorkRole(worker) && WorkforceRules.InPostAt(worker, date))
            {
                yield return IndicatorContext.WorkerCase(worker, worker.IsAgency ? worker.Fte : null, worker.Fte);
            }
        }
    }
}

/// <summary>Open cases with no allocated worker.</summary>
public sealed class UnallocatedChildren : Indicator
{
    public override string Id => "unallocated_children";

    public override string Name => "Unallocated children";

    public override string Definition =>
        "Children with an open referral or looked after at the period's last day who have no allocation current on it. Each counts in the team "
        + "that last held the case (the latest allocation that ended before the day), or for the authority only if never allocated.";

    public override string Numerator => "Children in need or looked after at the date with no current allocation";

    public override string Denominator => string.Empty;

    public override string Population => "Children in need or looked after at the date";

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override IndicatorSource Source => IndicatorSource.Local;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["Referral.ReferralDate", "Referral.ClosureDate", "CareEpisode.StartDate", "CareEpisode.EndDate", "Allocation.StartDate", "Allocation.EndDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        var date = period.End;
        var open = new HashSet<long>(Populations.ChildrenInNeedAt(context, date).Select(c => c.Id));
        open.UnionWith(Populations.LookedAfterAt(context, date).Select(c => c.Child.Id));
        foreach (var childId in open.Order())
        {
            if (context.AttributeChild(childId, date).TeamId is not null)
            {
                continue;
            }

            var last = context.Child(childId)!.Allocations.Where(a => a.EndDate < date).MaxBy(a => a.EndDate);
            yield return new IndicatorCase(childId, null, last is null ? Attribution.None : new Attribution(last.TeamId, null), 1, null);
        }
    }
}
