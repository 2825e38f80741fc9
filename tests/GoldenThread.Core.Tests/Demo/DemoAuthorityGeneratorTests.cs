using System.Security.Cryptography;
using System.Text.Json;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Tests.Demo;

public sealed class DemoAuthorityGeneratorTests
{
    private static readonly DemoOptions _options = new(Children: 2000, Years: 3);
    private static readonly Lazy<DemoAuthority> _authority = new(() => Generate(_options));
    private static readonly WorkingDayCalendar _calendar = WorkingDayCalendar.EnglandAndWales;

    private static DemoAuthority Authority => _authority.Value;

    private static DateOnly Today => _options.ResolvedToday;

    private static DateOnly WindowStart => Today.AddYears(-_options.Years);

    [Fact]
    public void Same_options_give_identical_records()
    {
        var again = Generate(_options);

        Assert.Equal(Digest(Authority), Digest(again));
        Assert.Equal(Authority.RecordCount, again.RecordCount);
    }

    [Fact]
    public void A_different_seed_gives_different_records()
    {
        var other = Generate(_options with { Seed = 7 });

        Assert.NotEqual(Digest(Authority), Digest(other));
    }

    [Fact]
    public void Record_count_is_the_total_of_every_list()
    {
        var a = Authority;
        var total = a.OrgUnits.Count + a.Workers.Count + a.Children.Count + a.Contacts.Count + a.EarlyHelpEpisodes.Count
            + a.Referrals.Count + a.Assessments.Count + a.ChildInNeedPlans.Count + a.Section47Enquiries.Count
            + a.InitialChildProtectionConferences.Count + a.ChildProtectionPlans.Count + a.ChildProtectionReviews.Count
            + a.ChildProtectionVisits.Count + a.CareEpisodes.Count + a.CareReviews.Count + a.CareVisits.Count
            + a.MissingEpisodes.Count + a.HealthRecords.Count + a.CareLeaverRecords.Count + a.AdoptionRecords.Count
            + a.Allocations.Count + a.SupervisionRecords.Count;

        Assert.Equal(total, a.RecordCount);
        Assert.Equal(_options.Children, a.Children.Count);
    }

    [Fact]
    public void Every_list_is_populated()
    {
        var a = Authority;
        Assert.All(
            new[]
            {
                a.Contacts.Count, a.EarlyHelpEpisodes.Count, a.Referrals.Count, a.Assessments.Count, a.ChildInNeedPlans.Count,
                a.Section47Enquiries.Count, a.InitialChildProtectionConferences.Count, a.ChildProtectionPlans.Count,
                a.ChildProtectionReviews.Count, a.ChildProtectionVisits.Count, a.CareEpisodes.Count, a.CareReviews.Count,
                a.CareVisits.Count, a.MissingEpisodes.Count, a.HealthRecords.Count, a.CareLeaverRecords.Count,
                a.AdoptionRecords.Count, a.Allocations.Count, a.SupervisionRecords.Count,
            },
            count => Assert.True(count > 0));
    }

    [Fact]
    public void Ids_run_from_one_per_type_and_the_load_is_left_for_the_writer()
    {
        var a = Authority;
        AssertSequentialIds(a.OrgUnits.Select(u => u.Id));
        AssertSequentialIds(a.Workers.Select(w => w.Id));
        foreach (var list in SourcedLists(a))
        {
            AssertSequentialIds(list.Select(r => r.Id));
            Assert.All(list, r => Assert.Equal(0, r.SourceLoadId));
        }

        Assert.All(a.OrgUnits, u => Assert.Equal(0, u.SourceLoadId));
    }

