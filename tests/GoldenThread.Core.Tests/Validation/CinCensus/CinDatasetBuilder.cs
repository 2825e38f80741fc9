using System.Globalization;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Validation;
using GoldenThread.Core.Validation.CinCensus;

namespace GoldenThread.Core.Tests.Validation.CinCensus;

/// <summary>
/// Fluent builder for small hand-made CIN census datasets (synthetic data only):
/// <c>b.Child("C1").Referral(D(2024, 5, 1)).Assessment(D(2024, 5, 2), D(2024, 6, 10)).Section47(D(2024, 6, 11), conference: D(2024, 6, 25))</c>.
/// Defaults make a valid child and a valid open referral going on to further action, so a case changes only what its rule reads.
/// Every record gets a source location (test.xml, a line per record, the CIN element name).
/// </summary>
internal sealed class CinDatasetBuilder
{
    private long _nextId = 1;
    private int _line = 1;

    public CinDatasetBuilder(string collectionYear = "2024-25")
    {
        Dataset = new ChildLevelDataset
        {
            Collection = ReturnCollections.CinCensus,
            CollectionYear = collectionYear,
            ReferenceDate = CollectionYears.ReferenceDate(collectionYear),
            LaCode = "201",
        };
    }

    public ChildLevelDataset Dataset { get; }

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>
    /// A valid child: a UPN with the right check letter and LA number 201, born 15 June 2016, sex F, ethnicity WBRI,
    /// disability NONE.
    /// </summary>
    public CinChildBuilder Child(string laChildId = "C1")
    {
        var id = NextId();
        var digits = string.Create(CultureInfo.InvariantCulture, $"2011234{16:00}{id % 1000:000}");
        var child = Add(Dataset.Children, new Child
        {
            Id = id,
            LaChildId = laChildId,
            Upn = UniquePupilNumber.CheckLetter("X" + digits) + digits,
            BirthDate = D(2016, 6, 15),
            Sex = "F",
            Ethnicity = "WBRI",
            Disabilities = ["NONE"],
        }, "Child");
        return new CinChildBuilder(this, child);
    }

    /// <summary>Runs one rule, by code, over the dataset with the England and Wales calendar.</summary>
    public IReadOnlyList<RuleFinding> Run(string code) =>
        [.. RuleCatalogue.All.Single(r => r.Collection == ReturnCollections.CinCensus && r.Code == code).Evaluate(Context())];

    public ValidationContext Context() => new(Dataset, WorkingDayCalendar.EnglandAndWales);

    internal long NextId() => _nextId++;

    internal T Add<T>(List<T> list, T record, string element)
        where T : class
    {
        list.Add(record);
        Dataset.Locations[record] = new SourceLocation("test.xml", _line++, null, element);
        return record;
    }
}

internal sealed class CinChildBuilder(CinDatasetBuilder builder, Child child)
{
    public Child Child { get; } = child;

    public CinDatasetBuilder Builder { get; } = builder;

    public CinChildBuilder With(Action<Child> configure)
    {
        configure(Child);
        return this;
    }

    /// <summary>A referral going on to further action (source 1A, primary need N1), open unless closed later.</summary>
    public CinReferralBuilder Referral(DateOnly date)
    {
        var referral = Builder.Add(Builder.Dataset.Referrals, new Referral
        {
            Id = Builder.NextId(),
            ChildId = Child.Id,
            ReferralDate = date,
            Source = "1A",
            PrimaryNeedCode = "N1",
        }, "CINdetails");
        return new CinReferralBuilder(this, referral);
    }
}

internal sealed class CinReferralBuilder(CinChildBuilder child, Referral referral)
{
    public Referral Record { get; } = referral;

    public CinChildBuilder Child { get; } = child;

    private CinDatasetBuilder Builder => Child.Builder;

    public CinReferralBuilder With(Action<Referral> configure)
    {
        configure(Record);
        return this;
    }

    public CinReferralBuilder Closed(DateOnly date, string reason = "RC7")
    {
        Record.ClosureDate = date;
        Record.ClosureReason = reason;
        return this;
    }

    public CinReferralBuilder NoFurtherAction()
    {
        Record.IsNoFurtherAction = true;
        return this;
    }

