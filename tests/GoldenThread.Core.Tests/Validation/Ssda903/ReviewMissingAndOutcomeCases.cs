namespace GoldenThread.Core.Tests.Validation.Ssda903;

internal static partial class Ssda903Cases
{
    private static IEnumerable<RuleCase> ReviewAndMissingCases() =>
    [
        Flags("167", "participation PN9", b => b.Child().Episode("2024-05-01").Review("2024-06-01", "PN9")),
        Flags("167", "participation blank", b => b.Child().Episode("2024-05-01").Review("2024-06-01", null)),
        Passes("167", "participation PN7", b => b.Child().Episode("2024-05-01").Review("2024-06-01", "PN7")),
        Flags("440", "PN0 for a child of 13", b => b.Child().Episode("2024-05-01").Review("2024-06-01", "PN0")),
        Passes("440", "PN0 for a child of 2", b => b.Child().Born("2022-01-01").Episode("2024-05-01").Review("2024-06-01", "PN0")),
        Flags("441", "PN1 for a child of 2", b => b.Child().Born("2022-01-01").Episode("2024-05-01").Review("2024-06-01", "PN1")),
        Passes("441", "PN1 for a child of 13", b => b.Child().Episode("2024-05-01").Review("2024-06-01", "PN1")),
        Flags("399", "short breaks only, with MOTHER", b => b.Child().Episode("2024-05-01", "2024-05-03", ls: "V3", place: "U6", rec: "E8")),
        Flags("399", "short breaks only, with a review", b => b.Child().With(c => c.IsMother = null).Episode("2024-05-01", ls: "V4", place: "U6").Review("2024-06-01")),
        Passes("399", "short breaks only, nothing else", b => b.Child().With(c => c.IsMother = null).Episode("2024-05-01", ls: "V4", place: "U6")),
        Passes("399", "looked after, with MOTHER and a review", b => b.Child().Episode("2024-05-01").Review("2024-06-01")),
        Flags("565", "missing period without type", b => b.Child().Episode("2024-05-01").Missing("2024-06-01", "2024-06-02", kind: null)),
        Passes("565", "missing period of type M", b => b.Child().Episode("2024-05-01").Missing("2024-06-01", "2024-06-02")),
        Flags("566", "ended missing period without type", b => b.Child().Episode("2024-05-01").Missing("2024-06-01", "2024-06-02", kind: " ")),
        Passes("566", "ended away period of type A", b => b.Child().Episode("2024-05-01").Missing("2024-06-01", "2024-06-02", kind: "A")),
        Flags("567", "ends before it starts", b => b.Child().Episode("2024-05-01").Missing("2024-06-05", "2024-06-02")),
        Passes("567", "ends the day it starts", b => b.Child().Episode("2024-05-01").Missing("2024-06-05", "2024-06-05")),
        Flags("570", "starts after 31 March", b => b.Child().Episode("2024-05-01").Missing("2025-04-02")),
        Passes("570", "starts on 31 March", b => b.Child().Episode("2024-05-01").Missing("2025-03-31")),
        Flags("571", "ends before 1 April", b => b.Child().Episode("2023-05-01").Missing("2024-02-01", "2024-03-01")),
        Flags("571", "ends after 31 March", b => b.Child().Episode("2023-05-01").Missing("2025-03-01", "2025-04-03")),
        Passes("571", "ends in the year", b => b.Child().Episode("2023-05-01").Missing("2024-03-30", "2024-04-02")),
        Flags("1006", "type X", b => b.Child().Episode("2024-05-01").Missing("2024-06-01", "2024-06-02", kind: "X")),
        Passes("1006", "type A", b => b.Child().Episode("2024-05-01").Missing("2024-06-01", "2024-06-02", kind: "A")),
        Flags("586", "missing before birth", b => b.Child().Episode("2024-05-01").Missing("2009-06-01", "2009-06-02")),
        Passes("586", "missing after birth", b => b.Child().Episode("2024-05-01").Missing("2024-06-01", "2024-06-02")),
        Flags("581", "missing before the first episode", b => b.Child().Episode("2024-05-01").Missing("2024-04-15", "2024-04-16")),
        Passes("581", "missing after the first episode began", b => b.Child().Episode("2024-05-01").Missing("2024-06-01", "2024-06-02")),
        Flags("578", "missing after care ended", b => b.Child().Episode("2024-05-01", "2024-08-01", rec: "E4A").Missing("2024-09-01", "2024-09-02")),
        Passes("578", "missing while looked after", b => b.Child().Episode("2024-05-01", "2024-08-01", rec: "E4A").Missing("2024-07-01", "2024-07-02")),
        Flags("577", "care ended with a missing period open", b => b.Child().Episode("2024-05-01", "2024-08-01", rec: "E8").Missing("2024-07-01")),
        Passes("577", "care ended with the missing period closed", b => b.Child().Episode("2024-05-01", "2024-08-01", rec: "E8").Missing("2024-07-01", "2024-07-03")),
        Flags("575", "placement ended with the missing period open", b => b.Child().Episode("2024-05-01", "2024-08-01").Episode("2024-08-01", rne: "P", place: "U6").Missing("2024-07-01")),
        Passes("575", "missing from the current placement", b => b.Child().Episode("2024-05-01", "2024-08-01").Episode("2024-08-01", rne: "P", place: "U6").Missing("2024-09-01")),
        Flags("574", "overlapping missing periods", b => b.Child().Episode("2024-05-01").Missing("2024-06-01", "2024-06-10").Missing("2024-06-05", "2024-06-06")),
        Flags("574", "a new period while one is open", b => b.Child().Episode("2024-05-01").Missing("2024-06-01").Missing("2024-06-05", "2024-06-06")),
        Passes("574", "consecutive missing periods", b => b.Child().Episode("2024-05-01").Missing("2024-06-01", "2024-06-10").Missing("2024-06-10", "2024-06-12")),
        Flags("580", "missing until care ended at 18, REC E4A", b => b.Child().Born("2006-08-01").Episode("2023-05-01", "2024-08-01", rec: "E4A").Missing("2024-07-30", "2024-08-01")),
        Passes("580", "missing until care ended at 18, REC E8", b => b.Child().Born("2006-08-01").Episode("2023-05-01", "2024-08-01", rec: "E8").Missing("2024-07-30", "2024-08-01")),
        Passes("580", "missing period ended before care ended at 18", b => b.Child().Born("2006-08-01").Episode("2023-05-01", "2024-08-01", rec: "E4A").Missing("2024-07-01", "2024-07-02")),
        Flags("576", "last year's open missing period not carried over", b =>
        {
            b.Child().Episode("2023-05-01");
            b.LastYear.Child().Episode("2023-05-01").Missing("2024-03-01");
        }),
        Passes("576", "last year's open missing period carried over", b =>
        {
            b.Child().Episode("2023-05-01").Missing("2024-03-01", "2024-04-05");
            b.LastYear.Child().Episode("2023-05-01").Missing("2024-03-01");
        }),
    ];