    [Fact]
    public void Foreign_keys_resolve_to_records_of_the_same_child()
    {
        var a = Authority;
        var units = a.OrgUnits.ToDictionary(u => u.Id);
        var workers = a.Workers.ToDictionary(w => w.Id);
        var children = a.Children.Select(c => c.Id).ToHashSet();
        var referrals = a.Referrals.ToDictionary(r => r.Id, r => r.ChildId);
        var enquiries = a.Section47Enquiries.ToDictionary(s => s.Id, s => s.ChildId);
        var plans = a.ChildProtectionPlans.ToDictionary(p => p.Id, p => p.ChildId);

        Assert.All(a.OrgUnits.Where(u => u.ParentId is not null), u => Assert.Contains(u.ParentId!.Value, units.Keys));
        Assert.All(a.OrgUnits, u => Assert.Empty(u.Children));
        Assert.All(a.OrgUnits, u => Assert.Null(u.Parent));
        Assert.All(a.Workers, w => Assert.Contains(w.TeamId, units.Keys));
        foreach (var list in SourcedLists(a))
        {
            Assert.All(list.OfType<ChildRecord>(), r => Assert.Contains(r.ChildId, children));
        }

        Assert.All(a.Assessments, x => Assert.Equal(x.ChildId, referrals[x.ReferralId]));
        Assert.All(a.ChildInNeedPlans, x => Assert.Equal(x.ChildId, referrals[x.ReferralId]));
        Assert.All(a.Section47Enquiries, x => Assert.Equal(x.ChildId, referrals[x.ReferralId]));
        Assert.All(a.ChildProtectionPlans, x => Assert.Equal(x.ChildId, referrals[x.ReferralId]));
        Assert.All(a.InitialChildProtectionConferences, x =>
        {
            Assert.Equal(x.ChildId, referrals[x.ReferralId]);
            Assert.Equal(x.ChildId, enquiries[x.Section47EnquiryId!.Value]);
        });
        Assert.All(a.ChildProtectionReviews, x => Assert.Equal(x.ChildId, plans[x.ChildProtectionPlanId]));
        Assert.All(a.ChildProtectionVisits, x => Assert.Equal(x.ChildId, plans[x.ChildProtectionPlanId]));
        Assert.All(a.Allocations, x =>
        {
            Assert.Equal(OrgUnitKind.Team, units[x.TeamId].Kind);
            Assert.Equal(workers[x.WorkerId].TeamId, x.TeamId);
            Assert.True(workers[x.WorkerId].IsCaseHolding);
        });
        Assert.All(a.SupervisionRecords, x =>
        {
            Assert.Contains(x.WorkerId, workers.Keys);
            Assert.Contains(x.SupervisorId, workers.Keys);
            Assert.All(x.ChildrenDiscussed, id => Assert.Contains(id, children));
        });
        Assert.All(a.Assessments.Where(x => x.WorkerId is not null), x => Assert.Contains(x.WorkerId!.Value, workers.Keys));
        Assert.All(a.ChildProtectionVisits.Where(x => x.WorkerId is not null), x => Assert.Contains(x.WorkerId!.Value, workers.Keys));
        Assert.All(a.CareVisits.Where(x => x.WorkerId is not null), x => Assert.Contains(x.WorkerId!.Value, workers.Keys));
    }

    [Fact]
    public void Allocations_fall_within_the_workers_employment()
    {
        var workers = Authority.Workers.ToDictionary(w => w.Id);

        Assert.All(Authority.Allocations, x =>
        {
            var worker = workers[x.WorkerId];
            Assert.True(worker.StartDate <= x.StartDate);
            Assert.True(x.EndDate is null || x.EndDate >= x.StartDate);
            Assert.True(worker.LeavingDate is null || (x.EndDate is { } end && end <= worker.LeavingDate));
        });
    }

    [Fact]
    public void Assessments_start_on_or_after_their_referral_except_the_seeded_faults()
    {
        var referralDates = Authority.Referrals.ToDictionary(r => r.Id, r => r.ReferralDate);
        var seeded = FaultIds(DemoFaultKinds.AssessmentBeforeReferral);

        var early = Authority.Assessments.Where(x => x.StartDate < referralDates[x.ReferralId]).Select(x => x.Id).ToHashSet();

        Assert.Equal(seeded, early);
        Assert.InRange(early.Count, 1, Authority.Assessments.Count / 50);
    }

