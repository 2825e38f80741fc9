using GoldenThread.Core.Codes;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Chronology;

/// <summary>All the records held for one child.</summary>
public sealed record ChildRecordSet(
    Child Child,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<EarlyHelpEpisode> EarlyHelpEpisodes,
    IReadOnlyList<Referral> Referrals,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<ChildInNeedPlan> ChildInNeedPlans,
    IReadOnlyList<Section47Enquiry> Section47Enquiries,
    IReadOnlyList<InitialChildProtectionConference> Conferences,
    IReadOnlyList<ChildProtectionPlan> ChildProtectionPlans,
    IReadOnlyList<ChildProtectionReview> ChildProtectionReviews,
    IReadOnlyList<ChildProtectionVisit> ChildProtectionVisits,
    IReadOnlyList<CareEpisode> CareEpisodes,
    IReadOnlyList<CareReview> CareReviews,
    IReadOnlyList<CareVisit> CareVisits,
    IReadOnlyList<MissingEpisode> MissingEpisodes,
    IReadOnlyList<Allocation> Allocations,
    IReadOnlyDictionary<long, string> WorkerNames);

public enum ChronologyKind
{
    Birth,
    Contact,
    EarlyHelp,
    Referral,
    Assessment,
    ChildInNeedPlan,
    Section47,
    Conference,
    ChildProtectionPlan,
    Review,
    Visit,
    Care,
    Missing,
    Allocation,
}

/// <summary>One dated event in a child's chronology.</summary>
public sealed record ChronologyEvent(DateOnly Date, ChronologyKind Kind, string Title, string? Detail);

