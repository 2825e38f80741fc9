using GoldenThread.Core.Caseload;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;

namespace GoldenThread.Testing;

/// <summary>
/// Fluent builder for hand-worked child-level test data:
/// <c>records.AChild().BornOn(...).WithReferral(...).WithPlan(...)</c>.
/// Ids are assigned in order so tests can state them.
/// </summary>
public sealed class TestRecords
{
    private long _nextId = 1;

    public List<OrgUnit> OrgUnits { get; } = [];

    public List<Worker> Workers { get; } = [];

    public List<Child> Children { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public List<Assessment> Assessments { get; } = [];

    public List<ChildProtectionPlan> ChildProtectionPlans { get; } = [];

    public List<CareEpisode> CareEpisodes { get; } = [];

    public List<Allocation> Allocations { get; } = [];

    public List<Section47Enquiry> Section47Enquiries { get; } = [];

    public List<InitialChildProtectionConference> InitialChildProtectionConferences { get; } = [];

    public List<ChildProtectionReview> ChildProtectionReviews { get; } = [];

    public List<ChildProtectionVisit> ChildProtectionVisits { get; } = [];

    public List<CareReview> CareReviews { get; } = [];

    public List<CareVisit> CareVisits { get; } = [];

    public List<MissingEpisode> MissingEpisodes { get; } = [];

    public List<CareLeaverRecord> CareLeaverRecords { get; } = [];

    public List<AdoptionRecord> AdoptionRecords { get; } = [];

    public List<SupervisionRecord> SupervisionRecords { get; } = [];

    /// <summary>Everything built so far as the in-memory input of the indicators.</summary>
    public IndicatorInput IndicatorInput() => new()
    {
        OrgUnits = OrgUnits,
        Workers = Workers,
        Children = Children,
        Referrals = Referrals,
        Assessments = Assessments,
        Section47Enquiries = Section47Enquiries,
        InitialChildProtectionConferences = InitialChildProtectionConferences,
        ChildProtectionPlans = ChildProtectionPlans,
        ChildProtectionReviews = ChildProtectionReviews,
        ChildProtectionVisits = ChildProtectionVisits,
        CareEpisodes = CareEpisodes,
        CareReviews = CareReviews,
        CareVisits = CareVisits,
        MissingEpisodes = MissingEpisodes,
        CareLeaverRecords = CareLeaverRecords,
        AdoptionRecords = AdoptionRecords,
        Allocations = Allocations,
        SupervisionRecords = SupervisionRecords,
    };

    public ChildRecordSources Sources() => new(
        Children.AsQueryable(),
        Referrals.AsQueryable(),
        ChildProtectionPlans.AsQueryable(),
        CareEpisodes.AsQueryable(),
        Allocations.AsQueryable(),
        OrgUnits.AsQueryable());

    public long NextId() => _nextId++;

    public OrgUnit AnOrgUnit(string code, OrgUnitKind kind, OrgUnit? parent = null)
    {
        var unit = new OrgUnit { Id = NextId(), Code = code, Name = $"{code} (test)", Kind = kind, ParentId = parent?.Id };
        OrgUnits.Add(unit);
        return unit;
    }

    public Worker AWorker(
        OrgUnit team,
        string staffId,
        decimal fte = 1m,
        bool isAgency = false,
        WorkerRole role = WorkerRole.SocialWorker,
        bool isCaseHolding = true,
        DateOnly? start = null,
        DateOnly? leaving = null)
    {
        var worker = new Worker
        {
            Id = NextId(),
            StaffId = staffId,
            DisplayName = $"Worker {staffId} (test)",
            JobTitle = "Social worker",
            Role = role,
            Fte = fte,
            IsAgency = isAgency,
            IsCaseHolding = isCaseHolding,
            TeamId = team.Id,
            StartDate = start ?? new DateOnly(2020, 1, 1),
            LeavingDate = leaving,
        };
        Workers.Add(worker);
        return worker;
    }

    /// <summary>A supervision session of <paramref name="worker"/> on the date.</summary>
    public SupervisionRecord ASupervision(Worker worker, DateOnly date, Worker? supervisor = null)
    {
        var record = new SupervisionRecord { Id = NextId(), WorkerId = worker.Id, SupervisorId = supervisor?.Id ?? 0, SupervisionDate = date };
        SupervisionRecords.Add(record);
        return record;
    }

    public ChildBuilder AChild(string? laChildId = null)
    {
        var id = NextId();
        var child = new Child { Id = id, LaChildId = laChildId ?? $"TEST{id:D6}", GivenName = "Test", FamilyName = $"Child{id}", Sex = "F" };
        Children.Add(child);
        return new ChildBuilder(this, child);
    }
}

public sealed class ChildBuilder(TestRecords records, Child child)
{
    public Child Child => child;

    public long Id => child.Id;

    public ChildBuilder BornOn(DateOnly date)
    {
        child.BirthDate = date;
        return this;
    }

    public ChildBuilder WithReferral(DateOnly date, DateOnly? closed = null, bool noFurtherAction = false)
    {
        records.Referrals.Add(new Referral { Id = records.NextId(), ChildId = child.Id, ReferralDate = date, ClosureDate = closed, IsNoFurtherAction = noFurtherAction, ClosureReason = closed is null ? null : "RC7" });
        return this;
    }

    public ChildBuilder WithAssessment(DateOnly start, DateOnly? authorised, bool? childSeen = null)
    {
        var referral = records.Referrals.Last(r => r.ChildId == child.Id);
        records.Assessments.Add(new Assessment { Id = records.NextId(), ChildId = child.Id, ReferralId = referral.Id, StartDate = start, AuthorisationDate = authorised, ChildSeen = childSeen });
        return this;
    }