    [Fact]
    public void Child_protection_work_follows_the_enquiry()
    {
        var a = Authority;
        var enquiries = a.Section47Enquiries.ToDictionary(s => s.Id);
        var overlapping = FaultIds(DemoFaultKinds.OverlappingPlan);

        Assert.All(a.InitialChildProtectionConferences, c =>
        {
            Assert.True(c.ConferenceDate >= enquiries[c.Section47EnquiryId!.Value].StartDate);
            Assert.True(_calendar.IsWorkingDay(c.ConferenceDate));
        });
        var conferenceDates = a.InitialChildProtectionConferences.Where(c => c.ResultedInPlan).Select(c => (c.ChildId, c.ConferenceDate)).ToHashSet();
        Assert.All(a.ChildProtectionPlans.Where(p => !overlapping.Contains(p.Id)), p =>
        {
            Assert.Contains((p.ChildId, p.StartDate), conferenceDates);
            Assert.True(p.EndDate is null || p.EndDate > p.StartDate);
        });
    }

    [Fact]
    public void Care_episodes_chain_as_ssda903_requires()
    {
        foreach (var episodes in Authority.CareEpisodes.GroupBy(e => e.ChildId).Select(g => g.OrderBy(e => e.StartDate).ThenBy(e => e.Id).ToList()))
        {
            for (var i = 0; i < episodes.Count; i++)
            {
                var episode = episodes[i];
                Assert.True(episode.EndDate is null || episode.EndDate > episode.StartDate, $"Episode {episode.Id} ends before it starts.");
                Assert.Equal(episode.EndDate is null, episode.ReasonEpisodeCeased is null);
                if (i == 0)
                {
                    Assert.Equal("S", episode.ReasonForNewEpisode);
                    continue;
                }

                var previous = episodes[i - 1];
                Assert.NotNull(previous.EndDate);
                if (previous.ReasonEpisodeCeased == "X1")
                {
                    Assert.Equal(previous.EndDate, episode.StartDate);
                    Assert.Contains(episode.ReasonForNewEpisode, new[] { "L", "P", "T", "U", "B" });
                }
                else
                {
                    Assert.Equal("S", episode.ReasonForNewEpisode);
                    Assert.True(episode.StartDate > previous.EndDate, $"Episode {episode.Id} starts a period on the day the last ended.");
                }
            }
        }
    }

    [Fact]
    public void Care_episodes_use_only_codes_from_the_ssda903_code_sets()
    {
        string[] legalStatuses = ["C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3"];
        string[] placements = ["A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"];
        string[] providers = ["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"];
        string[] reasons = ["X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17"];

        Assert.All(Authority.CareEpisodes, e =>
        {
            Assert.Contains(e.LegalStatus, legalStatuses);
            Assert.Contains(e.PlacementType, placements);
            Assert.Contains(e.PlacementProvider, providers);
            Assert.True(e.ReasonEpisodeCeased is null || reasons.Contains(e.ReasonEpisodeCeased));
            Assert.True(e.PlacementProvider != "PR0" || e.PlacementType == "P1");
            Assert.False(e.PlacementType == "P1" && e.LegalStatus == "V2");
        });
        Assert.All(Authority.CareReviews, r => Assert.Matches("^PN[0-7]$", r.ParticipationCode));
    }

    [Fact]
    public void Upns_pass_the_check_letter_rule_except_the_seeded_faults()
    {
        var seeded = FaultIds(DemoFaultKinds.BadUpn);
        var withUpn = Authority.Children.Where(c => c.Upn is not null).ToList();

        var failing = withUpn.Where(c => !HasValidCheckLetter(c.Upn!)).Select(c => c.Id).ToHashSet();

        Assert.Equal(seeded, failing);
        Assert.InRange(failing.Count, 1, withUpn.Count / 50);
        Assert.Equal(withUpn.Count, withUpn.Select(c => c.Upn).Distinct().Count());
        Assert.True(withUpn.Count > Authority.Children.Count / 2);
    }