/// <summary>Builds a child's chronology: every dated event in their records, oldest first.</summary>
public static class ChildChronology
{
    public static IReadOnlyList<ChronologyEvent> Build(ChildRecordSet records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var events = new List<ChronologyEvent>();
        var child = records.Child;
        if (child.BirthDate is { } birth)
        {
            events.Add(new(birth, ChronologyKind.Birth, "Born", null));
        }

        foreach (var c in records.Contacts)
        {
            events.Add(new(c.ContactDate, ChronologyKind.Contact, "Contact received", c.NextStep is null ? null : $"Next step: {c.NextStep.Replace('_', ' ').ToLowerInvariant()}"));
        }

        foreach (var e in records.EarlyHelpEpisodes)
        {
            events.Add(new(e.StartDate, ChronologyKind.EarlyHelp, "Early help started", e.Provider));
            if (e.EndDate is { } end)
            {
                events.Add(new(end, ChronologyKind.EarlyHelp, "Early help ended", e.EndReason));
            }
        }

        foreach (var r in records.Referrals)
        {
            var need = CodeLists.Describe(CodeLists.PrimaryNeed, r.PrimaryNeedCode);
            events.Add(new(r.ReferralDate, ChronologyKind.Referral, r.IsNoFurtherAction ? "Referral: no further action" : "Referral accepted", $"Primary need: {need}"));
            if (r.ClosureDate is { } closed)
            {
                events.Add(new(closed, ChronologyKind.Referral, "Case closed", $"Reason: {CodeLists.Describe(CodeLists.ReasonForClosure, r.ClosureReason)}"));
            }
        }

        foreach (var a in records.Assessments)
        {
            events.Add(new(a.StartDate, ChronologyKind.Assessment, "Assessment started", WorkerText(records, a.WorkerId)));
            if (a.AuthorisationDate is { } authorised)
            {
                var seen = a.ChildSeen switch { true => "Child seen", false => "Child not seen", null => "Whether the child was seen is not recorded" };
                events.Add(new(authorised, ChronologyKind.Assessment, "Assessment completed and authorised", seen));
            }
        }

        foreach (var p in records.ChildInNeedPlans)
        {
            events.Add(new(p.StartDate, ChronologyKind.ChildInNeedPlan, "Child in need plan started", null));
            if (p.EndDate is { } end)
            {
                events.Add(new(end, ChronologyKind.ChildInNeedPlan, "Child in need plan ended", null));
            }
        }

        foreach (var s in records.Section47Enquiries)
        {
            events.Add(new(s.StartDate, ChronologyKind.Section47, "Section 47 enquiry started", s.ConferenceNotRequired ? "Initial conference not required" : null));
        }

        foreach (var c in records.Conferences)
        {
            events.Add(new(c.ConferenceDate, ChronologyKind.Conference, "Initial child protection conference", c.ResultedInPlan ? "Child protection plan agreed" : "No plan"));
        }

        foreach (var p in records.ChildProtectionPlans)
        {
            events.Add(new(p.StartDate, ChronologyKind.ChildProtectionPlan, "Child protection plan started", $"Category: {CodeLists.Describe(CodeLists.CategoryOfAbuse, p.InitialCategory)}"));
            if (p.EndDate is { } end)
            {
                events.Add(new(end, ChronologyKind.ChildProtectionPlan, "Child protection plan ended", null));
            }
        }

        foreach (var r in records.ChildProtectionReviews)
        {
            events.Add(new(r.ReviewDate, ChronologyKind.Review, "Child protection review conference", null));
        }

        foreach (var v in records.ChildProtectionVisits)
        {
            events.Add(new(v.VisitDate, ChronologyKind.Visit, "Child protection visit", VisitText(records, v.ChildSeen, v.ChildSeenAlone, v.WorkerId)));
        }

        foreach (var e in records.CareEpisodes)
        {
            var title = e.ReasonForNewEpisode == "S" ? "Started to be looked after" : $"Care episode: {CodeLists.Describe(CodeLists.ReasonForNewEpisode, e.ReasonForNewEpisode)}";
            events.Add(new(e.StartDate, ChronologyKind.Care, title, $"Legal status: {CodeLists.Describe(CodeLists.LegalStatus, e.LegalStatus)}. Placement: {CodeLists.Describe(CodeLists.PlacementType, e.PlacementType)}"));
            if (e.EndDate is { } end && e.ReasonEpisodeCeased != "X1")
            {
                events.Add(new(end, ChronologyKind.Care, "Ceased to be looked after", $"Reason: {CodeLists.Describe(CodeLists.ReasonEpisodeCeased, e.ReasonEpisodeCeased)}"));
            }
        }

        foreach (var r in records.CareReviews)
        {
            events.Add(new(r.ReviewDate, ChronologyKind.Review, "Looked-after child review", r.ParticipationCode is null ? null : $"Participation: {r.ParticipationCode}"));
        }

        foreach (var v in records.CareVisits)
        {
            events.Add(new(v.VisitDate, ChronologyKind.Visit, "Looked-after child visit", VisitText(records, v.ChildSeen, v.ChildSeenAlone, v.WorkerId)));
        }

        foreach (var m in records.MissingEpisodes)
        {
            events.Add(new(m.StartDate, ChronologyKind.Missing, m.Kind == "A" ? "Away from placement without authorisation" : "Missing from placement", m.EndDate is { } end ? $"Returned {end:d MMM yyyy}" : "Return not recorded"));
        }

        foreach (var a in records.Allocations)
        {
            events.Add(new(a.StartDate, ChronologyKind.Allocation, "Allocated to a worker", WorkerText(records, a.WorkerId)));
        }

        return [.. events.OrderBy(e => e.Date).ThenBy(e => e.Kind)];
    }

    private static string? WorkerText(ChildRecordSet records, long? workerId) =>
        workerId is { } id && records.WorkerNames.TryGetValue(id, out var name) ? $"Worker: {name}" : null;

    private static string VisitText(ChildRecordSet records, bool seen, bool seenAlone, long? workerId)
    {
        var text = seen ? (seenAlone ? "Child seen alone" : "Child seen") : "Child not seen";
        return WorkerText(records, workerId) is { } worker ? $"{text}. {worker}" : text;
    }
}
