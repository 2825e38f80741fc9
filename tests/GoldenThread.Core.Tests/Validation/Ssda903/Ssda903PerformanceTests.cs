using System.Diagnostics;
using System.Globalization;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Validation;
using Xunit.Abstractions;

namespace GoldenThread.Core.Tests.Validation.Ssda903;

/// <summary>Runs alone (no other test in this assembly in parallel), so the timing is the validation's own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Ssda903PerformanceCollection
{
    public const string Name = "SSDA903 performance";
}

/// <summary>
/// All SSDA903 rules over an invented return of 10,000 children (and last year's) in well under five seconds, cold (index build and
/// first use of every rule included). The limit is checked on the process's CPU time, which other work on a shared build machine
/// does not inflate; the wall-clock time is printed beside it. Measured on the 2-core build machine: about 1.2 s of CPU cold.
/// </summary>
[Collection(Ssda903PerformanceCollection.Name)]
public sealed class Ssda903PerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Ten_thousand_children_are_validated_in_well_under_five_seconds()
    {
        var current = Generate("2024-25", 10_000, seed: 903);
        var previous = Generate("2023-24", 10_000, seed: 902);
        var context = new ValidationContext(current, WorkingDayCalendar.EnglandAndWales, previous);

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var findings = RuleCatalogue.Validate(context);
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{current.Children.Count} children, {current.RecordCount} records (+{previous.RecordCount} last year): {findings.Count} findings in {watch.ElapsedMilliseconds} ms ({cpu.TotalMilliseconds:0} ms CPU)"));
        Assert.NotEmpty(findings);
        Assert.True(cpu < TimeSpan.FromSeconds(5), $"Validation took {cpu.TotalSeconds:0.00} s of CPU ({watch.Elapsed.TotalSeconds:0.00} s wall).");
    }

    /// <summary>A synthetic return: every child has a chain of episodes, reviews, and some have missing periods, OC2, OC3, adoption, PrevPerm and social workers.</summary>
    private static ChildLevelDataset Generate(string year, int children, int seed)
    {
        var random = new Random(seed);
        var dataset = new ChildLevelDataset { Collection = ReturnCollections.Ssda903, CollectionYear = year };
        var start = new DateOnly(int.Parse(year[..4], CultureInfo.InvariantCulture), 4, 1);
        long id = 1;
        string[] places = ["U1", "U4", "U6", "K2", "P1", "R1", "A4", "T1"];
        string[] legal = ["C1", "C2", "V2", "E1", "V3"];
        for (var i = 0; i < children; i++)
        {
            // The child's own characteristics come from the child's number, so they agree between the two years.
            var person = new Random(i);
            var child = new Child
            {
                Id = id++,
                LaChildId = string.Create(CultureInfo.InvariantCulture, $"SYN{i:00000}"),
                Sex = person.Next(2) == 0 ? "M" : "F",
                BirthDate = new DateOnly(2024, 4, 1).AddDays(-person.Next(200, 6800)),
                Ethnicity = "WBRI",
                Upn = "A123456789012",
                IsMother = "0",
            };
            dataset.Children.Add(child);
            var decom = start.AddDays(-random.Next(0, 900));
            var episodes = random.Next(1, 7);
            for (var e = 0; e < episodes; e++)
            {
                var last = e == episodes - 1;
                var dec = last && random.Next(3) > 0 ? (DateOnly?)null : decom.AddDays(random.Next(5, 200));
                var place = places[(e + i) % places.Length];
                dataset.CareEpisodes.Add(new CareEpisode
                {
                    Id = id++,
                    ChildId = child.Id,
                    StartDate = decom,
                    EndDate = dec,
                    ReasonForNewEpisode = e == 0 ? "S" : "P",
                    LegalStatus = random.Next(8) == 0 ? legal[random.Next(legal.Length)] : "C2",
                    CategoryOfNeed = "N1",
                    PlacementType = place,
                    PlacementProvider = place == "P1" ? "PR0" : "PR1",
                    ReasonEpisodeCeased = dec is null ? null : last ? "E8" : "X1",
                    ReasonPlaceChange = dec is not null && !last ? "CARPL" : null,
                    HomePostcode = "AB1 2CD",
                    PlacementPostcode = string.Create(CultureInfo.InvariantCulture, $"AB{e + 3} 4EF"),
                    Urn = place is "P1" or "R1" or "T1" ? null : "SC123456",
                });
                decom = dec ?? decom;
            }

            dataset.CareReviews.Add(new CareReview { Id = id++, ChildId = child.Id, ReviewDate = start.AddDays(random.Next(0, 365)), ParticipationCode = "PN1" });
            dataset.CareReviews.Add(new CareReview { Id = id++, ChildId = child.Id, ReviewDate = start.AddDays(random.Next(0, 365)), ParticipationCode = "PN3" });
            if (random.Next(5) == 0)
            {
                var missing = start.AddDays(random.Next(0, 300));
                dataset.MissingEpisodes.Add(new MissingEpisode { Id = id++, ChildId = child.Id, Kind = "M", StartDate = missing, EndDate = missing.AddDays(2) });
            }

            if (random.Next(3) == 0)
            {
                dataset.HealthRecords.Add(new HealthRecord
                {
                    Id = id++,
                    ChildId = child.Id,
                    CollectionYear = year,
                    SdqScore = random.Next(0, 41),
                    Immunisations = true,
                    TeethCheck = true,
                    HealthAssessment = true,
                    SubstanceMisuse = false,
                    Convicted = false,
                });
            }

            if (random.Next(10) == 0)
            {
                dataset.CareLeaverRecords.Add(new CareLeaverRecord { Id = id++, ChildId = child.Id, CollectionYear = year, InTouch = "YES", Activity = "F1", Accommodation = "B1" });
            }

            if (random.Next(20) == 0)
            {
                dataset.AdoptionRecords.Add(new AdoptionRecord
                {
                    Id = id++,
                    ChildId = child.Id,
                    DecisionDate = start.AddDays(10),
                    MatchDate = start.AddDays(60),
                    FosterCare = true,
                    NumberOfAdopters = "2",
                    SexOfAdopters = "MF",
                    LegalStatusOfAdopters = "L11",
                    PlacedDate = start.AddDays(10),
                });
            }

            if (random.Next(4) == 0)
            {
                dataset.PreviousPermanences.Add(new PreviousPermanence { Id = id++, ChildId = child.Id, Option = "Z1" });
            }

            var sw = start.AddDays(-random.Next(0, 200));
            for (var s = random.Next(1, 4); s > 0; s--)
            {
                var end = s == 1 ? (DateOnly?)null : sw.AddDays(random.Next(10, 150));
                dataset.SocialWorkerEpisodes.Add(new SocialWorkerEpisode
                {
                    Id = id++,
                    ChildId = child.Id,
                    SocialWorkerId = "SW" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture),
                    StartDate = sw,
                    EndDate = end,
                    EndReason = end is null ? null : "MANAGE",
                });
                sw = end ?? sw;
            }
        }

        return dataset;
    }
}
