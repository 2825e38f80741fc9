using static GoldenThread.Core.Tests.Validation.CinCensus.CinDatasetBuilder;

namespace GoldenThread.Core.Tests.Validation.CinCensus;

/// <summary>Cases for the CINdetails, Assessments and CINplanDates rules.</summary>
internal static partial class CinRuleCases
{
    private static IEnumerable<RuleCase> EpisodeCases()
    {
        // CINdetails
        yield return Flag("2990", "a CIN plan on an episode closed RC8", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 6, 1)).CinPlan(D(2024, 6, 1), D(2024, 6, 2)).Closed(D(2024, 6, 3), "RC8"));
        yield return Flag("2990", "a section 47 enquiry on an episode closed RC9", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 6, 1)).Section47(D(2024, 5, 3), notRequired: true).Closed(D(2024, 6, 3), "RC9"));
        yield return Flag("2990", "a CINdetails conference on an episode closed RC8", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 6, 1)).Conference(D(2024, 5, 20)).Closed(D(2024, 6, 3), "RC8"));
        yield return Pass("2990", "an episode closed RC8 with only an assessment", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 6, 1)).Closed(D(2024, 6, 3), "RC8"));
        yield return Pass("2990", "a CIN plan on an episode closed RC7", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 6, 1)).CinPlan(D(2024, 6, 1), D(2024, 6, 2)).Closed(D(2024, 6, 3), "RC7"));

        yield return Flag("2991Q", "a section 47 enquiry with no assessment on the episode", b => b.Child().Referral(D(2024, 5, 1)).Section47(D(2024, 5, 2)));
        yield return Pass("2991Q", "a section 47 enquiry with an assessment", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2)).Section47(D(2024, 5, 2)));

        yield return Flag("8555Q", "a referral after the child died", b => b.Child().With(c => c.DeathDate = D(2024, 5, 1)).Referral(D(2024, 6, 1)));
        yield return Pass("8555Q", "a referral before the child died", b => b.Child().With(c => c.DeathDate = D(2024, 5, 1)).Referral(D(2024, 4, 20)));

        yield return Flag("8569Q", "a no-further-action referral of 27 March 2024 (the working day before 1 April is 28 March: Good Friday is a bank holiday)", b => b.Child()
            .Referral(D(2024, 3, 27)).NoFurtherAction().Closed(D(2024, 4, 2)));
        yield return Pass("8569Q", "a no-further-action referral of 28 March 2024", b => b.Child()
            .Referral(D(2024, 3, 28)).NoFurtherAction().Closed(D(2024, 4, 2)));
        yield return Pass("8569Q", "an old referral going on to further action", b => b.Child().Referral(D(2023, 6, 1)));

        yield return Flag("8585Q", "an episode closed RC2 (died) with no date of death", b => b.Child().Referral(D(2024, 5, 1)).Closed(D(2024, 6, 1), "RC2"));
        yield return Pass("8585Q", "an episode closed RC2 with a date of death", b => b.Child().With(c => c.DeathDate = D(2024, 6, 1))
            .Referral(D(2024, 5, 1)).Closed(D(2024, 6, 1), "RC2"));

        yield return Flag("8600", "a missing referral date", b => b.Child().Referral(default));
        yield return Flag("8600", "a referral after the reference date", b => b.Child().Referral(D(2025, 4, 1)));
        yield return Pass("8600", "a referral on the reference date", b => b.Child().Referral(D(2025, 3, 31)));

        yield return Flag("8606", "a referral more than 280 days before birth", b => b.Child().Referral(D(2015, 9, 8)));
        yield return Flag("8606", "a referral more than 280 days before the expected birth", b => b.Child().With(Unborn(D(2025, 6, 1))).Referral(D(2024, 8, 24)));
        yield return Pass("8606", "a referral exactly 280 days before birth", b => b.Child().Referral(D(2015, 9, 9)));

        yield return Flag("8610", "a referral going on to further action with no primary need", b => b.Child().Referral(D(2024, 5, 1)).With(r => r.PrimaryNeedCode = null));
        yield return Pass("8610", "a no-further-action referral with no primary need", b => b.Child().Referral(D(2024, 5, 1))
            .With(r => r.PrimaryNeedCode = null).NoFurtherAction().Closed(D(2024, 5, 1)));

        yield return Flag("8620", "a closure after the reference date", b => b.Child().Referral(D(2024, 5, 1)).Closed(D(2025, 4, 1)));
        yield return Flag("8620", "a closure before the census year", b => b.Child().Referral(D(2024, 3, 1)).Closed(D(2024, 3, 31)));
        yield return Pass("8620", "a closure on the first day of the census year", b => b.Child().Referral(D(2024, 3, 1)).Closed(D(2024, 4, 1)));

        yield return Flag("8630", "a closure before the referral", b => b.Child().Referral(D(2024, 5, 1)).Closed(D(2024, 4, 30)));
        yield return Pass("8630", "a closure on the day of the referral", b => b.Child().Referral(D(2024, 5, 1)).Closed(D(2024, 5, 1)));

        yield return Flag("8640", "reason for closure RC10", b => b.Child().Referral(D(2024, 5, 1)).Closed(D(2024, 6, 1), "RC10"));
        yield return Pass("8640", "reason for closure RC9", b => b.Child().Referral(D(2024, 5, 1)).Closed(D(2024, 6, 1), "RC9"));

        yield return Flag("8568", "an episode whose ReferralNFA the reader found missing", b => b.Child().Referral(D(2024, 5, 1)).With(r => b.Dataset.Problems.Add(new GoldenThread.Core.Returns.ImportProblem(b.Dataset.LocationOf(r)!, "ReferralNFA is missing; read as 0 (not NFA)"))));
        yield return Pass("8568", "an episode with another reading problem", b => b.Child().Referral(D(2024, 5, 1)).With(r => b.Dataset.Problems.Add(new GoldenThread.Core.Returns.ImportProblem(b.Dataset.LocationOf(r)!, "ReferralSource is missing"))));
        yield return Flag("8650", "primary need N10", b => b.Child().Referral(D(2024, 5, 1)).With(r => r.PrimaryNeedCode = "N10"));
        yield return Pass("8650", "primary need N0", b => b.Child().Referral(D(2024, 5, 1)).With(r => r.PrimaryNeedCode = "N0"));

        yield return Flag("8805", "a closure date with no reason", b => b.Child().Referral(D(2024, 5, 1)).With(r => r.ClosureDate = D(2024, 6, 1)));
        yield return Pass("8805", "a closure date with a reason", b => b.Child().Referral(D(2024, 5, 1)).Closed(D(2024, 6, 1)));

        yield return Flag("8810", "a reason for closure with no closure date", b => b.Child().Referral(D(2024, 5, 1)).With(r => r.ClosureReason = "RC7"));
        yield return Pass("8810", "an open episode with no reason", b => b.Child().Referral(D(2024, 5, 1)));

        yield return Flag("8815", "two open episodes going on to further action", b => b.Child().Referral(D(2024, 5, 1)).Referral(D(2024, 7, 1)));
        yield return Pass("8815", "an open episode and an open no-further-action referral", b => b.Child().Referral(D(2024, 5, 1))
            .Referral(D(2024, 7, 1)).NoFurtherAction());

        yield return Flag("8816", "an open episode older than a closed one", b => b.Child().Referral(D(2024, 4, 10))
            .Referral(D(2024, 6, 1)).Closed(D(2024, 7, 1)));
        yield return Pass("8816", "a closed episode followed by the open latest one", b => b.Child().Referral(D(2024, 4, 10)).Closed(D(2024, 5, 31))
            .Referral(D(2024, 6, 1)));

        yield return Flag("8820", "a referral inside another episode's dates", b => b.Child().Referral(D(2024, 4, 10)).Closed(D(2024, 6, 1))
            .Referral(D(2024, 5, 1)).Closed(D(2024, 5, 20)));
        yield return Flag("8820", "a referral while another episode is still open", b => b.Child().Referral(D(2024, 4, 10))
            .Referral(D(2024, 5, 1)).Closed(D(2024, 5, 20)));
        yield return Pass("8820", "a referral on the day the previous episode closed", b => b.Child().Referral(D(2024, 4, 10)).Closed(D(2024, 5, 1))
            .Referral(D(2024, 5, 1)));
        yield return Pass("8820", "a referral after an open no-further-action referral", b => b.Child().Referral(D(2024, 4, 10)).NoFurtherAction()
            .Referral(D(2024, 5, 1)));

        yield return Flag("8825Q", "an episode closed RC9 with no assessment", b => b.Child().Referral(D(2024, 5, 1)).Closed(D(2024, 6, 1), "RC9"));
        yield return Pass("8825Q", "an episode closed RC9 with an assessment", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 5, 30)).Closed(D(2024, 6, 1), "RC9"));

        yield return Flag("8831", "an assessment on a no-further-action referral", b => b.Child().Referral(D(2024, 5, 1)).NoFurtherAction().Assessment(D(2024, 5, 2)));
        yield return Flag("8831", "a section 47 enquiry on a no-further-action referral", b => b.Child().Referral(D(2024, 5, 1)).NoFurtherAction().Section47(D(2024, 5, 2)));
        yield return Pass("8831", "a no-further-action referral with nothing in it", b => b.Child().Referral(D(2024, 5, 1)).NoFurtherAction().Closed(D(2024, 5, 1)));

        yield return Flag("8866", "no referral source", b => b.Child().Referral(D(2024, 5, 1)).With(r => r.Source = null));
        yield return Flag("8866", "referral source 11", b => b.Child().Referral(D(2024, 5, 1)).With(r => r.Source = "11"));
        yield return Pass("8866", "referral source 10", b => b.Child().Referral(D(2024, 5, 1)).With(r => r.Source = "10"));

        yield return Flag("8867", "a closed episode with an assessment not completed", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2)).Closed(D(2024, 6, 1)));
        yield return Pass("8867", "a closed episode with its assessment completed", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 5, 30)).Closed(D(2024, 6, 1)));

        yield return Flag("8868", "a closed episode with an enquiry neither conferenced nor marked not required", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 5, 30)).Section47(D(2024, 5, 3)).Closed(D(2024, 6, 1)));
        yield return Pass("8868", "a closed episode with an enquiry marked ICPC not required", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 5, 30)).Section47(D(2024, 5, 3), notRequired: true).Closed(D(2024, 6, 1)));
        yield return Pass("8868", "a closed episode with an enquiry that held its conference", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 5, 30)).Section47(D(2024, 5, 3), conference: D(2024, 5, 20)).Closed(D(2024, 6, 1)));

        yield return Flag("8890", "an enquiry starting before another's conference", b => b.Child().Referral(D(2024, 5, 1))
            .Section47(D(2024, 5, 1), conference: D(2024, 5, 20)).Section47(D(2024, 5, 10), notRequired: true));
        yield return Flag("8890", "an enquiry starting while another is open at the year end", b => b.Child().Referral(D(2024, 5, 1))
            .Section47(D(2024, 5, 1)).Section47(D(2024, 9, 10), notRequired: true));
        yield return Pass("8890", "an enquiry starting after another's conference", b => b.Child().Referral(D(2024, 5, 1))
            .Section47(D(2024, 5, 1), conference: D(2024, 5, 20)).Section47(D(2024, 5, 21), notRequired: true));

        // Assessments
        yield return Flag("1103", "an assessment starting before the referral", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 4, 30)));
        yield return Pass("1103", "an assessment starting on the referral date", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 1)));

        yield return Flag("8608", "an assessment authorised before it started", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 6, 1), D(2024, 5, 31)));
        yield return Pass("8608", "an assessment authorised on the day it started", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 6, 1), D(2024, 6, 1)));

        yield return Flag("8614", "factors on an assessment not completed", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), null, ["2B"]));
        yield return Pass("8614", "an assessment not completed with no factors", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2)));

        yield return Flag("8670Q", "an assessment open since 24 January 2025 (46 working days before 31 March)", b => b.Child().Referral(D(2025, 1, 24)).Assessment(D(2025, 1, 24)));
        yield return Pass("8670Q", "an assessment open since 27 January 2025 (45 working days before 31 March)", b => b.Child().Referral(D(2025, 1, 27)).Assessment(D(2025, 1, 27)));
        yield return Pass("8670Q", "an old assessment that was authorised", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 1)));

        yield return Flag("8696", "an assessment authorised after the reference date", b => b.Child().Referral(D(2025, 3, 1)).Assessment(D(2025, 3, 2), D(2025, 4, 1)));
        yield return Pass("8696", "an assessment authorised on the reference date", b => b.Child().Referral(D(2025, 3, 1)).Assessment(D(2025, 3, 2), D(2025, 3, 31)));

        yield return Flag("8736", "an open assessment that started before the census year", b => b.Child().Referral(D(2024, 3, 1)).Assessment(D(2024, 3, 1)));
        yield return Pass("8736", "an open assessment that started on 1 April", b => b.Child().Referral(D(2024, 3, 1)).Assessment(D(2024, 4, 1)));

        yield return Flag("8863Q", "an assessment starting during another", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 1), D(2024, 6, 1)).Assessment(D(2024, 5, 15), D(2024, 7, 1)));
        yield return Flag("8863Q", "an assessment starting while another is still open", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 1)).Assessment(D(2024, 9, 15), D(2024, 10, 1)));
        yield return Pass("8863Q", "an assessment starting after the other was authorised", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 1), D(2024, 6, 1)).Assessment(D(2024, 6, 2), D(2024, 7, 1)));

        yield return Flag("8869", "factor 21 with 2B", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 1), ["21", "2B"]));
        yield return Pass("8869", "factor 21 alone", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 1), ["21"]));

        yield return Flag("8873Q", "an only assessment with factor 21 and closure RC7", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 6, 1), ["21"]).Closed(D(2024, 6, 2), "RC7"));
        yield return Pass("8873Q", "an only assessment with factor 21 and closure RC8", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 6, 1), ["21"]).Closed(D(2024, 6, 2), "RC8"));
        yield return Pass("8873Q", "two assessments, one with factor 21", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 6, 1), ["21"]).Assessment(D(2024, 6, 5), D(2024, 7, 1)).Closed(D(2024, 7, 2), "RC7"));

        yield return Flag("8896", "two open assessments in one episode", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2)).Assessment(D(2024, 6, 2)));
        yield return Pass("8896", "one open and one completed assessment", b => b.Child().Referral(D(2024, 5, 1))
            .Assessment(D(2024, 5, 2), D(2024, 6, 1)).Assessment(D(2024, 6, 2)));

        yield return Flag("8897Q", "a completed assessment with no factors", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 1), []));
        yield return Pass("8897Q", "a completed assessment with factor 2B", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 1), ["2B"]));

        yield return Flag("8898", "factor 2B twice", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 1), ["2B", "2B"]));
        yield return Pass("8898", "factors 2B and 3A", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 1), ["2B", "3A"]));

        yield return Flag("8945Q", "factor 18A", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 1), ["18A"]));
        yield return Pass("8945Q", "factor 18B", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 1), ["18B"]));

        yield return Flag("8950Q", "factor 19A", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 1), ["19A"]));
        yield return Pass("8950Q", "factor 19C", b => b.Child().Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 1), ["19C"]));

        // CINplanDates
        yield return Flag("4000", "a CIN plan on a no-further-action referral", b => b.Child().Referral(D(2024, 5, 1)).NoFurtherAction().CinPlan(D(2024, 5, 2)));
        yield return Pass("4000", "a CIN plan on a referral going on to further action", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2024, 5, 2)));

        yield return Flag("4001", "an open CIN plan beside an open child protection plan", b => b.Child().Referral(D(2024, 5, 1))
            .CinPlan(D(2024, 5, 2)).ProtectionPlan(D(2024, 6, 4)));
        yield return Pass("4001", "an open CIN plan beside an ended child protection plan", b => b.Child().Referral(D(2024, 5, 1))
            .ProtectionPlan(D(2024, 6, 4), D(2024, 9, 2)).CinPlan(D(2024, 9, 2)));

        yield return Flag("4004", "two open CIN plans", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2024, 5, 2)).CinPlan(D(2024, 7, 2)));
        yield return Pass("4004", "an ended and an open CIN plan", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2024, 5, 2), D(2024, 7, 2)).CinPlan(D(2024, 7, 2)));

        yield return Flag("4010", "a CIN plan with no start date", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(default));
        yield return Flag("4010", "a CIN plan starting after the reference date", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2025, 4, 1)));
        yield return Pass("4010", "a CIN plan starting on the reference date", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2025, 3, 31)));

        yield return Flag("4011", "a CIN plan ending before it starts", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2024, 6, 1), D(2024, 5, 31)));
        yield return Pass("4011", "a CIN plan ending after it starts", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2024, 6, 1), D(2024, 6, 2)));

        yield return Flag("4012Q", "a CIN plan starting and ending on the same day", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2024, 6, 1), D(2024, 6, 1)));
        yield return Pass("4012Q", "a CIN plan lasting two days", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2024, 6, 1), D(2024, 6, 2)));

        yield return Flag("4013", "a CIN plan ending after the reference date", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2024, 6, 1), D(2025, 4, 1)));
        yield return Pass("4013", "a CIN plan ending on the reference date", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2024, 6, 1), D(2025, 3, 31)));

        yield return Flag("4014", "a CIN plan starting during another", b => b.Child().Referral(D(2024, 5, 1))
            .CinPlan(D(2024, 5, 1), D(2024, 7, 1)).CinPlan(D(2024, 6, 1), D(2024, 8, 1)));
        yield return Pass("4014", "a CIN plan starting the day another ends", b => b.Child().Referral(D(2024, 5, 1))
            .CinPlan(D(2024, 5, 1), D(2024, 7, 1)).CinPlan(D(2024, 7, 1), D(2024, 8, 1)));

        yield return Flag("4015", "a CIN plan starting before the referral", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2024, 4, 30)));
        yield return Pass("4015", "a CIN plan starting on the referral date", b => b.Child().Referral(D(2024, 5, 1)).CinPlan(D(2024, 5, 1)));

        yield return Flag("4016", "a CIN plan starting during a child protection plan", b => b.Child().Referral(D(2024, 5, 1))
            .ProtectionPlan(D(2024, 6, 4), D(2024, 9, 2)).CinPlan(D(2024, 7, 1)));
        yield return Flag("4016", "a CIN plan starting while a child protection plan is open", b => b.Child().Referral(D(2024, 5, 1))
            .ProtectionPlan(D(2024, 6, 4)).CinPlan(D(2025, 3, 31)));
        yield return Pass("4016", "a CIN plan starting the day the child protection plan ends", b => b.Child().Referral(D(2024, 5, 1))
            .ProtectionPlan(D(2024, 6, 4), D(2024, 9, 2)).CinPlan(D(2024, 9, 2)));

        yield return Flag("4017", "a child protection plan starting during a CIN plan", b => b.Child().Referral(D(2024, 5, 1))
            .CinPlan(D(2024, 5, 1), D(2024, 8, 1)).ProtectionPlan(D(2024, 6, 4)));
        yield return Pass("4017", "a child protection plan starting the day the CIN plan ends", b => b.Child().Referral(D(2024, 5, 1))
            .CinPlan(D(2024, 5, 1), D(2024, 6, 4)).ProtectionPlan(D(2024, 6, 4)));
    }
}
