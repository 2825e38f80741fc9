namespace GoldenThread.Core.Tests.Validation.Ssda903;

internal static partial class Ssda903Cases
{
    private static IEnumerable<RuleCase> AdoptionCases() =>
    [
        Flags("117", "decision to place after 31 March", b => b.Child().Episode("2023-05-01").Placed("2025-04-05")),
        Flags("117", "decision ceased after care ended", b => b.Child().Episode("2023-05-01", "2024-06-01", rec: "E8").Placed("2024-01-01", "2024-07-01", "RD1")),
        Passes("117", "decision in the year while in care", b => b.Child().Episode("2023-05-01").Placed("2024-05-01")),
        Flags("118", "decision ceased before 1 April", b => b.Child().Episode("2023-05-01").Placed("2023-06-01", "2024-02-01", "RD1")),
        Passes("118", "decision ceased in the year", b => b.Child().Episode("2023-05-01").Placed("2023-06-01", "2024-09-01", "RD1")),
        Flags("119", "ceased date without reason", b => b.Child().Episode("2023-05-01").Placed("2023-06-01", "2024-09-01")),
        Passes("119", "ceased date and reason", b => b.Child().Episode("2023-05-01").Placed("2023-06-01", "2024-09-01", "RD2")),
        Flags("120", "reason RD9", b => b.Child().Episode("2023-05-01").Placed("2023-06-01", "2024-09-01", "RD9")),
        Passes("120", "reason RD4", b => b.Child().Episode("2023-05-01").Placed("2023-06-01", "2024-09-01", "RD4")),
        Flags("184", "decision before birth", b => b.Child().Episode("2023-05-01").Placed("2009-01-01")),
        Passes("184", "decision after birth", b => b.Child().Episode("2023-05-01").Placed("2024-01-01")),
        Flags("522", "decision after it ceased", b => b.Child().Episode("2023-05-01").Placed("2024-09-01", "2024-08-01", "RD1")),
        Passes("522", "decision before it ceased", b => b.Child().Episode("2023-05-01").Placed("2024-07-01", "2024-08-01", "RD1")),
        Flags("563", "ceased without a decision date", b => b.Child().Episode("2023-05-01").Placed(null, "2024-08-01", "RD1")),
        Passes("563", "ceased with a decision date", b => b.Child().Episode("2023-05-01").Placed("2024-07-01", "2024-08-01", "RD1")),
        Flags("1003", "decision before care began", b => b.Child().Episode("2024-05-01").Placed("2024-04-10")),
        Passes("1003", "decision after care began", b => b.Child().Episode("2024-05-01").Placed("2024-06-01")),
        Flags("554", "decision after the placement order", b => b.Child().Episode("2024-05-01", ls: "E1").Placed("2024-06-01")),
        Passes("554", "decision before the placement order", b => b.Child().Episode("2024-01-01", "2024-05-01").Episode("2024-05-01", rne: "L", ls: "E1").Placed("2024-04-15")),
        Flags("557", "left care home under a placement order with the decision open", b => b.Child().Episode("2023-05-01", "2024-09-01", ls: "E1", rec: "E8").Placed("2023-06-01")),
        Flags("557", "left care home from a placement for adoption with no decision row", b => b.Child().Episode("2023-05-01", "2024-09-01", ls: "E1", place: "A4", rec: "E8")),
        Passes("557", "left care home with the decision ceased", b => b.Child().Episode("2023-05-01", "2024-09-01", ls: "E1", rec: "E8").Placed("2023-06-01", "2024-09-01", "RD1")),
        Passes("557", "adopted with the decision open", b => b.Child().Episode("2023-05-01", "2024-09-01", ls: "E1", place: "A4", rec: "E11").Placed("2023-06-01")),
        Flags("558", "adopted with the decision ceased", b => b.Child().Episode("2023-05-01", "2024-09-01", place: "A4", rec: "E11").Placed("2024-01-01", "2024-08-01", "RD1")),
        Passes("558", "adopted with the decision open", b => b.Child().Episode("2023-05-01", "2024-09-01", place: "A4", rec: "E11").Placed("2024-01-01")),
        Flags("579", "a second decision while the first is open", b => b.Child().Episode("2023-05-01").Placed("2024-05-01").Placed("2024-08-01")),
        Passes("579", "a second decision after the first ceased", b => b.Child().Episode("2023-05-01").Placed("2024-05-01", "2024-07-01", "RD1").Placed("2024-08-01")),
        Flags("583", "an earlier decision not revoked", b => b.Child().Episode("2023-05-01").Placed("2024-05-01").Placed("2024-08-01")),
        Passes("583", "an earlier decision revoked", b => b.Child().Episode("2023-05-01").Placed("2024-05-01", "2024-07-01", "RD1").Placed("2024-08-01")),
        Flags("551", "placed for adoption without a decision", b => b.Child().Episode("2024-05-01", place: "A4", ls: "E1")),
        Passes("551", "placed for adoption with a decision", b => b.Child().Episode("2024-05-01", place: "A4", ls: "E1").Placed("2024-04-01")),
        Flags("552", "placed for adoption before the decision", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "B", place: "A4", ls: "E1").Placed("2024-08-01")),
        Passes("552", "placed for adoption after the decision", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "B", place: "A4", ls: "E1").Placed("2024-05-15")),
        Flags("553", "placement order without a decision", b => b.Child().Episode("2024-05-01", ls: "E1")),
        Passes("553", "placement order with a decision", b => b.Child().Episode("2024-05-01", ls: "E1").Placed("2024-05-01")),
        Flags("151", "AD1 without DATE_MATCH", b => b.Child().Ad1(r => r.MatchDate = null)),
        Passes("151", "AD1 complete", b => b.Child().Ad1()),
        Flags("175", "three adopters", b => b.Child().Ad1(r => r.NumberOfAdopters = "3")),
        Passes("175", "one adopter", b => b.Child().Ad1(r => (r.NumberOfAdopters, r.SexOfAdopters, r.LegalStatusOfAdopters) = ("1", "F1", "L0"))),
        Flags("176", "adopters' sex XX", b => b.Child().Ad1(r => r.SexOfAdopters = "XX")),
        Passes("176", "adopters' sex FF", b => b.Child().Ad1(r => (r.SexOfAdopters, r.LegalStatusOfAdopters) = ("FF", "L12"))),
        Flags("177", "adopters' legal status L9", b => b.Child().Ad1(r => r.LegalStatusOfAdopters = "L9")),
        Passes("177", "adopters' legal status L2", b => b.Child().Ad1(r => r.LegalStatusOfAdopters = "L2")),
        Flags("333", "decision after matching", b => b.Child().Ad1(r => r.DecisionDate = new DateOnly(2024, 8, 1))),
        Passes("333", "decision before matching", b => b.Child().Ad1()),
        Flags("334", "decision before care began", b => b.Child().Episode("2024-05-10").Ad1()),
        Passes("334", "decision after care began", b => b.Child().Episode("2024-04-10").Ad1()),
        Flags("331", "matched after being placed for adoption", b => b.Child()
            .Episode("2024-01-01", "2024-06-01").Episode("2024-06-01", "2024-12-01", rne: "B", ls: "E1", place: "A3", rec: "E11").Ad1()),
        Passes("331", "matched before being placed for adoption", b => b.Child()
            .Episode("2024-01-01", "2024-06-01").Episode("2024-06-01", "2024-12-01", rne: "B", ls: "E1", place: "A3", rec: "E11")
            .Ad1(r => (r.DecisionDate, r.MatchDate) = (new DateOnly(2024, 3, 1), new DateOnly(2024, 5, 15)))),
        Flags("335", "FOSTER_CARE 1 but adopted from A4", b => b.Child().Episode("2023-05-01", "2024-12-01", ls: "E1", place: "A4", rec: "E11").Ad1()),
        Flags("335", "FOSTER_CARE 0 but adopted from A3", b => b.Child().Episode("2023-05-01", "2024-12-01", ls: "E1", place: "A3", rec: "E11").Ad1(r => r.FosterCare = false)),
        Passes("335", "FOSTER_CARE 1 and adopted from A3", b => b.Child().Episode("2023-05-01", "2024-12-01", ls: "E1", place: "A3", rec: "E11").Ad1()),
        Flags("521", "decision after the child was placed for adoption", b => b.Child()
            .Episode("2024-01-01", "2024-04-15").Episode("2024-04-15", rne: "B", ls: "E1", place: "A4").Ad1()),
        Passes("521", "decision before the child was placed for adoption", b => b.Child()
            .Episode("2024-01-01", "2024-04-15").Episode("2024-04-15", rne: "B", ls: "E1", place: "A4").Ad1(r => r.DecisionDate = new DateOnly(2024, 4, 10))),
        Flags("523", "AD1 decision differs from DATE_PLACED", b => b.Child().Ad1().Placed("2024-05-02")),
        Passes("523", "AD1 decision equals DATE_PLACED", b => b.Child().Ad1().Placed("2024-05-01")),
        Flags("525", "adoption data after the decision was reversed", b => b.Child().Ad1().Placed("2024-05-01", "2024-06-01", "RD1")),
        Passes("525", "adoption data with the decision standing", b => b.Child().Ad1().Placed("2024-05-01")),
        Flags("582", "adopted on the day of matching", b => b.Child().Episode("2023-05-01", "2024-07-01", ls: "E1", place: "A4", rec: "E11").Ad1()),
        Passes("582", "adopted after matching", b => b.Child().Episode("2023-05-01", "2024-09-01", ls: "E1", place: "A4", rec: "E11").Ad1()),
        Flags("602", "AD1 but not adopted", b => b.Child().Episode("2023-05-01").Ad1()),
        Passes("602", "AD1 and adopted in the year", b => b.Child().Episode("2023-05-01", "2024-09-01", ls: "E1", place: "A4", rec: "E11").Ad1()),
        Flags("514", "single adopter L0 as a couple", b => b.Child().Ad1(r => r.LegalStatusOfAdopters = "L0")),
        Passes("514", "single adopter L0 female", b => b.Child().Ad1(r => (r.NumberOfAdopters, r.SexOfAdopters, r.LegalStatusOfAdopters) = ("1", "F1", "L0"))),
        Flags("517", "L3 as FF", b => b.Child().Ad1(r => (r.LegalStatusOfAdopters, r.SexOfAdopters) = ("L3", "FF"))),
        Passes("517", "L3 as MF", b => b.Child().Ad1(r => r.LegalStatusOfAdopters = "L3")),
        Flags("518", "L4 as MF", b => b.Child().Ad1(r => r.LegalStatusOfAdopters = "L4")),
        Passes("518", "L4 as MM", b => b.Child().Ad1(r => (r.LegalStatusOfAdopters, r.SexOfAdopters) = ("L4", "MM"))),
        Flags("519", "L2 as a single male", b => b.Child().Ad1(r => (r.LegalStatusOfAdopters, r.SexOfAdopters) = ("L2", "M1"))),
        Passes("519", "L2 as MM", b => b.Child().Ad1(r => (r.LegalStatusOfAdopters, r.SexOfAdopters) = ("L2", "MM"))),
        Flags("520", "L11 as MM", b => b.Child().Ad1(r => r.SexOfAdopters = "MM")),
        Passes("520", "L11 as MF", b => b.Child().Ad1()),
        Flags("524", "L12 as MF", b => b.Child().Ad1(r => r.LegalStatusOfAdopters = "L12")),
        Passes("524", "L12 as FF", b => b.Child().Ad1(r => (r.LegalStatusOfAdopters, r.SexOfAdopters) = ("L12", "FF"))),
        Flags("511", "two adopters as M1", b => b.Child().Ad1(r => r.SexOfAdopters = "M1")),
        Passes("511", "two adopters as MF", b => b.Child().Ad1()),
        Flags("601", "adopted without AD1", b => b.Child().Episode("2023-05-01", "2024-09-01", ls: "E1", place: "A4", rec: "E11")),
        Flags("601", "adopted with AD1 incomplete", b => b.Child().Episode("2023-05-01", "2024-09-01", ls: "E1", place: "A4", rec: "E11").Ad1(r => r.FosterCare = null)),
        Passes("601", "adopted with AD1 complete", b => b.Child().Episode("2023-05-01", "2024-09-01", ls: "E1", place: "A4", rec: "E11").Ad1()),
        Flags("336", "placed with current foster carers straight from a children's home", b => b.Child().Episode("2024-01-01", "2024-06-01", place: "K2").Episode("2024-06-01", rne: "B", ls: "E1", place: "A3")),
        Flags("336", "placed with current foster carers straight from hospital", b => b.Child().Episode("2024-01-01", "2024-06-01", place: "T1").Episode("2024-06-01", rne: "B", ls: "E1", place: "A5")),
        Passes("336", "placed with current foster carers from foster care", b => b.Child().Episode("2024-01-01", "2024-06-01").Episode("2024-06-01", rne: "U", ls: "E1", place: "A3")),
    ];

    private static IEnumerable<RuleCase> PrevPermAndSocialWorkerCases() =>
    [
        Flags("630", "started to be looked after without PrevPerm", b => b.Child().Episode("2024-05-01")),
        Passes("630", "started to be looked after with PrevPerm Z1", b => b.Child().Episode("2024-05-01").PrevPerm("Z1")),
        Flags("631", "PREV_PERM P9", b => b.Child().Episode("2024-05-01").PrevPerm("P9")),
        Passes("631", "PREV_PERM P2", b => b.Child().Episode("2024-05-01").PrevPerm("P2", "201", "01/02/2019")),
        Flags("632", "DATE_PERM 32/13/2019", b => b.Child().Episode("2024-05-01").PrevPerm("P2", "201", "32/13/2019")),
        Flags("632", "DATE_PERM after care began", b => b.Child().Episode("2024-05-01").PrevPerm("P2", "201", "01/06/2024")),
        Passes("632", "DATE_PERM zz/zz/2019", b => b.Child().Episode("2024-05-01").PrevPerm("P2", "201", "zz/zz/2019")),
        Flags("634", "PrevPerm for a period of care from 2015", b => b.Child().Born("2008-01-01").Episode("2015-01-01").PrevPerm("Z1")),
        Passes("634", "PrevPerm for a period of care from 2017", b => b.Child().Episode("2017-01-01").PrevPerm("Z1")),
        Flags("635", "Z1 with an authority", b => b.Child().Episode("2024-05-01").PrevPerm("Z1", "201")),
        Passes("635", "Z1 alone", b => b.Child().Episode("2024-05-01").PrevPerm("Z1")),
        Flags("SW01aSTG1", "no social worker id", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", id: null)),
        Passes("SW01aSTG1", "social worker id", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01")),
        Flags("SW01bSTG1", "ended without a reason", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", "2024-06-01", reason: " ").SocialWorker("2024-06-01")),
        Passes("SW01bSTG1", "ended with a reason", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", "2024-06-01").SocialWorker("2024-06-01")),
        Flags("SW02STG1", "id AB123", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", id: "AB123")),
        Passes("SW02STG1", "id XX123", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", id: "XX123")),
        Flags("SW06STG2", "starts after 31 March", b => b.Child().Episode("2023-05-01").SocialWorker("2025-04-02")),
        Passes("SW06STG2", "starts on 31 March", b => b.Child().Episode("2023-05-01").SocialWorker("2025-03-31")),
        Flags("SW07STG2", "ends before the reporting period", b => b.Child().Episode("2022-05-01").SocialWorker("2022-05-01", "2023-03-01").SocialWorker("2023-03-01")),
        Passes("SW07STG2", "ends in the year", b => b.Child().Episode("2022-05-01").SocialWorker("2022-05-01", "2024-06-01").SocialWorker("2024-06-01")),
        Flags("SW08STG2", "an open episode followed by another", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01").SocialWorker("2024-06-01")),
        Passes("SW08STG2", "an ended episode followed by another", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", "2024-06-01").SocialWorker("2024-06-01")),
        Flags("SW09STG2", "ends the day it starts", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", "2024-04-01").SocialWorker("2024-04-01")),
        Passes("SW09STG2", "ends the next day", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", "2024-04-02").SocialWorker("2024-04-02")),
        Flags("SW10STG2", "starts before the previous one ended", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", "2024-07-01").SocialWorker("2024-06-01")),
        Passes("SW10STG2", "starts when the previous one ended", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", "2024-07-01").SocialWorker("2024-07-01")),
        Flags("SW11bSTG2", "ended in October with no successor", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", "2024-10-01")),
        Passes("SW11bSTG2", "ended in October with a successor", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", "2024-10-01").SocialWorker("2024-10-01")),
        Flags("SW12STG2", "no social worker until June", b => b.Child().Episode("2023-05-01").SocialWorker("2024-06-01")),
        Flags("SW12STG2", "no social worker episodes", b => b.Child().Episode("2023-05-01")),
        Passes("SW12STG2", "a social worker from 1 April", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01")),
        Passes("SW12STG2", "a social worker from the start of care in June", b => b.Child().Episode("2024-06-01").SocialWorker("2024-06-01")),
        Flags("SW13STG1", "reason BOGUS", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", "2024-06-01", reason: "BOGUS").SocialWorker("2024-06-01")),
        Passes("SW13STG1", "reason ABSENC", b => b.Child().Episode("2023-05-01").SocialWorker("2024-04-01", "2024-06-01", reason: "ABSENC").SocialWorker("2024-06-01")),
    ];

    private static IEnumerable<RuleCase> CrossYearCases() =>
    [
        Flags("202", "sex changed", b =>
        {
            b.Child().Episode("2023-05-01");
            b.LastYear.Child().With(c => c.Sex = "M");
        }),
        Passes("202", "sex unchanged", b =>
        {
            b.Child().Episode("2023-05-01");
            b.LastYear.Child();
        }),
        Flags("203", "DOB changed", b =>
        {
            b.Child().Episode("2023-05-01");
            b.LastYear.Child().Born("2010-06-16");
        }),
        Passes("203", "DOB unchanged", b =>
        {
            b.Child().Episode("2023-05-01");
            b.LastYear.Child();
        }),
        Flags("204", "ethnicity changed", b =>
        {
            b.Child().Episode("2023-05-01");
            b.LastYear.Child().With(c => c.Ethnicity = "WIRI");
        }),
        Passes("204", "ethnicity unchanged", b =>
        {
            b.Child().Episode("2023-05-01");
            b.LastYear.Child();
        }),
        Flags("207", "a mother last year, not this year", b =>
        {
            b.Child().Born("2007-01-01").Episode("2023-05-01");
            b.LastYear.Child().Born("2007-01-01").With(c => (c.IsMother, c.MothersChildBirthDate) = ("1", new DateOnly(2023, 6, 1)));
        }),
        Flags("207", "a mother last year, MOTHER blank now", b =>
        {
            b.Child().Born("2007-01-01").With(c => c.IsMother = null).Episode("2023-05-01");
            b.LastYear.Child().Born("2007-01-01").With(c => (c.IsMother, c.MothersChildBirthDate) = ("1", new DateOnly(2023, 6, 1)));
        }),
        Passes("207", "a mother both years", b =>
        {
            b.Child().Born("2007-01-01").With(c => (c.IsMother, c.MothersChildBirthDate) = ("1", new DateOnly(2023, 6, 1))).Episode("2023-05-01");
            b.LastYear.Child().Born("2007-01-01").With(c => (c.IsMother, c.MothersChildBirthDate) = ("1", new DateOnly(2023, 6, 1)));
        }),
        Flags("208", "UPN changed", b =>
        {
            b.Child().Episode("2023-05-01");
            b.LastYear.Child().With(c => c.Upn = "B123456789012");
        }),
        Flags("208", "UPN last year, unknown code now", b =>
        {
            b.Child().With(c => (c.Upn, c.UpnUnknownReason) = (null, "UN5")).Episode("2023-05-01");
            b.LastYear.Child();
        }),
        Passes("208", "unknown code last year, UPN now", b =>
        {
            b.Child().Episode("2023-05-01");
            b.LastYear.Child().With(c => (c.Upn, c.UpnUnknownReason) = (null, "UN4"));
        }),
        Passes("208", "UN1 last year, UN2 now", b =>
        {
            b.Child().With(c => (c.Upn, c.UpnUnknownReason) = (null, "UN2")).Episode("2023-05-01");
            b.LastYear.Child().With(c => (c.Upn, c.UpnUnknownReason) = (null, "UN1"));
        }),
        Passes("208", "UPN unchanged", b =>
        {
            b.Child().Episode("2023-05-01");
            b.LastYear.Child();
        }),
        Flags("624", "mother's child's DOB changed", b =>
        {
            b.Child().Born("2007-01-01").With(c => (c.IsMother, c.MothersChildBirthDate) = ("1", new DateOnly(2023, 6, 2))).Episode("2023-05-01");
            b.LastYear.Child().Born("2007-01-01").With(c => (c.IsMother, c.MothersChildBirthDate) = ("1", new DateOnly(2023, 6, 1)));
        }),
        Passes("624", "mother's child's DOB unchanged", b =>
        {
            b.Child().Born("2007-01-01").With(c => (c.IsMother, c.MothersChildBirthDate) = ("1", new DateOnly(2023, 6, 1))).Episode("2023-05-01");
            b.LastYear.Child().Born("2007-01-01").With(c => (c.IsMother, c.MothersChildBirthDate) = ("1", new DateOnly(2023, 6, 1)));
        }),
        Flags("626", "first child born last year but not a mother last year", b =>
        {
            b.Child().Born("2007-01-01").With(c => (c.IsMother, c.MothersChildBirthDate) = ("1", new DateOnly(2023, 6, 1))).Episode("2023-05-01");
            b.LastYear.Child().Born("2007-01-01");
        }),
        Passes("626", "first child born this year", b =>
        {
            b.Child().Born("2007-01-01").With(c => (c.IsMother, c.MothersChildBirthDate) = ("1", new DateOnly(2024, 6, 1))).Episode("2023-05-01");
            b.LastYear.Child().Born("2007-01-01");
        }),
        Flags("205A", "UASC last year, not now, no DUC last year", b =>
        {
            b.Child().Born("2006-01-01").Episode("2023-05-01");
            b.LastYear.Child().Born("2006-01-01").With(c => c.UnaccompaniedAsylumSeekingDate = new DateOnly(2022, 1, 1));
        }),
        Passes("205A", "UASC last year, ceased last year", b =>
        {
            b.Child().Born("2006-01-01").Episode("2023-05-01");
            b.LastYear.Child().Born("2006-01-01").With(c => (c.UnaccompaniedAsylumSeekingDate, c.UnaccompaniedAsylumSeekingCeasedDate) = (new DateOnly(2022, 1, 1), new DateOnly(2024, 1, 1)));
        }),
        Flags("205B", "UASC both years, DUC after this year", b =>
        {
            b.Child().Born("2008-01-01").With(c => (c.UnaccompaniedAsylumSeekingDate, c.UnaccompaniedAsylumSeekingCeasedDate) = (new DateOnly(2022, 1, 1), new DateOnly(2026, 1, 1))).Episode("2023-05-01");
            b.LastYear.Child().Born("2008-01-01").With(c => c.UnaccompaniedAsylumSeekingDate = new DateOnly(2022, 1, 1));
        }),
        Passes("205B", "UASC both years, DUC in this year", b =>
        {
            b.Child().Born("2006-08-01").With(c => (c.UnaccompaniedAsylumSeekingDate, c.UnaccompaniedAsylumSeekingCeasedDate) = (new DateOnly(2022, 1, 1), new DateOnly(2024, 8, 1))).Episode("2023-05-01");
            b.LastYear.Child().Born("2006-08-01").With(c => c.UnaccompaniedAsylumSeekingDate = new DateOnly(2022, 1, 1));
        }),
        Flags("205C", "DUC but UASC in neither year", b =>
        {
            b.Child().Born("2006-08-01").With(c => c.UnaccompaniedAsylumSeekingCeasedDate = new DateOnly(2024, 8, 1)).Episode("2023-05-01");
            b.LastYear.Child().Born("2006-08-01");
        }),
        Passes("205C", "DUC and UASC last year", b =>
        {
            b.Child().Born("2006-08-01").With(c => c.UnaccompaniedAsylumSeekingCeasedDate = new DateOnly(2024, 8, 1)).Episode("2023-05-01");
            b.LastYear.Child().Born("2006-08-01").With(c => c.UnaccompaniedAsylumSeekingDate = new DateOnly(2022, 1, 1));
        }),
        Flags("205D", "UASC this year, not last year", b =>
        {
            b.Child().With(c => c.UnaccompaniedAsylumSeekingDate = new DateOnly(2022, 1, 1)).Episode("2023-05-01");
            b.LastYear.Child();
        }),
        Passes("205D", "UASC both years", b =>
        {
            b.Child().With(c => c.UnaccompaniedAsylumSeekingDate = new DateOnly(2022, 1, 1)).Episode("2023-05-01");
            b.LastYear.Child().With(c => c.UnaccompaniedAsylumSeekingDate = new DateOnly(2022, 1, 1));
        }),
        Flags("502", "first episode does not match last year's open one", b =>
        {
            b.Child().Episode("2023-02-01");
            b.LastYear.Child().Episode("2023-01-01");
        }),
        Passes("502", "first episode continues last year's open one", b =>
        {
            b.Child().Episode("2023-01-01");
            b.LastYear.Child().Episode("2023-01-01");
        }),
        .. Continued("503A", e => e.ReasonForNewEpisode = "P"),
        .. Continued("503B", e => e.LegalStatus = "C1"),
        .. Continued("503C", e => e.CategoryOfNeed = "N2"),
        .. Continued("503D", e => e.PlacementType = "U6"),
        .. Continued("503E", e => e.PlacementProvider = "PR2"),
        .. Continued("503F", e => e.Urn = "SC999999"),
        Flags("562", "first episode from before 1 April missing from last year", b =>
        {
            b.Child().Episode("2023-01-01");
            b.LastYear.Child().Episode("2023-02-01");
        }),
        Passes("562", "first episode from before 1 April in last year's return", b =>
        {
            b.Child().Episode("2023-01-01");
            b.LastYear.Child().Episode("2023-01-01");
        }),
        Flags("NoE", "in care before 1 April but absent from last year's return", b =>
        {
            b.Child().Episode("2023-01-01");
            b.LastYear.Child("C2").Episode("2023-01-01");
        }),
        Passes("NoE", "in care before 1 April and in last year's return", b =>
        {
            b.Child().Episode("2023-01-01");
            b.LastYear.Child().Episode("2023-01-01");
        }),
        Flags("559", "decision from last year not in last year's return", b =>
        {
            b.Child().Episode("2023-01-01").Placed("2024-01-01");
            b.LastYear.Child().Episode("2023-01-01");
        }),
        Passes("559", "decision from last year in last year's return", b =>
        {
            b.Child().Episode("2023-01-01").Placed("2024-01-01");
            b.LastYear.Child().Episode("2023-01-01").Placed("2024-01-01");
        }),
        Flags("560", "decision date changed while the decision stood", b =>
        {
            b.Child().Episode("2023-01-01").Placed("2023-07-01");
            b.LastYear.Child().Episode("2023-01-01").Placed("2023-06-01");
        }),
        Passes("560", "decision date unchanged", b =>
        {
            b.Child().Episode("2023-01-01").Placed("2023-06-01");
            b.LastYear.Child().Episode("2023-01-01").Placed("2023-06-01");
        }),
        Flags("561", "ceased decision repeated as open", b =>
        {
            b.Child().Episode("2023-01-01").Placed("2023-06-01");
            b.LastYear.Child().Episode("2023-01-01").Placed("2023-06-01", "2023-09-01", "RD1");
        }),
        Passes("561", "ceased decision repeated with its ceased date", b =>
        {
            b.Child().Episode("2023-01-01").Placed("2023-06-01", "2023-09-01", "RD1");
            b.LastYear.Child().Episode("2023-01-01").Placed("2023-06-01", "2023-09-01", "RD1");
        }),
        Flags("584", "decision dated before last year's ceased decision", b =>
        {
            b.Child().Episode("2023-01-01").Placed("2023-05-01");
            b.LastYear.Child().Episode("2023-01-01").Placed("2023-06-01", "2023-09-01", "RD1");
        }),
        Passes("584", "new decision dated after last year's ceased decision", b =>
        {
            b.Child().Episode("2023-01-01").Placed("2023-10-01");
            b.LastYear.Child().Episode("2023-01-01").Placed("2023-06-01", "2023-09-01", "RD1");
        }),
    ];

    /// <summary>503A to 503F: the first episode continues last year's open one with one item changed, or unchanged.</summary>
    private static IEnumerable<RuleCase> Continued(string code, Action<GoldenThread.Core.Model.CareEpisode> change) =>
    [
        Flags(code, "item differs from last year's open episode", b =>
        {
            b.Child().Episode("2023-01-01", change: change);
            b.LastYear.Child().Episode("2023-01-01");
        }),
        Passes(code, "item matches last year's open episode", b =>
        {
            b.Child().Episode("2023-01-01");
            b.LastYear.Child().Episode("2023-01-01");
        }),
    ];
}
