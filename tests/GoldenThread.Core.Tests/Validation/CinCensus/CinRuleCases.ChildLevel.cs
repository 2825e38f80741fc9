using static GoldenThread.Core.Tests.Validation.CinCensus.CinDatasetBuilder;

namespace GoldenThread.Core.Tests.Validation.CinCensus;

/// <summary>Cases for the Header, ChildIdentifiers, ChildCharacteristics and Disabilities rules.</summary>
internal static partial class CinRuleCases
{
    private static IEnumerable<RuleCase> ChildLevelCases()
    {
        // Header
        yield return Flag("100", "a reference date that is not 31 March of the collection year", b =>
        {
            b.Dataset.ReferenceDate = D(2025, 3, 30);
            b.Child().Referral(D(2024, 5, 1));
        }, child: string.Empty);
        yield return Flag("100", "a missing reference date", b => b.Dataset.ReferenceDate = null, child: string.Empty);
        yield return Pass("100", "31 March 2025 for 2024-25", b => b.Child().Referral(D(2024, 5, 1)));

        // ChildIdentifiers
        yield return Flag("1510", "a UPN with the wrong check letter", b => b.Child().With(c => c.Upn = "A201123416001"));
        yield return Flag("1510", "a temporary UPN with the wrong check letter", b => b.Child().With(c => c.Upn = "A20112341600A"));
        yield return Pass("1510", "a UPN whose check letter is right (Z201123416001, worked by hand)", b => b.Child().With(c => c.Upn = "Z201123416001"));
        yield return Pass("1510", "a temporary UPN whose check letter is right (K20112341600A, A counting 0)", b => b.Child().With(c => c.Upn = "K20112341600A"));

        yield return Flag("1520", "two children with the same UPN", b =>
        {
            b.Child("C1").With(c => c.Upn = "Z201123416001");
            b.Child("C2").With(c => c.Upn = "Z201123416001");
        });
        yield return Pass("1520", "children with different UPNs", b =>
        {
            b.Child("C1");
            b.Child("C2");
        });

        yield return Flag("1530", "a UPN with LA number 999", b => b.Child().With(c => c.Upn = "C999200015001"));
        yield return Pass("1530", "a UPN with LA number 201", b => b.Child().With(c => c.Upn = "Z201123416001"));

        yield return Flag("1540", "a UPN with a letter in characters 5-12", b => b.Child().With(c => c.Upn = "Z2011X3416001"));
        yield return Flag("1540", "a UPN too short to hold characters 5-12", b => b.Child().With(c => c.Upn = "Z20112"));
        yield return Pass("1540", "a UPN with digits in characters 5-12", b => b.Child().With(c => c.Upn = "Z201123416001"));

        yield return Flag("1550", "a UPN ending in I", b => b.Child().With(c => c.Upn = "Z20112341600I"));
        yield return Pass("1550", "a temporary UPN ending in A", b => b.Child().With(c => c.Upn = "K20112341600A"));

        yield return Flag("1560Q", "a former UPN of six characters", b => b.Child().With(c => c.FormerUpn = "A12345"));
        yield return Pass("1560Q", "a former UPN in the UPN format", b => b.Child().With(c => c.FormerUpn = "Z201123416001"));

        yield return Flag("1570", "an LAchildID of 21 characters", b => b.Child("C12345678901234567890"), child: "C12345678901234567890");
        yield return Pass("1570", "an LAchildID of 20 characters", b => b.Child("C1234567890123456789"));

        yield return Flag("1580", "an LAchildID with a hyphen", b => b.Child("C-1"), child: "C-1");
        yield return Pass("1580", "an alphanumeric LAchildID", b => b.Child("C1"));

        yield return Flag("2886Q", "one child of one with no sex recorded", b => b.Child().With(c => c.Sex = null), child: string.Empty);
        yield return Flag("2886Q", "a child with GenderCurrent 0 (not known) and no Sex", b => b.Child().With(c =>
        {
            c.Sex = null;
            c.GenderCurrent = "0";
        }), child: string.Empty);
        yield return Pass("2886Q", "one child of 51 with sex U (1.96%)", b =>
        {
            b.Child("C0").With(c => c.Sex = "U");
            for (var i = 1; i <= 50; i++)
            {
                b.Child($"C{i}");
            }
        });
        yield return Pass("2886Q", "an unborn child with sex U", b => b.Child().With(c =>
        {
            c.BirthDate = null;
            c.ExpectedBirthDate = D(2025, 6, 1);
            c.Sex = "U";
        }));
        yield return Pass("2886Q", "a child with GenderCurrent 1 and no Sex", b => b.Child().With(c =>
        {
            c.Sex = null;
            c.GenderCurrent = "1";
        }));

        yield return Flag("4008", "a CIN plan starting after the child died", b => b.Child().With(c => c.DeathDate = D(2024, 6, 1))
            .Referral(D(2024, 5, 1)).CinPlan(D(2024, 7, 1)));
        yield return Pass("4008", "a CIN plan starting before the child died", b => b.Child().With(c => c.DeathDate = D(2024, 6, 1))
            .Referral(D(2024, 5, 1)).CinPlan(D(2024, 5, 15)));

        yield return Flag("4009Q", "a CIN plan ending after the child died", b => b.Child().With(c => c.DeathDate = D(2024, 6, 1))
            .Referral(D(2024, 5, 1)).CinPlan(D(2024, 5, 15), D(2024, 7, 1)));
        yield return Pass("4009Q", "a CIN plan ending before the child died", b => b.Child().With(c => c.DeathDate = D(2024, 6, 1))
            .Referral(D(2024, 5, 1)).CinPlan(D(2024, 5, 15), D(2024, 5, 30)));

        yield return Flag("4180", "sex X", b => b.Child().With(c => c.Sex = "X"));
        yield return Flag("4180", "no sex (GenderCurrent only, the pre-2024-25 element)", b => b.Child().With(c =>
        {
            c.Sex = null;
            c.GenderCurrent = "1";
        }));
        yield return Pass("4180", "sex U", b => b.Child().With(c => c.Sex = "U"));

        yield return Flag("8500", "a child with no LAchildID", b => b.Child(string.Empty), child: string.Empty);
        yield return Pass("8500", "a child with an LAchildID", b => b.Child("C1"));

        yield return Flag("8510", "two child records with the same LAchildID", b =>
        {
            b.Child("C1");
            b.Child("C1");
        });
        yield return Pass("8510", "two children with different LAchildIDs", b =>
        {
            b.Child("C1");
            b.Child("C2");
        });

        yield return Flag("8520", "a birth after the reference date", b => b.Child().With(c => c.BirthDate = D(2025, 4, 1)));
        yield return Pass("8520", "a birth on the reference date", b => b.Child().With(c => c.BirthDate = D(2025, 3, 31)));

        yield return Flag("8525Q", "both a birth date and an expected birth date", b => b.Child().With(c => c.ExpectedBirthDate = D(2016, 6, 20)));
        yield return Flag("8525Q", "neither a birth date nor an expected birth date", b => b.Child().With(c => c.BirthDate = null));
        yield return Pass("8525Q", "a birth date only", b => b.Child());

        yield return Flag("8530Q", "an expected birth more than 30 days before the reference date", b => b.Child().With(Unborn(D(2025, 2, 28))));
        yield return Flag("8530Q", "an expected birth more than 9 months after the reference date", b => b.Child().With(Unborn(D(2026, 1, 1))));
        yield return Pass("8530Q", "an expected birth 30 days before the reference date", b => b.Child().With(Unborn(D(2025, 3, 1))));
        yield return Pass("8530Q", "an expected birth 9 months after the reference date", b => b.Child().With(Unborn(D(2025, 12, 31))));

        yield return Flag("8535Q", "a death before the birth", b => b.Child().With(c => c.DeathDate = D(2016, 1, 1)));
        yield return Pass("8535Q", "a death after the birth", b => b.Child().With(c => c.DeathDate = D(2024, 6, 1)));

        yield return Flag("8545Q", "a death before the census year", b => b.Child().With(c => c.DeathDate = D(2024, 3, 31)));
        yield return Pass("8545Q", "a death on the first day of the census year", b => b.Child().With(c => c.DeathDate = D(2024, 4, 1)));

        yield return Flag("8590", "a child with no CINdetails", b => b.Child());
        yield return Pass("8590", "a child with a referral", b => b.Child().Referral(D(2024, 5, 1)));

        yield return Flag("8750", "an unborn child with sex F", b => b.Child().With(Unborn(D(2025, 6, 1))).With(c => c.Sex = "F"));
        yield return Pass("8750", "an unborn child with sex U", b => b.Child().With(Unborn(D(2025, 6, 1))));
        yield return Pass("8750", "a born child with sex F", b => b.Child());

        yield return Flag("8770Q", "a child of school age with no UPN and no reason", b => b.Child().With(NoUpn(null)).Referral(D(2024, 5, 1)));
        yield return Flag("8770Q", "a child of school age with no UPN and reason UN1", b => b.Child().With(NoUpn("UN1")).Referral(D(2024, 5, 1)));
        yield return Pass("8770Q", "a child of school age with no UPN and reason UN2", b => b.Child().With(NoUpn("UN2")).Referral(D(2024, 5, 1)));
        yield return Pass("8770Q", "a child born in September 2021 (not yet of school age) with no UPN", b => b.Child().With(NoUpn(null))
            .With(c => c.BirthDate = D(2021, 9, 1)).Referral(D(2024, 5, 1)));
        yield return Pass("8770Q", "a child with no UPN whose only referral had no further action", b => b.Child().With(NoUpn(null))
            .Referral(D(2024, 5, 1)).NoFurtherAction().Closed(D(2024, 5, 1)));

        yield return Flag("8772", "UN7 for a child with a referral going on to further action", b => b.Child().With(NoUpn("UN7")).Referral(D(2024, 5, 1)));
        yield return Pass("8772", "UN7 for a child whose only referral had no further action", b => b.Child().With(NoUpn("UN7"))
            .Referral(D(2024, 5, 1)).NoFurtherAction().Closed(D(2024, 5, 1)));

        yield return Flag("8775Q", "a person born in 1999 with an open episode", b => b.Child().With(c => c.BirthDate = D(1999, 1, 1)).Referral(D(2024, 5, 1)));
        yield return Pass("8775Q", "a person born in 1999 whose episode closed before their 25th birthday", b => b.Child().With(c => c.BirthDate = D(1999, 1, 1))
            .Referral(D(2023, 5, 1)).Closed(D(2023, 12, 1)));
        yield return Pass("8775Q", "a young person born in 2001", b => b.Child().With(c => c.BirthDate = D(2001, 1, 1)).Referral(D(2024, 5, 1)));

        // ChildCharacteristics
        yield return Flag("4220", "ethnicity XXXX", b => b.Child().With(c => c.Ethnicity = "XXXX"));
        yield return Flag("4220", "no ethnicity", b => b.Child().With(c => c.Ethnicity = null));
        yield return Pass("4220", "ethnicity NOBT", b => b.Child().With(c => c.Ethnicity = "NOBT"));

        yield return Flag("8540", "no disability for a child with a referral going on to further action", b => b.Child().With(c => c.Disabilities = []).Referral(D(2024, 5, 1)));
        yield return Flag("8540", "disability FOO", b => b.Child().With(c => c.Disabilities = ["AUT", "FOO"]).Referral(D(2024, 5, 1)));
        yield return Pass("8540", "no disability when the only referral had no further action", b => b.Child().With(c => c.Disabilities = [])
            .Referral(D(2024, 5, 1)).NoFurtherAction().Closed(D(2024, 5, 1)));
        yield return Pass("8540", "disability AUT", b => b.Child().With(c => c.Disabilities = ["AUT"]).Referral(D(2024, 5, 1)));

        // Disabilities
        yield return Flag("2887Q", "a return using no disability code but NONE", b => b.Child(), child: string.Empty);
        yield return Flag("2887Q", "a return using 7 disability codes", b => b.Child().With(c => c.Disabilities = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR"]), child: string.Empty);
        yield return Pass("2887Q", "a return using 8 disability codes", b =>
        {
            b.Child("C1").With(c => c.Disabilities = ["MOB", "HAND", "PC", "INC"]);
            b.Child("C2").With(c => c.Disabilities = ["COMM", "LD", "HEAR", "VIS"]);
        });

        yield return Flag("2888Q", "disabled children with one code each", b =>
        {
            b.Child("C1").With(c => c.Disabilities = ["AUT"]);
            b.Child("C2").With(c => c.Disabilities = ["LD"]);
        }, child: string.Empty);
        yield return Pass("2888Q", "a child with two disability codes", b =>
        {
            b.Child("C1").With(c => c.Disabilities = ["AUT"]);
            b.Child("C2").With(c => c.Disabilities = ["AUT", "LD"]);
        });
        yield return Pass("2888Q", "a return where no child is disabled", b => b.Child());

        yield return Flag("8790", "NONE with AUT", b => b.Child().With(c => c.Disabilities = ["NONE", "AUT"]));
        yield return Pass("8790", "AUT with LD", b => b.Child().With(c => c.Disabilities = ["AUT", "LD"]));

        yield return Flag("8794", "AUT twice", b => b.Child().With(c => c.Disabilities = ["AUT", "AUT"]));
        yield return Pass("8794", "AUT and LD", b => b.Child().With(c => c.Disabilities = ["AUT", "LD"]));
    }

    private static Action<Model.Child> Unborn(DateOnly expected) => c =>
    {
        c.BirthDate = null;
        c.ExpectedBirthDate = expected;
        c.Sex = "U";
    };

    private static Action<Model.Child> NoUpn(string? reason) => c =>
    {
        c.Upn = null;
        c.UpnUnknownReason = reason;
    };
}