    /// <summary>A section 47 enquiry on the child's latest referral.</summary>
    public ChildBuilder WithSection47(DateOnly start)
    {
        var referral = records.Referrals.Last(r => r.ChildId == child.Id);
        records.Section47Enquiries.Add(new Section47Enquiry { Id = records.NextId(), ChildId = child.Id, ReferralId = referral.Id, StartDate = start });
        return this;
    }

    /// <summary>An initial conference on the latest referral, linked to the child's latest section 47 enquiry unless <paramref name="linked"/> is false.</summary>
    public ChildBuilder WithInitialConference(DateOnly date, bool linked = true)
    {
        var referral = records.Referrals.Last(r => r.ChildId == child.Id);
        var enquiry = linked ? records.Section47Enquiries.LastOrDefault(s => s.ChildId == child.Id) : null;
        records.InitialChildProtectionConferences.Add(new InitialChildProtectionConference
        {
            Id = records.NextId(),
            ChildId = child.Id,
            ReferralId = referral.Id,
            Section47EnquiryId = enquiry?.Id,
            ConferenceDate = date,
            ResultedInPlan = true,
        });
        return this;
    }

    /// <summary>A review conference of the child's latest plan.</summary>
    public ChildBuilder WithChildProtectionReview(DateOnly date)
    {
        var plan = records.ChildProtectionPlans.Last(p => p.ChildId == child.Id);
        records.ChildProtectionReviews.Add(new ChildProtectionReview { Id = records.NextId(), ChildId = child.Id, ChildProtectionPlanId = plan.Id, ReviewDate = date });
        return this;
    }

    /// <summary>A visit under the child's latest plan.</summary>
    public ChildBuilder WithChildProtectionVisit(DateOnly date, bool childSeen = true)
    {
        var plan = records.ChildProtectionPlans.Last(p => p.ChildId == child.Id);
        records.ChildProtectionVisits.Add(new ChildProtectionVisit { Id = records.NextId(), ChildId = child.Id, ChildProtectionPlanId = plan.Id, VisitDate = date, ChildSeen = childSeen, ChildSeenAlone = childSeen });
        return this;
    }

    public ChildBuilder WithCareReview(DateOnly date, string? participation = "PN1")
    {
        records.CareReviews.Add(new CareReview { Id = records.NextId(), ChildId = child.Id, ReviewDate = date, ParticipationCode = participation });
        return this;
    }

    public ChildBuilder WithCareVisit(DateOnly date, bool childSeen = true)
    {
        records.CareVisits.Add(new CareVisit { Id = records.NextId(), ChildId = child.Id, VisitDate = date, ChildSeen = childSeen, ChildSeenAlone = childSeen });
        return this;
    }

    public ChildBuilder WithMissingEpisode(DateOnly start, DateOnly? end = null, string kind = "M")
    {
        records.MissingEpisodes.Add(new MissingEpisode { Id = records.NextId(), ChildId = child.Id, Kind = kind, StartDate = start, EndDate = end });
        return this;
    }

    /// <summary>An OC3 record for a collection year such as 2024-25.</summary>
    public ChildBuilder WithCareLeaverRecord(string collectionYear, string? inTouch = "YES", string? activity = "F2", string? accommodation = "U1")
    {
        records.CareLeaverRecords.Add(new CareLeaverRecord { Id = records.NextId(), ChildId = child.Id, CollectionYear = collectionYear, InTouch = inTouch, Activity = activity, Accommodation = accommodation });
        return this;
    }

    public ChildBuilder WithAdoption(DateOnly? placementOrder, DateOnly? match, DateOnly? placed, DateOnly? adopted)
    {
        records.AdoptionRecords.Add(new AdoptionRecord
        {
            Id = records.NextId(),
            ChildId = child.Id,
            DecisionDate = placementOrder,
            PlacementOrderDate = placementOrder,
            MatchDate = match,
            PlacedDate = placed,
            AdoptionOrderDate = adopted,
        });
        return this;
    }

    public ChildBuilder WithChildProtectionPlan(DateOnly start, DateOnly? end = null)
    {
        var referral = records.Referrals.LastOrDefault(r => r.ChildId == child.Id);
        records.ChildProtectionPlans.Add(new ChildProtectionPlan { Id = records.NextId(), ChildId = child.Id, ReferralId = referral?.Id ?? 0, StartDate = start, EndDate = end, InitialCategory = "NEG" });
        return this;
    }

    public ChildBuilder WithCareEpisode(DateOnly start, DateOnly? end = null, string legalStatus = "C2", string reasonNew = "S", string? reasonCeased = null, string placementType = "U4")
    {
        records.CareEpisodes.Add(new CareEpisode
        {
            Id = records.NextId(),
            ChildId = child.Id,
            StartDate = start,
            EndDate = end,
            LegalStatus = legalStatus,
            ReasonForNewEpisode = reasonNew,
            ReasonEpisodeCeased = end is null ? null : reasonCeased ?? "E8",
            PlacementType = placementType,
        });
        return this;
    }

    public ChildBuilder AllocatedTo(Worker worker, DateOnly start, DateOnly? end = null)
    {
        records.Allocations.Add(new Allocation { Id = records.NextId(), ChildId = child.Id, WorkerId = worker.Id, TeamId = worker.TeamId, StartDate = start, EndDate = end });
        return this;
    }
}