    private static IEnumerable<RuleCase> Oc2Cases() =>
    [
        Flags("157", "SDQ1 for a child of 13", b => LookedAfter(b).Oc2Complete(r => r.SdqReason = "SDQ1")),
        Passes("157", "SDQ2 for a child of 13", b => LookedAfter(b).Oc2Complete(r => r.SdqReason = "SDQ2")),
        Flags("158", "intervention received and offered", b => LookedAfter(b).Oc2Complete(r => (r.SubstanceMisuse, r.InterventionReceived, r.InterventionOffered) = (true, true, false))),
        Passes("158", "intervention received, offered blank", b => LookedAfter(b).Oc2Complete(r => (r.SubstanceMisuse, r.InterventionReceived) = (true, true))),
        Flags("159", "no intervention received, offered blank", b => LookedAfter(b).Oc2Complete(r => (r.SubstanceMisuse, r.InterventionReceived) = (true, false))),
        Passes("159", "no intervention received, offered 1", b => LookedAfter(b).Oc2Complete(r => (r.SubstanceMisuse, r.InterventionReceived, r.InterventionOffered) = (true, false, true))),
        Flags("180", "SDQ score 41", b => LookedAfter(b).Oc2Complete(r => r.SdqScore = 41)),
        Passes("180", "SDQ score 40", b => LookedAfter(b).Oc2Complete(r => r.SdqScore = 40)),
        Flags("182", "conviction given, core items blank", b => LookedAfter(b).Oc2(r => r.Convicted = false)),
        Passes("182", "all items given", b => LookedAfter(b).Oc2Complete(r => r.Convicted = false)),
        Passes("182", "only immunisations given", b => LookedAfter(b).Oc2(r => r.Immunisations = true)),
        Flags("185", "SDQ score for a child in care since June", b => NewlyLookedAfter(b).Oc2(r => r.SdqScore = 10)),
        Passes("185", "SDQ score for a child in care for 12 months", b => LookedAfter(b).Oc2Complete(r => r.SdqScore = 10)),
        Flags("186", "no SDQ for a child of 13 in care for 12 months", b => LookedAfter(b).Oc2Complete()),
        Passes("186", "SDQ score for a child of 13", b => LookedAfter(b).Oc2Complete(r => r.SdqScore = 12)),
        Flags("188", "SDQ score for a child of 2", b => LookedAfter(b, "2022-01-01").Oc2Complete(r => r.SdqScore = 5)),
        Passes("188", "SDQ score for a child of 13", b => LookedAfter(b).Oc2Complete(r => r.SdqScore = 5)),
        Flags("189", "SDQ score for a child of 17 on 1 April", b => LookedAfter(b, "2006-01-01").Oc2Complete(r => r.SdqScore = 5)),
        Passes("189", "SDQ score for a child of 13", b => LookedAfter(b).Oc2Complete(r => r.SdqScore = 5)),
        Flags("190", "12-month items for a child in care since June", b => NewlyLookedAfter(b).Oc2(r => r.Immunisations = true)),
        Passes("190", "12-month items for a child in care for 12 months", b => LookedAfter(b).Oc2Complete()),
        Flags("191", "no OC2 row for a child in care for 12 months", b => LookedAfter(b)),
        Flags("191", "teeth check blank", b => LookedAfter(b).Oc2Complete(r => r.TeethCheck = null)),
        Passes("191", "core items given", b => LookedAfter(b).Oc2Complete()),
        Flags("192", "substance misuse, intervention received blank", b => LookedAfter(b).Oc2Complete(r => r.SubstanceMisuse = true)),
        Passes("192", "substance misuse, intervention received 1", b => LookedAfter(b).Oc2Complete(r => (r.SubstanceMisuse, r.InterventionReceived) = (true, true))),
        Flags("193", "no substance misuse, intervention received 1", b => LookedAfter(b).Oc2Complete(r => r.InterventionReceived = true)),
        Passes("193", "no substance misuse, interventions blank", b => LookedAfter(b).Oc2Complete()),
        Flags("196", "SDQ reason SDQ9", b => LookedAfter(b).Oc2Complete(r => r.SdqReason = "SDQ9")),
        Passes("196", "SDQ reason SDQ3", b => LookedAfter(b).Oc2Complete(r => r.SdqReason = "SDQ3")),
        Flags("197a", "SDQ score and reason", b => LookedAfter(b).Oc2Complete(r => (r.SdqScore, r.SdqReason) = (10, "SDQ2"))),
        Passes("197a", "SDQ score only", b => LookedAfter(b).Oc2Complete(r => r.SdqScore = 10)),
        Flags("197B", "turned 4 in the year with no SDQ", b => LookedAfter(b, "2020-06-01").Oc2Complete()),
        Passes("197B", "turned 4 in the year with a reason", b => LookedAfter(b, "2020-06-01").Oc2Complete(r => r.SdqReason = "SDQ4")),
        Flags("198", "SDQ reason for a child in care since June", b => NewlyLookedAfter(b).Oc2(r => r.SdqReason = "SDQ1")),
        Passes("198", "SDQ reason for a child in care for 12 months", b => LookedAfter(b).Oc2Complete(r => r.SdqReason = "SDQ2")),
        Flags("215", "care leaver with 12-month items", b => b.Child().Oc3().Oc2(r => r.Convicted = false)),
        Passes("215", "care leaver with an empty OC2 row", b => b.Child().Oc3().Oc2()),
        Flags("542", "conviction for a child of 9", b => LookedAfter(b, "2015-06-01").Oc2Complete(r => r.Convicted = false)),
        Passes("542", "conviction for a child of 13", b => LookedAfter(b).Oc2Complete(r => r.Convicted = false)),
        Flags("543", "no conviction item for a child of 13", b => LookedAfter(b).Oc2Complete()),
        Passes("543", "conviction item for a child of 13", b => LookedAfter(b).Oc2Complete(r => r.Convicted = false)),
        Flags("544", "conviction with teeth check blank", b => LookedAfter(b).Oc2Complete(r => (r.Convicted, r.TeethCheck) = (false, null))),
        Passes("544", "conviction with core items", b => LookedAfter(b).Oc2Complete(r => r.Convicted = false)),
        Flags("545", "no health check for a child of 3", b => LookedAfter(b, "2021-06-01").Oc2Complete()),
        Passes("545", "health check for a child of 3", b => LookedAfter(b, "2021-06-01").Oc2Complete(r => r.HealthCheck = true)),
        Flags("546", "health check for a child of 13", b => LookedAfter(b).Oc2Complete(r => r.HealthCheck = true)),
        Passes("546", "health check for a child of 3", b => LookedAfter(b, "2021-06-01").Oc2Complete(r => r.HealthCheck = true)),
        Flags("547", "health check with health assessment blank", b => LookedAfter(b, "2021-06-01").Oc2Complete(r => (r.HealthCheck, r.HealthAssessment) = (true, null))),
        Passes("547", "health check with core items", b => LookedAfter(b, "2021-06-01").Oc2Complete(r => r.HealthCheck = true)),
    ];