    [Fact]
    public void Dates_lie_within_the_calendar_and_nothing_happens_after_today()
    {
        var a = Authority;
        var dates = new List<DateOnly?>();
        dates.AddRange(a.Contacts.Select(x => (DateOnly?)x.ContactDate));
        dates.AddRange(a.EarlyHelpEpisodes.SelectMany(x => new[] { x.StartDate, x.EndDate }));
        dates.AddRange(a.Referrals.SelectMany(x => new[] { x.ReferralDate, x.ClosureDate }));
        dates.AddRange(a.Assessments.SelectMany(x => new[] { x.StartDate, x.InternalReviewDate, x.AuthorisationDate }));
        dates.AddRange(a.ChildInNeedPlans.SelectMany(x => new[] { x.StartDate, x.EndDate }));
        dates.AddRange(a.Section47Enquiries.Select(x => (DateOnly?)x.StartDate));
        dates.AddRange(a.InitialChildProtectionConferences.Select(x => (DateOnly?)x.ConferenceDate));
        dates.AddRange(a.ChildProtectionPlans.SelectMany(x => new[] { x.StartDate, x.EndDate }));
        dates.AddRange(a.ChildProtectionReviews.Select(x => (DateOnly?)x.ReviewDate));
        dates.AddRange(a.ChildProtectionVisits.Select(x => (DateOnly?)x.VisitDate));
        dates.AddRange(a.CareEpisodes.SelectMany(x => new[] { x.StartDate, x.EndDate }));
        dates.AddRange(a.CareReviews.Select(x => (DateOnly?)x.ReviewDate));
        dates.AddRange(a.CareVisits.Select(x => (DateOnly?)x.VisitDate));
        dates.AddRange(a.MissingEpisodes.SelectMany(x => new[] { x.StartDate, x.EndDate }));
        dates.AddRange(a.AdoptionRecords.SelectMany(x => new[] { x.DecisionDate, x.PlacementOrderDate, x.MatchDate, x.PlacedDate, x.PlacedCeasedDate, x.AdoptionOrderDate }));
        dates.AddRange(a.Allocations.SelectMany(x => new[] { x.StartDate, x.EndDate }));
        dates.AddRange(a.SupervisionRecords.Select(x => (DateOnly?)x.SupervisionDate));
        dates.AddRange(a.Workers.SelectMany(x => new[] { x.StartDate, x.LeavingDate }));
        dates.AddRange(a.Children.Select(x => x.UnaccompaniedAsylumSeekingDate));

        Assert.All(dates.OfType<DateOnly>(), d => Assert.InRange(d, new DateOnly(2015, 1, 1), Today));
        Assert.All(a.Children, c => Assert.True(c.BirthDate is null || c.BirthDate <= Today));
        Assert.All(a.Section47Enquiries, s => Assert.True(s.InitialConferenceTargetDate <= new DateOnly(2027, 12, 31)));
    }

    [Fact]
    public void Unborn_children_have_an_expected_birth_date_and_sex_unknown()
    {
        var unborn = Authority.Children.Where(c => c.BirthDate is null).ToList();

        Assert.NotEmpty(unborn);
        Assert.All(unborn, c =>
        {
            Assert.NotNull(c.ExpectedBirthDate);
            Assert.True(c.ExpectedBirthDate > Today);
            Assert.Equal("U", c.Sex);
        });
        Assert.All(Authority.Children.Where(c => c.BirthDate is not null), c => Assert.Null(c.ExpectedBirthDate));
    }

    [Fact]
    public void Almost_every_open_case_has_a_current_allocation()
    {
        var open = Authority.Referrals.Where(r => !r.IsNoFurtherAction && r.ClosureDate is null).Select(r => r.ChildId).ToHashSet();
        var allocated = Authority.Allocations.Where(x => x.EndDate is null).Select(x => x.ChildId).ToHashSet();

        var unallocated = open.Count(id => !allocated.Contains(id));

        Assert.InRange(unallocated / (double)open.Count, 0.001, 0.04);
    }

