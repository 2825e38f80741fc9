using static GoldenThread.Core.Tests.Validation.CinCensus.CinDatasetBuilder;

namespace GoldenThread.Core.Tests.Validation.CinCensus;

/// <summary>Cases for the Section47, ChildProtectionPlans and Reviews rules.</summary>
internal static partial class CinRuleCases
{
    private static IEnumerable<RuleCase> ProtectionCases()
    {
        // Section47
        yield return Flag("1104", "a CINdetails conference before the referral", b => b.Child().Referral(D(2024, 5, 1)).Conference(D(2024, 4, 30)));
        yield return Flag("1104", "a Section47 conference before the referral", b => b.Child().Referral(D(2024, 5, 1)).Section47(D(2024, 5, 1), conference: D(2024, 4, 30)));
        yield return Pass("1104", "a conference on the referral date", b => b.Child().Referral(D(2024, 5, 1)).Conference(D(2024, 5, 1)));

        yield return Flag("2884", "the same conference date at CINdetails and Section47 level", b => b.Child().Referral(D(2024, 5, 1))
            .Section47(D(2024, 5, 21), conference: D(2024, 6, 4)).Conference(D(2024, 6, 4)));
        yield return Pass("2884", "different conference dates at the two levels", b => b.Child().Referral(D(2024, 5, 1))
            .Section47(D(2024, 5, 21), conference: D(2024, 6, 4)).Conference(D(2024, 6, 5)));

        yield return Flag("2889", "an enquiry starting before the referral", b => b.Child().Referral(D(2024, 5, 1)).Section47(D(2024, 4, 30)));
        yield return Pass("2889", "an enquiry starting on the referral date", b => b.Child().Referral(D(2024, 5, 1)).Section47(D(2024, 5, 1)));

        yield return Flag("8615", "an enquiry starting after its conference", b => b.Child().Referral(D(2024, 5, 1)).Section47(D(2024, 6, 5), conference: D(2024, 6, 4)));
        yield return Flag("8615", "a conference on an enquiry with no start date", b => b.Child().Referral(D(2024, 5, 1)).Section47(default, conference: D(2024, 6, 4)));
        yield return Pass("8615", "an enquiry starting on the day of its conference", b => b.Child().Referral(D(2024, 5, 1)).Section47(D(2024, 6, 4), conference: D(2024, 6, 4)));

        yield return Flag("8675Q", "an enquiry open since 7 March 2025 (16 working days before 31 March)", b => b.Child().Referral(D(2025, 3, 7)).Section47(D(2025, 3, 7)));
        yield return Pass("8675Q", "an enquiry open since 10 March 2025 (15 working days before 31 March)", b => b.Child().Referral(D(2025, 3, 10)).Section47(D(2025, 3, 10)));
        yield return Pass("8675Q", "an old enquiry marked ICPC not required", b => b.Child().Referral(D(2025, 3, 7)).Section47(D(2025, 3, 7), notRequired: true));

        yield return Flag("8715", "a conference after the reference date", b => b.Child().Referral(D(2025, 3, 1)).Conference(D(2025, 4, 1)));
        yield return Flag("8715", "a conference before the census year", b => b.Child().Referral(D(2024, 3, 1)).Section47(D(2024, 3, 4), conference: D(2024, 3, 28)));
        yield return Pass("8715", "a conference in the census year", b => b.Child().Referral(D(2024, 5, 1)).Section47(D(2024, 5, 21), conference: D(2024, 6, 4)));

        yield return Flag("8740", "an enquiry open at the year end that started before the census year", b => b.Child().Referral(D(2024, 3, 1)).Section47(D(2024, 3, 4)));
        yield return Pass("8740", "an old enquiry marked ICPC not required", b => b.Child().Referral(D(2024, 3, 1)).Section47(D(2024, 3, 4), notRequired: true));
        yield return Pass("8740", "an enquiry open at the year end that started on 1 April", b => b.Child().Referral(D(2024, 3, 1)).Section47(D(2024, 4, 1)));

        yield return Flag("8839", "two open enquiries in one episode", b => b.Child().Referral(D(2024, 5, 1)).Section47(D(2024, 5, 2)).Section47(D(2024, 8, 2)));
        yield return Pass("8839", "one open enquiry and one marked ICPC not required", b => b.Child().Referral(D(2024, 5, 1))
            .Section47(D(2024, 5, 2), notRequired: true).Section47(D(2024, 8, 2)));

        yield return Flag("8870Q", "a conference target date on a Saturday", b => b.Child().Referral(D(2024, 5, 1))
            .Section47(D(2024, 5, 21), configure: s => s.InitialConferenceTargetDate = D(2024, 6, 8)));
        yield return Pass("8870Q", "a conference target date 15 working days after the start", b => b.Child().Referral(D(2024, 5, 1)).Section47(D(2024, 5, 21)));

        yield return Flag("8875", "a conference on a Saturday", b => b.Child().Referral(D(2024, 5, 1)).Section47(D(2024, 5, 21), conference: D(2024, 6, 8)));
        yield return Flag("8875", "a CINdetails conference on a Sunday", b => b.Child().Referral(D(2024, 5, 1)).Conference(D(2024, 6, 9)));
        yield return Pass("8875", "a conference on a Tuesday", b => b.Child().Referral(D(2024, 5, 1)).Section47(D(2024, 5, 21), conference: D(2024, 6, 4)));
        yield return Pass("8875", "a conference on a bank holiday Monday (the rule is about weekends)", b => b.Child().Referral(D(2024, 5, 1)).Conference(D(2024, 5, 27)));

        // ChildProtectionPlans
        yield return Flag("1105", "a plan starting before the referral", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 4, 30)));
        yield return Pass("1105", "a plan starting on the referral date", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 5, 1)));

        yield return Flag("2883", "a plan starting in the year with no conference in the year", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4)), child: string.Empty);
        yield return Pass("2883", "a plan starting at its conference", b => b.Child().Referral(D(2024, 5, 1))
            .Section47(D(2024, 5, 21), conference: D(2024, 6, 4)).ProtectionPlan(D(2024, 6, 4)));
        yield return Pass("2883", "a plan that started before the census year", b => b.Child().Referral(D(2024, 2, 1)).ProtectionPlan(D(2024, 3, 1)));

        yield return Flag("2885", "a plan starting the day after its conference", b => b.Child().Referral(D(2024, 5, 1))
            .Section47(D(2024, 5, 21), conference: D(2024, 6, 4)).ProtectionPlan(D(2024, 6, 5)));
        yield return Flag("2885", "a plan starting in the year with no conference in its episode", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4)));
        yield return Pass("2885", "a plan starting on the Section47 conference date", b => b.Child().Referral(D(2024, 5, 1))
            .Section47(D(2024, 5, 21), conference: D(2024, 6, 4)).ProtectionPlan(D(2024, 6, 4)));
        yield return Pass("2885", "a plan starting on the CINdetails conference date", b => b.Child().Referral(D(2024, 5, 1))
            .Conference(D(2024, 6, 4)).ProtectionPlan(D(2024, 6, 4)));

        yield return Flag("8565", "an assessment starting after the episode closed", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 6, 2)).Closed(D(2024, 6, 1)));
        yield return Flag("8565", "a child protection plan ending after the episode closed", b => b.Child().Referral(D(2024, 5, 1))
            .Section47(D(2024, 5, 21), conference: D(2024, 6, 4)).ProtectionPlan(D(2024, 6, 4), D(2024, 9, 3)).Closed(D(2024, 9, 2)));
        yield return Flag("8565", "a CIN plan ending after the episode closed", b => b.Child().Referral(D(2024, 5, 1))
            .CinPlan(D(2024, 6, 1), D(2024, 9, 3)).Closed(D(2024, 9, 2)));
        yield return Pass("8565", "activity ending on the closure date", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 5, 20)).Section47(D(2024, 5, 21), conference: D(2024, 6, 4))
            .ProtectionPlan(D(2024, 6, 4), D(2024, 9, 2)).CinPlan(D(2024, 9, 2), D(2024, 12, 2)).Closed(D(2024, 12, 2)));

        yield return Flag("8720", "a plan with no start date", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(default));
        yield return Flag("8720", "a plan starting after the reference date", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2025, 4, 1)));
        yield return Pass("8720", "a plan starting on the reference date", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2025, 3, 31)));

        yield return Flag("8730", "a plan with no number of previous plans", b => b.Child().Referral(D(2024, 5, 1))
            .ProtectionPlan(D(2024, 6, 4), configure: p => p.NumberOfPreviousPlans = null));
        yield return Pass("8730", "a plan with 0 previous plans", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4)));

        yield return Flag("8832", "a plan on a no-further-action referral", b => b.Child().Referral(D(2024, 5, 1)).NoFurtherAction().ProtectionPlan(D(2024, 6, 4)));
        yield return Pass("8832", "a plan on a referral going on to further action", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4)));

        yield return Flag("8840", "a plan starting and ending on the same day", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), D(2024, 6, 4)));
        yield return Pass("8840", "a plan lasting two days", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), D(2024, 6, 5)));

        yield return Flag("8841", "a review on the plan's start date", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), reviews: [D(2024, 6, 4)]));
        yield return Flag("8841", "a review before the plan started", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), reviews: [D(2024, 6, 3)]));
        yield return Pass("8841", "a review the day after the plan started", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), reviews: [D(2024, 6, 5)]));

        yield return Flag("8905", "initial category XXX", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), configure: p => p.InitialCategory = "XXX"));
        yield return Flag("8905", "no initial category", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), configure: p => p.InitialCategory = null));
        yield return Pass("8905", "initial category MUL", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), configure: p => p.InitialCategory = "MUL"));

        yield return Flag("8910", "no latest category", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), configure: p => p.LatestCategory = null));
        yield return Pass("8910", "latest category PHY", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), configure: p => p.LatestCategory = "PHY"));

        yield return Flag("8915", "a plan starting after the child died", b => b.Child().With(c => c.DeathDate = D(2024, 6, 1)).Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4)));
        yield return Pass("8915", "a plan starting before the child died", b => b.Child().With(c => c.DeathDate = D(2024, 6, 1)).Referral(D(2024, 5, 1))
            .ProtectionPlan(D(2024, 5, 28), D(2024, 6, 1)));

        yield return Flag("8920", "a plan ending after the child died", b => b.Child().With(c => c.DeathDate = D(2024, 7, 1)).Referral(D(2024, 5, 1))
            .ProtectionPlan(D(2024, 6, 4), D(2024, 7, 2)));
        yield return Pass("8920", "a plan ending on the day the child died", b => b.Child().With(c => c.DeathDate = D(2024, 7, 1)).Referral(D(2024, 5, 1))
            .ProtectionPlan(D(2024, 6, 4), D(2024, 7, 1)));

        yield return Flag("8925", "a plan ending before it starts", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), D(2024, 6, 3)));
        yield return Pass("8925", "a plan ending after it starts", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), D(2024, 9, 2)));

        yield return Flag("8930", "a plan ending after the reference date", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), D(2025, 4, 1)));
        yield return Pass("8930", "a plan ending on the reference date", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), D(2025, 3, 31)));

        yield return Flag("8935", "two open plans", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4)).ProtectionPlan(D(2024, 9, 2)));
        yield return Pass("8935", "an ended plan and an open one", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), D(2024, 9, 2)).ProtectionPlan(D(2024, 9, 2)));

        yield return Flag("8940", "a plan starting during another", b => b.Child().Referral(D(2024, 5, 1))
            .ProtectionPlan(D(2024, 6, 4), D(2024, 9, 2)).ProtectionPlan(D(2024, 8, 1), D(2024, 10, 1)));
        yield return Flag("8940", "a plan starting while another is open", b => b.Child().Referral(D(2024, 5, 1))
            .ProtectionPlan(D(2024, 6, 4)).Referral(D(2024, 9, 1)).ProtectionPlan(D(2024, 10, 1), D(2024, 11, 1)));
        yield return Pass("8940", "a plan starting the day another ends", b => b.Child().Referral(D(2024, 5, 1))
            .ProtectionPlan(D(2024, 6, 4), D(2024, 9, 2)).ProtectionPlan(D(2024, 9, 2)));

        // Reviews
        yield return Flag("4003", "a review during an open CIN plan", b => b.Child().Referral(D(2024, 5, 1))
            .CinPlan(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), D(2024, 9, 2), reviews: [D(2024, 7, 1)]));
        yield return Pass("4003", "a review on the day the child protection plan ends", b => b.Child().Referral(D(2024, 5, 1))
            .CinPlan(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), D(2024, 9, 2), reviews: [D(2024, 9, 2)]));
        yield return Pass("4003", "a review after the CIN plan ended", b => b.Child().Referral(D(2024, 5, 1))
            .CinPlan(D(2024, 5, 1), D(2024, 6, 4)).ProtectionPlan(D(2024, 6, 4), D(2024, 9, 2), reviews: [D(2024, 7, 1)]));

        yield return Flag("8842Q", "a review record with no date", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), reviews: [default]));
        yield return Pass("8842Q", "a review record with a date", b => b.Child().Referral(D(2024, 5, 1)).ProtectionPlan(D(2024, 6, 4), reviews: [D(2024, 8, 27)]));
    }
}
