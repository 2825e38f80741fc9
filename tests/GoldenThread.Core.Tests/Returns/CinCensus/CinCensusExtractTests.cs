using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.CinCensus;
using static GoldenThread.Core.Tests.Returns.CinCensus.CinCensusSamples;

namespace GoldenThread.Core.Tests.Returns.CinCensus;

/// <summary>The 2024-25 census (1 April 2024 to 31 March 2025) taken from a hand-built set of full records.</summary>
public sealed class CinCensusExtractTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>
    /// A: a referral closed the day before the year (out), and one closed after 31 March with work running past it.
    /// B: referred after 31 March (out, so B is not in the census). C: NFA on 1 April 2024 with no closure date (in), born
    /// after 31 March. D: NFA on 31 March 2024 (out). E: a referral from 2020 closed on 1 April 2024 (in), died after 31 March.
    /// </summary>
    private static ChildLevelDataset FullRecords()
    {
        var all = new ChildLevelDataset { Collection = ReturnCollections.CinCensus, LaCode = "999" };
        Child AddChild(string id, DateOnly? born, string sex, DateOnly? died = null)
        {
            var child = new Child
            {
                Id = all.Children.Count + 1,
                LaChildId = id,
                GivenName = "Synthetic",
                FamilyName = "Child",
                BirthDate = born,
                Sex = sex,
                DeathDate = died,
                Ethnicity = "WBRI",
                Disabilities = ["NONE"],
            };
            all.Children.Add(child);
            return child;
        }

        Referral AddReferral(Child child, DateOnly date, DateOnly? closed = null, string? reason = null, bool nfa = false)
        {
            var referral = new Referral
            {
                Id = all.Referrals.Count + 1,
                ChildId = child.Id,
                ReferralDate = date,
                Source = "6",
                PrimaryNeedCode = "N1",
                ClosureDate = closed,
                ClosureReason = reason,
                IsNoFurtherAction = nfa,
            };
            all.Referrals.Add(referral);
            return referral;
        }

        var a = AddChild("SYN-A", D(2014, 7, 1), "F");
        AddReferral(a, D(2023, 1, 10), D(2024, 3, 31), "RC7");
        var open = AddReferral(a, D(2024, 6, 1), D(2025, 5, 10), "RC7");
        all.Assessments.Add(new Assessment
        {
            Id = 1,
            ChildId = a.Id,
            ReferralId = open.Id,
            StartDate = D(2024, 6, 3),
            AuthorisationDate = D(2025, 4, 2),
            Factors = ["3A"],
            ChildSeen = true,
            WorkerId = 7,
        });
        all.Assessments.Add(new Assessment { Id = 2, ChildId = a.Id, ReferralId = open.Id, StartDate = D(2025, 4, 5) });
        all.ChildInNeedPlans.Add(new ChildInNeedPlan { Id = 1, ChildId = a.Id, ReferralId = open.Id, StartDate = D(2024, 7, 1), EndDate = D(2024, 8, 30) });
        all.Section47Enquiries.Add(new Section47Enquiry { Id = 1, ChildId = a.Id, ReferralId = open.Id, StartDate = D(2024, 8, 30), InitialConferenceTargetDate = D(2024, 9, 20) });
        all.InitialChildProtectionConferences.Add(new InitialChildProtectionConference
        {
            Id = 1,
            ChildId = a.Id,
            ReferralId = open.Id,
            Section47EnquiryId = 1,
            ConferenceDate = D(2024, 9, 2),
            ResultedInPlan = true,
        });
        all.Section47Enquiries.Add(new Section47Enquiry { Id = 2, ChildId = a.Id, ReferralId = open.Id, StartDate = D(2025, 3, 20), InitialConferenceTargetDate = D(2025, 4, 10) });
        all.InitialChildProtectionConferences.Add(new InitialChildProtectionConference
        {
            Id = 2,
            ChildId = a.Id,
            ReferralId = open.Id,
            Section47EnquiryId = 2,
            ConferenceDate = D(2025, 4, 8),
        });
        all.ChildProtectionPlans.Add(new ChildProtectionPlan
        {
            Id = 1,
            ChildId = a.Id,
            ReferralId = open.Id,
            StartDate = D(2024, 9, 2),
            EndDate = D(2025, 6, 1),
            InitialCategory = "NEG",
            LatestCategory = "NEG",
            NumberOfPreviousPlans = 0,
        });
        all.ChildProtectionReviews.Add(new ChildProtectionReview { Id = 1, ChildId = a.Id, ChildProtectionPlanId = 1, ReviewDate = D(2024, 12, 2), ChildParticipated = true });
        all.ChildProtectionReviews.Add(new ChildProtectionReview { Id = 2, ChildId = a.Id, ChildProtectionPlanId = 1, ReviewDate = D(2025, 5, 1) });

        AddReferral(AddChild("SYN-B", D(2016, 1, 1), "M"), D(2025, 4, 2));
        AddReferral(AddChild("SYN-C", D(2025, 5, 1), "M"), D(2024, 4, 1), nfa: true);
        AddReferral(AddChild("SYN-D", D(2018, 3, 3), "F"), D(2024, 3, 31), nfa: true);
        AddReferral(AddChild("SYN-E", D(2009, 9, 9), "M", died: D(2025, 4, 15)), D(2020, 1, 6), D(2024, 4, 1), "RC7");
        return all;
    }

    [Fact]
    public void The_census_holds_the_episodes_open_in_the_year_as_known_at_31_march()
    {
        var census = CinCensusExtract.For(FullRecords(), "2024-25");

        Assert.Equal("2024-25", census.CollectionYear);
        Assert.Equal(D(2025, 3, 31), census.ReferenceDate);
        Assert.Equal("999", census.LaCode);
        Assert.Equal(
            [
                "child 1 SYN-A upn= former= unknown= born=2014-07-01 expected=- sex=F gender= died=- ethnicity=WBRI disabilities=NONE name="
                + "\n referral 1 child=1 2024-06-01 source=6 need=N1 nfa=False closed=- reason="
                + "\n  conference 1 child=1 s47=1 2024-09-02 plan=True"
                + "\n  assessment 1 child=1 2024-06-03 review=- authorised=- factors= seen= worker="
                + "\n  cin-plan 1 child=1 2024-07-01–2024-08-30"
                + "\n  s47 1 child=1 2024-08-30 target=2024-09-20 not-required=False"
                + "\n  s47 2 child=1 2025-03-20 target=2025-04-10 not-required=False"
                + "\n  cp-plan 1 child=1 2024-09-02–- NEG/NEG previous=0"
                + "\n   review 1 child=1 2024-12-02 participated=",
                "child 2 SYN-C upn= former= unknown= born=- expected=2025-05-01 sex=U gender= died=- ethnicity=WBRI disabilities=NONE name="
                + "\n referral 2 child=2 2024-04-01 source=6 need=N1 nfa=True closed=- reason=",
                "child 3 SYN-E upn= former= unknown= born=2009-09-09 expected=- sex=M gender= died=- ethnicity=WBRI disabilities=NONE name="
                + "\n referral 3 child=3 2020-01-06 source=6 need=N1 nfa=False closed=2024-04-01 reason=RC7",
            ],
            Project(census));
    }

    [Fact]
    public void A_2023_24_census_carries_gender_current_for_each_child()
    {
        var census = CinCensusExtract.For(FullRecords(), "2023-24");

        // 2023-24 holds A's first referral (closed 31 March 2024), D's NFA on 31 March 2024 and E's referral; C is not yet referred.
        Assert.Equal(["SYN-A", "SYN-D", "SYN-E"], census.Children.Select(c => c.LaChildId));
        Assert.Equal(["2", "2", "1"], census.Children.Select(c => c.GenderCurrent));
        Assert.Equal([D(2023, 1, 10), D(2024, 3, 31), D(2020, 1, 6)], census.Referrals.Select(r => r.ReferralDate));
        Assert.Equal([D(2024, 3, 31), null, null], census.Referrals.Select(r => r.ClosureDate));
    }

    [Fact]
    public void The_extract_does_not_change_the_full_records()
    {
        var all = FullRecords();
        var before = Project(all);

        CinCensusExtract.For(all, "2024-25");

        Assert.Equal(before, Project(all));
    }

    [Fact]
    public void From_demo_holds_every_record_of_the_demo_authority()
    {
        var data = DemoRecords;

        Assert.Equal(ReturnCollections.CinCensus, data.Collection);
        Assert.Null(data.CollectionYear);
        Assert.Equal(1500, data.Children.Count);
        Assert.Equal(data.Children.Select(c => c.Id), Enumerable.Range(1, 1500).Select(i => (long)i));
        Assert.True(data.CareEpisodes.Count > 0 && data.Contacts.Count > 0 && data.Workers.Count > 0);
        Assert.Equal(
            data.Referrals.Count,
            CinCensusExtract.For(data, "2025-26").Referrals.Count + data.Referrals.Count(r => !IsInCensus(r, D(2025, 4, 1), D(2026, 3, 31))));
    }

    private static bool IsInCensus(Referral referral, DateOnly start, DateOnly end)
    {
        var closed = referral.IsNoFurtherAction ? referral.ClosureDate ?? referral.ReferralDate : referral.ClosureDate;
        return referral.ReferralDate <= end && (closed is null || closed >= start);
    }
}