    [Fact]
    public void Names_come_only_from_the_synthetic_lists()
    {
        Assert.All(Authority.Children, c =>
        {
            Assert.Contains(c.GivenName, SyntheticNames.GivenNames);
            Assert.Contains(c.FamilyName, SyntheticNames.FamilyNames);
            Assert.StartsWith("DEMO", c.LaChildId, StringComparison.Ordinal);
        });
        Assert.All(Authority.Workers, w =>
        {
            var parts = w.DisplayName.Split(' ');
            Assert.Equal(2, parts.Length);
            Assert.Contains(parts[0], SyntheticNames.GivenNames);
            Assert.Contains(parts[1], SyntheticNames.WorkerFamilyNames);
            Assert.Matches("^SW[0-9]{5}$", w.StaffId);
        });
        Assert.Equal(Authority.Workers.Count, Authority.Workers.Select(w => w.DisplayName).Distinct().Count());
    }

    [Fact]
    public void Default_size_has_five_services_and_about_thirty_teams_each_with_a_manager()
    {
        var authority = Generate(new DemoOptions(Children: 20000, Years: 1));
        var units = authority.OrgUnits;
        var teams = units.Where(u => u.Kind == OrgUnitKind.Team).ToList();
        var services = units.Where(u => u.Kind == OrgUnitKind.Service).ToList();
        var root = Assert.Single(units, u => u.Kind == OrgUnitKind.Authority);

        Assert.Equal("LA", root.Code);
        Assert.Equal("Demo Borough (synthetic)", root.Name);
        Assert.Equal(5, services.Count);
        Assert.All(services, s => Assert.Equal(root.Id, s.ParentId));
        Assert.InRange(teams.Count, 25, 35);
        Assert.All(teams, t => Assert.Contains(t.ParentId!.Value, services.Select(s => s.Id)));
        Assert.Equal(units.Count, units.Select(u => u.Code).Distinct().Count());
        Assert.All(teams, t => Assert.Contains(authority.Workers, w => w.TeamId == t.Id && w.Role == WorkerRole.TeamManager));
        Assert.All(services, s => Assert.Contains(authority.Workers, w => w.TeamId == s.Id && w.Role == WorkerRole.ServiceManager));
    }

    [Fact]
    public void Workforce_has_agency_staff_part_timers_leavers_and_starters()
    {
        var workers = Generate(new DemoOptions(Children: 20000, Years: 6)).Workers;

        Assert.InRange(workers.Count, 200, 300);
        Assert.InRange(workers.Count(w => w.IsAgency) / (double)workers.Count, 0.12, 0.25);
        Assert.Contains(workers, w => w.Fte < 1.0m);
        Assert.All(workers, w => Assert.InRange(w.Fte, 0.1m, 1.0m));
        Assert.Contains(workers, w => w.LeavingDate is not null && w.LeavingReason is not null);
        Assert.Contains(workers, w => w.StartDate > Today.AddYears(-2));
    }

    [Fact]
    public void Re_referrals_within_twelve_months_are_about_a_fifth_of_referrals()
    {
        var byChild = Authority.Referrals.GroupBy(r => r.ChildId).ToDictionary(g => g.Key, g => g.Select(r => r.ReferralDate).ToList());
        var inWindow = Authority.Referrals.Where(r => r.ReferralDate >= WindowStart).ToList();

        var rate = inWindow.Count(r => byChild[r.ChildId].Any(d => d < r.ReferralDate && d >= r.ReferralDate.AddYears(-1))) / (double)inWindow.Count;

        Assert.InRange(rate, 0.15, 0.30);
    }

    [Fact]
    public void Most_assessments_are_authorised_within_45_working_days()
    {
        var completed = Authority.Assessments.Where(x => x.AuthorisationDate >= WindowStart).ToList();

        var rate = completed.Count(x => _calendar.WorkingDaysBetween(x.StartDate, x.AuthorisationDate!.Value) <= 45) / (double)completed.Count;

        Assert.InRange(rate, 0.75, 0.92);
    }

    [Fact]
    public void About_a_quarter_of_child_protection_plans_are_repeat_plans()
    {
        var overlapping = FaultIds(DemoFaultKinds.OverlappingPlan);
        var plans = Authority.ChildProtectionPlans.Where(p => !overlapping.Contains(p.Id)).ToList();
        var firstPlanStart = plans.GroupBy(p => p.ChildId).ToDictionary(g => g.Key, g => g.Min(p => p.StartDate));
        var starting = plans.Where(p => p.StartDate >= WindowStart).ToList();

        var rate = starting.Count(p => firstPlanStart[p.ChildId] < p.StartDate) / (double)starting.Count;

        Assert.InRange(rate, 0.15, 0.35);
    }

