using System.Globalization;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Validation;

namespace GoldenThread.Core.Tests.Validation.Ssda903;

/// <summary>
/// Fluent builder for small, invented SSDA903 returns: <c>b.Child("C1").Born("2010-06-15").Episode("2024-05-01", rne: "S")</c>.
/// Dates are ISO strings for brevity. A child starts clean (female, born 2010-06-15, WBRI, a valid UPN, MOTHER 0); episodes start
/// as a foster placement (U4, PR1, N1, C2) with valid postcodes and a URN. <see cref="LastYear"/> builds last year's return.
/// </summary>
internal sealed class Ssda903Builder
{
    private long _nextId = 1;
    private Ssda903Builder? _lastYear;

    public Ssda903Builder(string collectionYear = "2024-25")
    {
        Dataset = new ChildLevelDataset { Collection = ReturnCollections.Ssda903, CollectionYear = collectionYear };
    }

    public ChildLevelDataset Dataset { get; }

    /// <summary>Last year's return (created on first use).</summary>
    public Ssda903Builder LastYear
    {
        get
        {
            if (_lastYear is null)
            {
                var start = int.Parse(Dataset.CollectionYear![..4], CultureInfo.InvariantCulture) - 1;
                _lastYear = new Ssda903Builder(string.Create(CultureInfo.InvariantCulture, $"{start}-{(start + 1) % 100:00}"));
            }

            return _lastYear;
        }
    }

    public bool HasLastYear => _lastYear is not null;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? N(string? iso) => iso is null ? null : D(iso);

    public long NextId() => _nextId++;

    public ChildBuilder Child(string laChildId = "C1")
    {
        var child = new Child
        {
            Id = NextId(),
            LaChildId = laChildId,
            Sex = "F",
            BirthDate = D("2010-06-15"),
            Ethnicity = "WBRI",
            Upn = "A123456789012",
            IsMother = "0",
        };
        Dataset.Children.Add(child);
        return new ChildBuilder(this, child);
    }

    /// <summary>Runs one 903 rule over the return (with last year's where built).</summary>
    public IReadOnlyList<RuleFinding> Run(string code)
    {
        var rule = RuleCatalogue.All.Single(r => r.Collection == ReturnCollections.Ssda903 && r.Code == code);
        var context = new ValidationContext(Dataset, WorkingDayCalendar.EnglandAndWales, _lastYear?.Dataset);
        return [.. rule.Evaluate(context)];
    }
}

internal sealed class ChildBuilder(Ssda903Builder owner, Child child)
{
    public Child Child { get; } = child;

    public CareEpisode? LastEpisode { get; private set; }

    private ChildLevelDataset Data => owner.Dataset;

    public ChildBuilder With(Action<Child> change)
    {
        change(Child);
        return this;
    }

    public ChildBuilder Born(string iso)
    {
        Child.BirthDate = Ssda903Builder.D(iso);
        return this;
    }

    public ChildBuilder Episode(
        string decom,
        string? dec = null,
        string? rne = "S",
        string? ls = "C2",
        string? place = "U4",
        string? rec = null,
        Action<CareEpisode>? change = null)
    {
        var episode = new CareEpisode
        {
            Id = owner.NextId(),
            ChildId = Child.Id,
            StartDate = Ssda903Builder.D(decom),
            EndDate = Ssda903Builder.N(dec),
            ReasonForNewEpisode = rne,
            LegalStatus = ls,
            CategoryOfNeed = "N1",
            PlacementType = place,
            PlacementProvider = "PR1",
            ReasonEpisodeCeased = rec ?? (dec is null ? null : "X1"),
            HomePostcode = "AB1 2CD",
            PlacementPostcode = "AB3 4EF",
            Urn = "SC123456",
        };
        change?.Invoke(episode);
        Data.CareEpisodes.Add(episode);
        LastEpisode = episode;
        return this;
    }

    public ChildBuilder Review(string date, string? code = "PN1")
    {
        Data.CareReviews.Add(new CareReview { Id = owner.NextId(), ChildId = Child.Id, ReviewDate = Ssda903Builder.D(date), ParticipationCode = code });
        return this;
    }

    public ChildBuilder Missing(string start, string? end = null, string? kind = "M")
    {
        Data.MissingEpisodes.Add(new MissingEpisode
        {
            Id = owner.NextId(),
            ChildId = Child.Id,
            StartDate = Ssda903Builder.D(start),
            EndDate = Ssda903Builder.N(end),
            Kind = kind,
        });
        return this;
    }

    public ChildBuilder Oc2(Action<HealthRecord>? set = null)
    {
        var record = new HealthRecord { Id = owner.NextId(), ChildId = Child.Id, CollectionYear = Data.CollectionYear! };
        set?.Invoke(record);
        Data.HealthRecords.Add(record);
        return this;
    }

    /// <summary>An OC2 row with the four core items completed (0).</summary>
    public ChildBuilder Oc2Complete(Action<HealthRecord>? set = null) => Oc2(r =>
    {
        r.Immunisations = true;
        r.TeethCheck = true;
        r.HealthAssessment = true;
        r.SubstanceMisuse = false;
        set?.Invoke(r);
    });

    public ChildBuilder Oc3(string? inTouch = "YES", string? activity = "F1", string? accommodation = "B1")
    {
        Data.CareLeaverRecords.Add(new CareLeaverRecord
        {
            Id = owner.NextId(),
            ChildId = Child.Id,
            CollectionYear = Data.CollectionYear!,
            InTouch = inTouch,
            Activity = activity,
            Accommodation = accommodation,
        });
        return this;
    }

    /// <summary>A complete AD1 row (decision 2024-05-01, matched 2024-07-01, foster carer 1, a couple MF married L11).</summary>
    public ChildBuilder Ad1(Action<AdoptionRecord>? set = null)
    {
        var record = new AdoptionRecord
        {
            Id = owner.NextId(),
            ChildId = Child.Id,
            DecisionDate = Ssda903Builder.D("2024-05-01"),
            MatchDate = Ssda903Builder.D("2024-07-01"),
            FosterCare = true,
            NumberOfAdopters = "2",
            SexOfAdopters = "MF",
            LegalStatusOfAdopters = "L11",
        };
        set?.Invoke(record);
        Data.AdoptionRecords.Add(record);
        return this;
    }

    public ChildBuilder Placed(string? placed, string? ceased = null, string? reason = null)
    {
        Data.AdoptionRecords.Add(new AdoptionRecord
        {
            Id = owner.NextId(),
            ChildId = Child.Id,
            PlacedDate = Ssda903Builder.N(placed),
            PlacedCeasedDate = Ssda903Builder.N(ceased),
            ReasonPlacedCeased = reason,
        });
        return this;
    }

    public ChildBuilder PrevPerm(string? option, string? authority = null, string? date = null)
    {
        Data.PreviousPermanences.Add(new PreviousPermanence { Id = owner.NextId(), ChildId = Child.Id, Option = option, AuthorityCode = authority, OrderDate = date });
        return this;
    }

    public ChildBuilder SocialWorker(string start, string? end = null, string? id = "SW123456", string? reason = null)
    {
        Data.SocialWorkerEpisodes.Add(new SocialWorkerEpisode
        {
            Id = owner.NextId(),
            ChildId = Child.Id,
            StartDate = Ssda903Builder.D(start),
            EndDate = Ssda903Builder.N(end),
            SocialWorkerId = id,
            EndReason = reason ?? (end is null ? null : "MANAGE"),
        });
        return this;
    }
}