    /// <summary>Another referral for the same child.</summary>
    public CinReferralBuilder Referral(DateOnly date) => Child.Referral(date);

    /// <summary>An assessment; a completed one (authorised) gets factor 2B unless factors are given.</summary>
    public CinReferralBuilder Assessment(DateOnly start, DateOnly? authorised = null, string[]? factors = null, Action<Assessment>? configure = null)
    {
        var assessment = Builder.Add(Builder.Dataset.Assessments, new Assessment
        {
            Id = Builder.NextId(),
            ChildId = Child.Child.Id,
            ReferralId = Record.Id,
            StartDate = start,
            AuthorisationDate = authorised,
            Factors = [.. factors ?? (authorised is null ? [] : ["2B"])],
        }, "Assessments");
        configure?.Invoke(assessment);
        return this;
    }

    public CinReferralBuilder CinPlan(DateOnly start, DateOnly? end = null)
    {
        Builder.Add(Builder.Dataset.ChildInNeedPlans, new ChildInNeedPlan
        {
            Id = Builder.NextId(),
            ChildId = Child.Child.Id,
            ReferralId = Record.Id,
            StartDate = start,
            EndDate = end,
        }, "CINPlanDates");
        return this;
    }

    /// <summary>
    /// A section 47 enquiry with its conference target 15 working days after the start; <paramref name="conference"/> adds the
    /// Section47 module's DateOfInitialCPC.
    /// </summary>
    public CinReferralBuilder Section47(DateOnly start, DateOnly? conference = null, bool notRequired = false, Action<Section47Enquiry>? configure = null)
    {
        var enquiry = Builder.Add(Builder.Dataset.Section47Enquiries, new Section47Enquiry
        {
            Id = Builder.NextId(),
            ChildId = Child.Child.Id,
            ReferralId = Record.Id,
            StartDate = start,
            InitialConferenceTargetDate = start == default ? null : WorkingDayCalendar.EnglandAndWales.AddWorkingDays(start, 15),
            ConferenceNotRequired = notRequired,
        }, "Section47");
        configure?.Invoke(enquiry);
        if (conference is { } date)
        {
            Builder.Add(Builder.Dataset.InitialChildProtectionConferences, new InitialChildProtectionConference
            {
                Id = Builder.NextId(),
                ChildId = Child.Child.Id,
                ReferralId = Record.Id,
                Section47EnquiryId = enquiry.Id,
                ConferenceDate = date,
                ResultedInPlan = true,
            }, "Section47/DateOfInitialCPC");
        }

        return this;
    }

    /// <summary>The CINdetails module's own DateOfInitialCPC.</summary>
    public CinReferralBuilder Conference(DateOnly date)
    {
        Builder.Add(Builder.Dataset.InitialChildProtectionConferences, new InitialChildProtectionConference
        {
            Id = Builder.NextId(),
            ChildId = Child.Child.Id,
            ReferralId = Record.Id,
            ConferenceDate = date,
            ResultedInPlan = true,
        }, "CINdetails/DateOfInitialCPC");
        return this;
    }

    /// <summary>A child protection plan (categories NEG, no previous plans) with its review dates.</summary>
    public CinReferralBuilder ProtectionPlan(DateOnly start, DateOnly? end = null, DateOnly[]? reviews = null, Action<ChildProtectionPlan>? configure = null)
    {
        var plan = Builder.Add(Builder.Dataset.ChildProtectionPlans, new ChildProtectionPlan
        {
            Id = Builder.NextId(),
            ChildId = Child.Child.Id,
            ReferralId = Record.Id,
            StartDate = start,
            EndDate = end,
            InitialCategory = "NEG",
            LatestCategory = "NEG",
            NumberOfPreviousPlans = 0,
        }, "ChildProtectionPlans");
        configure?.Invoke(plan);
        foreach (var review in reviews ?? [])
        {
            Builder.Add(Builder.Dataset.ChildProtectionReviews, new ChildProtectionReview
            {
                Id = Builder.NextId(),
                ChildId = Child.Child.Id,
                ChildProtectionPlanId = plan.Id,
                ReviewDate = review,
            }, "Reviews/CPPreviewDate");
        }

        return this;
    }
}