    [Fact]
    public void Seeded_faults_are_few_and_point_at_real_records()
    {
        var a = Authority;
        var ids = new Dictionary<string, HashSet<long>>
        {
            [nameof(Child)] = a.Children.Select(x => x.Id).ToHashSet(),
            [nameof(Assessment)] = a.Assessments.Select(x => x.Id).ToHashSet(),
            [nameof(ChildProtectionPlan)] = a.ChildProtectionPlans.Select(x => x.Id).ToHashSet(),
            [nameof(Referral)] = a.Referrals.Select(x => x.Id).ToHashSet(),
            [nameof(Allocation)] = a.Allocations.Select(x => x.Id).ToHashSet(),
        };

        Assert.All(a.Faults, f => Assert.Contains(f.RecordId, ids[f.RecordType]));
        Assert.All(
            a.Faults.Where(f => f.Kind == DemoFaultKinds.AssessmentNotAuthorised),
            f => Assert.Null(a.Assessments[(int)f.RecordId - 1].AuthorisationDate));
        Assert.All(
            a.Faults.Where(f => f.Kind == DemoFaultKinds.ClosureWithoutReason),
            f => Assert.True(a.Referrals[(int)f.RecordId - 1] is { ClosureDate: not null, ClosureReason: null }));
        Assert.InRange(a.Faults.Count, 10, a.RecordCount / 100);
    }

    [Fact]
    public void A_small_authority_over_two_years_is_generated_too()
    {
        var small = Generate(new DemoOptions(Children: 200, Years: 2, Seed: 3));

        Assert.Equal(200, small.Children.Count);
        Assert.True(small.Workers.Count >= 20);
        Assert.NotEmpty(small.Referrals);
        Assert.NotEmpty(small.Allocations);
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(100, 0)]
    [InlineData(100, 15)]
    public void Options_outside_the_calendar_are_refused(int children, int years)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Generate(new DemoOptions(children, years)));
    }

    [Fact]
    public void Today_too_close_to_the_end_of_the_calendar_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Generate(new DemoOptions(100, 2, Today: new DateOnly(2027, 11, 1))));
    }

    private static DemoAuthority Generate(DemoOptions options) => DemoAuthorityGenerator.Generate(options, _calendar);

    private static HashSet<long> FaultIds(string kind) =>
        Authority.Faults.Where(f => f.Kind == kind).Select(f => f.RecordId).ToHashSet();

    private static void AssertSequentialIds(IEnumerable<long> ids) =>
        Assert.Equal(ids.Select((_, i) => (long)i + 1), ids);

    private static IEnumerable<IReadOnlyList<SourcedRecord>> SourcedLists(DemoAuthority a) =>
    [
        a.Workers, a.Children, a.Contacts, a.EarlyHelpEpisodes, a.Referrals, a.Assessments, a.ChildInNeedPlans,
        a.Section47Enquiries, a.InitialChildProtectionConferences, a.ChildProtectionPlans, a.ChildProtectionReviews,
        a.ChildProtectionVisits, a.CareEpisodes, a.CareReviews, a.CareVisits, a.MissingEpisodes, a.HealthRecords,
        a.CareLeaverRecords, a.AdoptionRecords, a.Allocations, a.SupervisionRecords,
    ];

    /// <summary>CIN rule 1510, written out independently of the generator.</summary>
    private static bool HasValidCheckLetter(string upn)
    {
        if (upn.Length != 13 || !upn[1..].All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var position = 2; position <= 13; position++)
        {
            sum += (upn[position - 1] - '0') * position;
        }

        return "ABCDEFGHJKLMNPQRTUVWXYZ"[sum % 23] == upn[0];
    }

    private static string Digest(DemoAuthority authority)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add<T>(IReadOnlyList<T> list) => hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(list));
        Add(authority.OrgUnits);
        foreach (var list in SourcedLists(authority))
        {
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(list, list.GetType()));
        }

        Add(authority.Faults);
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
