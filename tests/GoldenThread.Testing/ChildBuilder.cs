using GoldenThread.Core.Caseload;
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

    public Worker AWorker(OrgUnit team, string staffId)
    {
        var worker = new Worker
        {
            Id = NextId(),
            StaffId = staffId,
            DisplayName = $"Worker {staffId} (test)",
            JobTitle = "Social worker",
            Role = WorkerRole.SocialWorker,
            Fte = 1m,
            IsCaseHolding = true,
            TeamId = team.Id,
            StartDate = new DateOnly(2020, 1, 1),
        };
        Workers.Add(worker);
        return worker;
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

    public ChildBuilder WithAssessment(DateOnly start, DateOnly? authorised)
    {
        var referral = records.Referrals.Last(r => r.ChildId == child.Id);
        records.Assessments.Add(new Assessment { Id = records.NextId(), ChildId = child.Id, ReferralId = referral.Id, StartDate = start, AuthorisationDate = authorised });
        return this;
    }

    public ChildBuilder WithChildProtectionPlan(DateOnly start, DateOnly? end = null)
    {
        var referral = records.Referrals.LastOrDefault(r => r.ChildId == child.Id);
        records.ChildProtectionPlans.Add(new ChildProtectionPlan { Id = records.NextId(), ChildId = child.Id, ReferralId = referral?.Id ?? 0, StartDate = start, EndDate = end, InitialCategory = "NEG" });
        return this;
    }

    public ChildBuilder WithCareEpisode(DateOnly start, DateOnly? end = null, string legalStatus = "C2", string reasonNew = "S", string? reasonCeased = null)
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
            PlacementType = "U4",
        });
        return this;
    }

    public ChildBuilder AllocatedTo(Worker worker, DateOnly start, DateOnly? end = null)
    {
        records.Allocations.Add(new Allocation { Id = records.NextId(), ChildId = child.Id, WorkerId = worker.Id, TeamId = worker.TeamId, StartDate = start, EndDate = end });
        return this;
    }
}
