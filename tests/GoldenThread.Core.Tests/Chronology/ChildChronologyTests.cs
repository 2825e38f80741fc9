using GoldenThread.Core.Chronology;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Tests.Chronology;

public sealed class ChildChronologyTests
{
    [Fact]
    public void Events_come_oldest_first_with_codes_in_words()
    {
        var child = new Child { Id = 1, LaChildId = "C1", BirthDate = new DateOnly(2015, 6, 1) };
        var records = new ChildRecordSet(
            child,
            [new Contact { ChildId = 1, ContactDate = new DateOnly(2024, 1, 2), NextStep = "REFERRAL" }],
            [],
            [new Referral { Id = 5, ChildId = 1, ReferralDate = new DateOnly(2024, 1, 3), PrimaryNeedCode = "N1", ClosureDate = new DateOnly(2024, 9, 1), ClosureReason = "RC7" }],
            [new Assessment { ChildId = 1, ReferralId = 5, StartDate = new DateOnly(2024, 1, 4), AuthorisationDate = new DateOnly(2024, 2, 20), ChildSeen = true, WorkerId = 9 }],
            [],
            [],
            [],
            [new ChildProtectionPlan { ChildId = 1, StartDate = new DateOnly(2024, 3, 1), EndDate = new DateOnly(2024, 8, 30), InitialCategory = "EMO" }],
            [],
            [],
            [new CareEpisode { ChildId = 1, StartDate = new DateOnly(2024, 5, 1), EndDate = new DateOnly(2024, 6, 1), ReasonForNewEpisode = "S", LegalStatus = "V2", PlacementType = "ZZ", ReasonEpisodeCeased = "X1" }],
            [],
            [],
            [],
            [],
            new Dictionary<long, string> { [9] = "Worker Ash Example" });

        var events = ChildChronology.Build(records);

        Assert.Equal(
            ["Born", "Contact received", "Referral accepted", "Assessment started", "Assessment completed and authorised", "Child protection plan started", "Started to be looked after", "Child protection plan ended", "Case closed"],
            events.Select(e => e.Title));
        Assert.Equal("Primary need: Abuse or neglect (N1)", events[2].Detail);
        Assert.Equal("Worker: Worker Ash Example", events[3].Detail);
        Assert.Equal("Category: Emotional abuse (EMO)", events[5].Detail);
        Assert.Equal("Legal status: Single period of accommodation under section 20 (V2). Placement: ZZ (code not recognised)", events[6].Detail);
        Assert.Equal("Reason: Services ceased for any other reason, including child no longer in need (RC7)", events[8].Detail);
    }
}
