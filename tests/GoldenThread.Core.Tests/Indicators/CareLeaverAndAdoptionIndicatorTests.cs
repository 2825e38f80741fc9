using GoldenThread.Testing;
using static GoldenThread.Core.Tests.Indicators.IndicatorAssert;

namespace GoldenThread.Core.Tests.Indicators;

public sealed class CareLeaverAndAdoptionIndicatorTests
{
    /// <summary>
    /// OC3 returns for 2024-25: K1 19 on 1 Jun 2024, in touch, F2, U1; K2 born 29 Feb 2004, 21 on 1 Mar 2025, in touch, G5 (not in EET), B2 (unsuitable);
    /// K3 17 in 2024 (too young); K4 20 on 1 Jan 2025, not in touch; K5 21 in 2024 but died; K6's return is for 2023-24.
    /// </summary>
    private static (TestRecords Records, long K1, long K2, long K4) CareLeavers()
    {
        var r = new TestRecords();
        var k1 = r.AChild().BornOn(D(2005, 6, 1)).WithCareLeaverRecord("2024-25", "YES", "F2", "U1").Id;
        var k2 = r.AChild().BornOn(D(2004, 2, 29)).WithCareLeaverRecord("2024-25", "YES", "G5", "B2").Id;
        r.AChild().BornOn(D(2007, 5, 1)).WithCareLeaverRecord("2024-25", "YES", "F1", "U1");
        var k4 = r.AChild().BornOn(D(2005, 1, 1)).WithCareLeaverRecord("2024-25", "NO", "0", "0").Id;
        r.AChild().BornOn(D(2003, 7, 1)).WithCareLeaverRecord("2024-25", "DIED", null, null);
        r.AChild().BornOn(D(2004, 9, 1)).WithCareLeaverRecord("2023-24", "YES", "F2", "U1");
        return (r, k1, k2, k4);
    }

    [Fact]
    public void Care_leavers_in_education_employment_or_training()
    {
        var (r, k1, k2, k4) = CareLeavers();

        Result(Compute(r, "care_leavers_eet_19_21", Year2024To25), 1, 3, 100m / 3, [k1], [k1, k2, k4]);
    }

    [Fact]
    public void Care_leavers_in_suitable_accommodation()
    {
        var (r, k1, k2, k4) = CareLeavers();

        Result(Compute(r, "care_leavers_suitable_accom_19_21", Year2024To25), 1, 3, 100m / 3, [k1], [k1, k2, k4]);
    }

    [Fact]
    public void Care_leavers_in_touch_with_a_29_February_birthday_falling_on_1_March()
    {
        var (r, k1, k2, k4) = CareLeavers();

        Result(Compute(r, "care_leavers_in_touch_19_21", Year2024To25), 2, 3, 200m / 3, [k1, k2], [k1, k2, k4]);

        // K2's 21st birthday is 1 March 2025, so it is in March's figure and not February's.
        Result(Compute(r, "care_leavers_in_touch_19_21", GoldenThread.Core.Indicators.ReportingPeriod.Month(2025, 3)), 1, 1, 100m, [k2], [k2]);
    }

    /// <summary>
    /// Adopted in 2024-25: Ad1 entered care 10 Jan 2023, placed 1 Mar 2024 (416 days), placement order 1 Oct 2023, matched 1 Feb 2024 (123), adopted 1 Sep 2024;
    /// Ad2 entered care 1 Jun 2023, placed 1 Jun 2024 (366, over 29 Feb), order 1 Jan 2024, matched 1 May 2024 (121), adopted 15 Jan 2025;
    /// Ad3 adopted 10 Apr 2025 (next year); Ad4 adopted 1 Dec 2024 with no placement date (not in A1), order 1 Mar 2024, matched 31 Mar 2024 (30).
    /// </summary>
    private static (TestRecords Records, long Ad1, long Ad2, long Ad4) Adoptions()
    {
        var r = new TestRecords();
        var ad1 = r.AChild()
            .WithCareEpisode(D(2023, 1, 10), D(2024, 3, 1), reasonCeased: "X1")
            .WithCareEpisode(D(2024, 3, 1), D(2024, 9, 1), reasonNew: "P", reasonCeased: "E11", placementType: "A4")
            .WithAdoption(D(2023, 10, 1), D(2024, 2, 1), D(2024, 3, 1), D(2024, 9, 1)).Id;
        var ad2 = r.AChild()
            .WithCareEpisode(D(2023, 6, 1), D(2024, 6, 1), reasonCeased: "X1")
            .WithCareEpisode(D(2024, 6, 1), D(2025, 1, 15), reasonNew: "P", reasonCeased: "E11", placementType: "A4")
            .WithAdoption(D(2024, 1, 1), D(2024, 5, 1), D(2024, 6, 1), D(2025, 1, 15)).Id;
        r.AChild().WithCareEpisode(D(2023, 6, 1), D(2025, 4, 10), reasonCeased: "E11").WithAdoption(D(2024, 1, 1), D(2024, 5, 1), D(2024, 6, 1), D(2025, 4, 10));
        var ad4 = r.AChild().WithAdoption(D(2024, 3, 1), D(2024, 3, 31), null, D(2024, 12, 1)).Id;
        return (r, ad1, ad2, ad4);
    }

    [Fact]
    public void A1_average_days_from_entering_care_to_placement_for_adoption()
    {
        var (r, ad1, ad2, _) = Adoptions();

        Result(Compute(r, "adoption_a1_days", Year2024To25), 416 + 366, 2, 391m, [ad1, ad2], [ad1, ad2]);
    }

    [Fact]
    public void A2_average_days_from_placement_order_to_match()
    {
        var (r, ad1, ad2, ad4) = Adoptions();

        Result(Compute(r, "adoption_a2_days", Year2024To25), 123 + 121 + 30, 3, 274m / 3, [ad1, ad2, ad4], [ad1, ad2, ad4]);
    }
}
