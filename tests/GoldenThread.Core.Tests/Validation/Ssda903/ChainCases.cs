namespace GoldenThread.Core.Tests.Validation.Ssda903;

internal static partial class Ssda903Cases
{
    private static IEnumerable<RuleCase> ChainCases() =>
    [
        Flags("142", "an open episode followed by another", b => b.Child().Episode("2024-05-01").Episode("2024-06-01", rne: "P")),
        Passes("142", "the first episode ended X1", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "P")),
        Flags("302", "first episode before birth", b => b.Child().Episode("2010-01-01")),
        Passes("302", "first episode after birth", b => b.Child().Episode("2010-07-01")),
        Flags("357", "first episode with RNE P", b => b.Child().Episode("2024-05-01", rne: "P")),
        Passes("357", "first episode with RNE S", b => b.Child().Episode("2024-05-01")),
        Passes("357", "first episode continues last year's", b =>
        {
            b.Child().Episode("2024-05-01", rne: "P");
            b.LastYear.Child().Episode("2023-05-01", "2024-05-01");
        }),
        Flags("361", "police protection for 4 days", b => b.Child().Episode("2024-05-01", "2024-05-05", ls: "L1", rec: "E4A")),
        Passes("361", "police protection for 3 days", b => b.Child().Episode("2024-05-01", "2024-05-04", ls: "L1", rec: "E4A")),
        Flags("362", "emergency protection order for 22 days", b => b.Child().Episode("2024-05-01", "2024-05-23", ls: "L2", rec: "E4A")),
        Passes("362", "emergency protection order for 21 days", b => b.Child().Episode("2024-05-01", "2024-05-22", ls: "L2", rec: "E4A")),
        Flags("363", "child assessment order for 8 days", b => b.Child().Episode("2024-05-01", "2024-05-09", ls: "L3", rec: "E4A")),
        Passes("363", "child assessment order for 7 days", b => b.Child().Episode("2024-05-01", "2024-05-08", ls: "L3", rec: "E4A")),
        Flags("364", "PACE over two episodes for 29 days", b => b.Child().Episode("2024-05-01", "2024-05-15", ls: "J2").Episode("2024-05-15", "2024-05-30", rne: "T", ls: "J2", rec: "E14")),
        Passes("364", "PACE over two episodes for 19 days", b => b.Child().Episode("2024-05-01", "2024-05-10", ls: "J2").Episode("2024-05-10", "2024-05-20", rne: "T", ls: "J2", rec: "E14")),
        Flags("367", "80 days of short-term breaks", b =>
        {
            var c = b.Child();
            foreach (var month in new[] { "05", "06", "07", "08", "09" })
            {
                c.Episode($"2024-{month}-01", $"2024-{month}-17", ls: "V3", place: "U6", rec: "E8");
            }
        }),
        Passes("367", "64 days of short-term breaks", b =>
        {
            var c = b.Child();
            foreach (var month in new[] { "05", "06", "07", "08" })
            {
                c.Episode($"2024-{month}-01", $"2024-{month}-17", ls: "V3", place: "U6", rec: "E8");
            }
        }),
        Flags("377", "three carer's holidays in the year", b => b.Child()
            .Episode("2024-04-10", "2024-05-01").Episode("2024-05-01", "2024-05-08", rne: "T", place: "T3")
            .Episode("2024-05-08", "2024-07-01", rne: "T").Episode("2024-07-01", "2024-07-08", rne: "T", place: "T3")
            .Episode("2024-07-08", "2024-09-01", rne: "T").Episode("2024-09-01", "2024-09-08", rne: "T", place: "T3")
            .Episode("2024-09-08", rne: "T")),
        Passes("377", "two carer's holidays in the year", b => b.Child()
            .Episode("2024-04-10", "2024-05-01").Episode("2024-05-01", "2024-05-08", rne: "T", place: "T3")
            .Episode("2024-05-08", "2024-07-01", rne: "T").Episode("2024-07-01", "2024-07-08", rne: "T", place: "T3")
            .Episode("2024-07-08", rne: "T")),
        Flags("383", "returns from hospital to a different placement type", b => b.Child()
            .Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", "2024-06-10", rne: "T", place: "T1").Episode("2024-06-10", rne: "T", place: "U6")),
        Passes("383", "returns from hospital to the same placement type", b => b.Child()
            .Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", "2024-06-10", rne: "T", place: "T1").Episode("2024-06-10", rne: "T")),
        Flags("388", "REC X1 with no next episode", b => b.Child().Episode("2024-05-01", "2024-06-01")),
        Flags("388", "REC X1 followed by an episode a week later", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-08", rne: "P", place: "U6")),
        Flags("388", "care ended (E8) but an episode starts that day", b => b.Child().Episode("2024-05-01", "2024-06-01", rec: "E8").Episode("2024-06-01", rne: "P", place: "U6")),
        Passes("388", "REC X1 followed by an episode that day", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "P", place: "U6")),
        Flags("426", "V3 and V4 in the year", b => b.Child().Episode("2024-05-01", "2024-05-03", ls: "V3", place: "U6", rec: "E8").Episode("2024-06-01", ls: "V4", place: "U6")),
        Passes("426", "V3 only", b => b.Child().Episode("2024-05-01", "2024-05-03", ls: "V3", place: "U6", rec: "E8").Episode("2024-06-01", "2024-06-03", ls: "V3", place: "U6", rec: "E8")),
        Flags("431", "RNE S the day the previous episode ended", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", place: "U6")),
        Passes("431", "RNE P the day the previous episode ended", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "P", place: "U6")),
        Flags("432", "RNE P after care ended", b => b.Child().Episode("2024-05-01", "2024-06-01", rec: "E8").Episode("2024-07-01", rne: "P")),
        Passes("432", "RNE S after care ended", b => b.Child().Episode("2024-05-01", "2024-06-01", rec: "E8").Episode("2024-07-01")),
        Flags("433", "RNE P four days after the previous DEC", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-05", rne: "P", place: "U6")),
        Passes("433", "RNE P on the previous DEC", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "P", place: "U6")),
        Flags("434", "RNE L but the legal status is unchanged", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "L")),
        Flags("434", "RNE L but the placement changed", b => b.Child().Episode("2024-05-01", "2024-06-01", ls: "C1").Episode("2024-06-01", rne: "L", place: "U6")),
        Passes("434", "RNE L with a new legal status in the same placement", b => b.Child().Episode("2024-05-01", "2024-06-01", ls: "C1").Episode("2024-06-01", rne: "L")),
        Flags("435", "RNE P but the placement is unchanged", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "P")),
        Passes("435", "RNE P with a new placement", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "P", place: "U6")),
        Flags("436", "RNE B but the legal status is unchanged", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "B", place: "U6")),
        Passes("436", "RNE B with a new legal status and placement", b => b.Child().Episode("2024-05-01", "2024-06-01", ls: "C1").Episode("2024-06-01", rne: "B", place: "U6")),
        Flags("437", "an episode after the child died", b => b.Child().Episode("2024-05-01", "2024-06-01", rec: "E2").Episode("2024-07-01")),
        Passes("437", "an episode after care ended for another reason", b => b.Child().Episode("2024-05-01", "2024-06-01", rec: "E8").Episode("2024-07-01")),
        Flags("501", "an episode starts before the previous one ended", b => b.Child().Episode("2024-05-01", "2024-07-01").Episode("2024-06-01", rne: "P", place: "U6")),
        Passes("501", "an episode starts when the previous one ended", b => b.Child().Episode("2024-05-01", "2024-07-01").Episode("2024-07-01", rne: "P", place: "U6")),
        Flags("504", "category of need changes within the period", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "P", place: "U6", change: e => e.CategoryOfNeed = "N2")),
        Passes("504", "category of need changes in a new period", b => b.Child().Episode("2024-05-01", "2024-06-01", rec: "E8").Episode("2024-07-01", change: e => e.CategoryOfNeed = "N2")),
        Flags("225", "placement change without a reason", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "P", place: "U6")),
        Passes("225", "placement change with a reason", b => b.Child().Episode("2024-05-01", "2024-06-01", change: e => e.ReasonPlaceChange = "CARPL").Episode("2024-06-01", rne: "P", place: "U6")),
        Passes("225", "move into a temporary placement without a reason", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "T", place: "T1")),
        Flags("226", "reason given before a temporary placement", b => b.Child().Episode("2024-05-01", "2024-06-01", change: e => e.ReasonPlaceChange = "CARPL").Episode("2024-06-01", rne: "T", place: "T1")),
        Passes("226", "no reason around a temporary placement", b => b.Child().Episode("2024-05-01", "2024-06-01").Episode("2024-06-01", rne: "T", place: "T1")),
        Flags("199", "looked after again after an adoption last year", b =>
        {
            b.Child().Episode("2024-05-01");
            b.LastYear.Child().Episode("2023-01-01", "2023-06-01", place: "A4", rec: "E11");
        }),
        Passes("199", "looked after again after a return home last year", b =>
        {
            b.Child().Episode("2024-05-01");
            b.LastYear.Child().Episode("2023-01-01", "2023-06-01", rec: "E8");
        }),
        Passes("199", "the adoption itself", b => b.Child().Episode("2024-01-01", "2024-06-01", place: "A4", rec: "E11")),
    ];
}