    private static IEnumerable<RuleCase> Oc3Cases() =>
    [
        Flags("131", "in touch MAYBE", b => b.Child().Born("2006-06-01").Oc3(inTouch: "MAYBE")),
        Passes("131", "in touch NREQ", b => b.Child().Born("2006-06-01").Oc3(inTouch: "NREQ")),
        Flags("132", "activity Z9", b => b.Child().Born("2006-06-01").Oc3(activity: "Z9")),
        Passes("132", "activity G6", b => b.Child().Born("2006-06-01").Oc3(activity: "G6")),
        Flags("133", "accommodation Q1", b => b.Child().Born("2006-06-01").Oc3(accommodation: "Q1")),
        Passes("133", "accommodation Y2", b => b.Child().Born("2006-06-01").Oc3(accommodation: "Y2")),
        Flags("153", "in touch only", b => b.Child().Born("2006-06-01").Oc3("YES", null, null)),
        Passes("153", "all three", b => b.Child().Born("2006-06-01").Oc3()),
        Passes("153", "all blank", b => b.Child().Born("2006-06-01").Oc3(null, null, null)),
        Flags("344", "died with activity", b => b.Child().Born("2006-06-01").Oc3("DIED", "F1", null)),
        Passes("344", "died with nothing else", b => b.Child().Born("2006-06-01").Oc3("DIED", null, null)),
        Flags("345", "in touch with activity 0", b => b.Child().Born("2006-06-01").Oc3("YES", "0", "B1")),
        Passes("345", "in touch with activity F1", b => b.Child().Born("2006-06-01").Oc3()),
        Flags("347", "foyer at 17", b => b.Child().Born("2007-01-01").Oc3(accommodation: "T1")),
        Passes("347", "foyer at 19", b => b.Child().Born("2005-01-01").Oc3(accommodation: "T1")),
        Flags("391", "care leaver data at 14", b => b.Child().Oc3()),
        Flags("391", "care leaver data at 22 all year", b => b.Child().Born("2002-01-01").Oc3()),
        Passes("391", "care leaver data at 17", b => b.Child().Born("2007-06-01").Oc3()),
        Passes("391", "care leaver data at 21 until May", b => b.Child().Born("2003-05-01").Oc3()),
        Flags("1000", "care leaver who died in care", b => b.Child().Born("2006-06-01").Episode("2023-05-01", "2024-06-01", rec: "E2").Oc3()),
        Passes("1000", "care leaver who went home", b => b.Child().Born("2006-06-01").Episode("2023-05-01", "2024-06-01", rec: "E8").Oc3()),
        Flags("1001", "no care after the 14th birthday", b =>
        {
            b.Child().Born("2006-06-01").Oc3();
            b.LastYear.Child().Born("2006-06-01").Episode("2019-01-01", "2020-06-01", rec: "E8");
        }),
        Passes("1001", "three years in care after the 14th birthday", b =>
        {
            b.Child().Born("2006-06-01").Oc3();
            b.LastYear.Child().Born("2006-06-01").Episode("2020-06-01", "2023-06-01", rec: "E8");
        }),
        Flags("1002", "care leaver with no episode in either year", b =>
        {
            b.Child().Born("2006-06-01").Oc3();
            b.LastYear.Child().Born("2006-06-01");
        }),
        Passes("1002", "care leaver with an episode last year", b =>
        {
            b.Child().Born("2006-06-01").Oc3();
            b.LastYear.Child().Born("2006-06-01").Episode("2022-06-01", "2023-06-01", rec: "E8");
        }),
        Flags("1007", "looked after on the 17th birthday and still", b => b.Child().Born("2007-06-01").Episode("2020-01-01").Oc3()),
        Passes("1007", "left care before the 17th birthday", b => b.Child().Born("2007-06-01").Episode("2020-01-01", "2024-05-01", rec: "E8").Oc3()),
        Flags("1010", "no episodes this year after an open one last year", b =>
        {
            b.Child().Born("2006-06-01").Oc3();
            b.LastYear.Child().Born("2006-06-01").Episode("2022-06-01");
        }),
        Passes("1010", "no episodes this year after a closed one last year", b =>
        {
            b.Child().Born("2006-06-01").Oc3();
            b.LastYear.Child().Born("2006-06-01").Episode("2022-06-01", "2023-06-01", rec: "E8");
        }),
        Flags("1011", "care transferred to another authority", b => b.Child().Born("2006-06-01").Episode("2023-05-01", "2024-06-01", rec: "E3").Oc3()),
        Passes("1011", "care ended for another reason", b => b.Child().Born("2006-06-01").Episode("2023-05-01", "2024-06-01", rec: "E8").Oc3()),
        Flags("1016", "left care after the 17th birthday", b => b.Child().Born("2007-06-01").Episode("2020-01-01", "2024-08-01", rec: "E8").Oc3()),
        Passes("1016", "left care before the 17th birthday", b => b.Child().Born("2007-06-01").Episode("2020-01-01", "2024-05-01", rec: "E8").Oc3()),
        Flags("3001", "with former foster carers around the 17th birthday", b => b.Child().Born("2007-06-01").Oc3(accommodation: "Z1")),
        Passes("3001", "with former foster carers around the 19th birthday", b => b.Child().Born("2005-06-01").Oc3(accommodation: "Z1")),
        Flags("134", "care leaver with AD1 data", b => b.Child().Born("2006-06-01").Oc3().Ad1()),
        Passes("134", "AD1 without care leaver data", b => b.Child().Episode("2023-05-01", "2024-09-01", place: "A4", rec: "E11").Ad1()),
        Flags("187", "in care for 12 months with AD1 data", b => LookedAfter(b).Ad1()),
        Flags("187", "in care for 12 months with OC3 data", b => LookedAfter(b).Oc3()),
        Passes("187", "in care since June with AD1 data", b => NewlyLookedAfter(b).Ad1()),
        Flags("1012", "care leaver with no episodes but a review", b => b.Child().Born("2006-06-01").Oc3().Review("2024-06-01")),
        Passes("1012", "care leaver with no episodes and nothing else", b => b.Child().Born("2006-06-01").Oc3()),
        Passes("1012", "looked after child with a review", b => b.Child().Episode("2024-05-01").Review("2024-06-01")),
    ];
}
