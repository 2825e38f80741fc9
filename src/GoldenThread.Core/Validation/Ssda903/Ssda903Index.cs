using System.Runtime.CompilerServices;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Validation.Ssda903;

/// <summary>
/// Every SSDA903 table of one return, and of last year's where given, grouped per child once per run: rules read a child's
/// episodes, reviews, missing periods, OC2, OC3, AD1, PlacedAdoption, PrevPerm and social worker episodes from here instead of
/// scanning whole tables per child. Built on first use for a <see cref="ValidationContext"/> and shared by all 903 rules of that run.
/// </summary>
/// <remarks>
/// How the model holds the 903 tables, as the rules read it:
/// <list type="bullet">
/// <item>Header is <see cref="Child"/>; SEX 1/2 is held as M/F; UPN is <see cref="Child.Upn"/> or, when unknown, the UN code in
/// <see cref="Child.UpnUnknownReason"/>; MOTHER and MC_DOB are <see cref="Child.IsMother"/> and <see cref="Child.MothersChildBirthDate"/>.</item>
/// <item>UASC is merged into the child: UASC status 1 is <see cref="Child.UnaccompaniedAsylumSeekingDate"/> being set (the date the
/// child was recorded as UASC), and DUC is <see cref="Child.UnaccompaniedAsylumSeekingCeasedDate"/>.</item>
/// <item>AD1 and PlacedAdoption share <see cref="AdoptionRecord"/>: a record is an AD1 row when any of DATE_INT, DATE_MATCH,
/// FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR or LS_ADOPTR is set, and a PlacedAdoption row when any of DATE_PLACED, DATE_PLACED_CEASED
/// or REASON_PLACED_CEASED is set (one record may be both).</item>
/// <item>Records link to their child by <see cref="ChildRecord.ChildId"/>; last year's return is matched by CHILD (LaChildId).</item>
/// </list>
/// </remarks>
public sealed class Ssda903Index
{
    private static readonly ConditionalWeakTable<ValidationContext, Ssda903Index> Cache = [];

    private readonly ChildLevelDataset _current;

    private Ssda903Index(ValidationContext context)
    {
        Context = context;
        _current = context.Current;
        ReferenceDate = context.ReferenceDate;
        PeriodStart = context.PeriodStart;
        CollectionYear = context.CollectionYear;

        var (children, orphans) = Group(context.Current);
        Children = children;
        Orphans = orphans;
        foreach (var child in children)
        {
            child.Derive(PeriodStart, ReferenceDate);
        }

        DuplicateHeaderIds = children.GroupBy(c => c.LaChildId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        if (context.PreviousYear is { } previous)
        {
            HasPreviousYear = true;
            var lastYear = new Dictionary<string, ChildFile>(StringComparer.Ordinal);
            foreach (var child in Group(previous).Children)
            {
                child.Derive(PeriodStart.AddYears(-1), ReferenceDate.AddYears(-1));
                lastYear.TryAdd(child.LaChildId, child);
            }

            foreach (var child in children)
            {
                child.LastYear = lastYear.GetValueOrDefault(child.LaChildId);
            }
        }
    }

    public ValidationContext Context { get; }

    /// <summary>31 March at the end of the collection year.</summary>
    public DateOnly ReferenceDate { get; }

    /// <summary>1 April at the start of the collection year.</summary>
    public DateOnly PeriodStart { get; }

    public string CollectionYear { get; }

    /// <summary>One entry per Header row, in the return's order.</summary>
    public IReadOnlyList<ChildFile> Children { get; }

    /// <summary>Records whose child is not in the Header, as (table, record).</summary>
    public IReadOnlyList<(string Table, ChildRecord Record)> Orphans { get; }

    /// <summary>CHILD values that appear on more than one Header row.</summary>
    public IReadOnlySet<string> DuplicateHeaderIds { get; }

    /// <summary>True when last year's return was given, so cross-year rules can run.</summary>
    public bool HasPreviousYear { get; }

    public static Ssda903Index For(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Cache.GetValue(context, c => new Ssda903Index(c));
    }

    public SourceLocation? LocationOf(object record) => _current.LocationOf(record);

    private static (List<ChildFile> Children, List<(string, ChildRecord)> Orphans) Group(ChildLevelDataset dataset)
    {
        var children = new List<ChildFile>(dataset.Children.Count);
        var byId = new Dictionary<long, ChildFile>(dataset.Children.Count);
        foreach (var child in dataset.Children)
        {
            var file = new ChildFile(child);
            children.Add(file);
            byId.TryAdd(child.Id, file);
        }

        var orphans = new List<(string, ChildRecord)>();

        void Add<T>(List<T> records, string table, Func<ChildFile, List<T>> target)
            where T : ChildRecord
        {
            foreach (var record in records)
            {
                if (byId.TryGetValue(record.ChildId, out var file))
                {
                    target(file).Add(record);
                }
                else
                {
                    orphans.Add((table, record));
                }
            }
        }

        Add(dataset.CareEpisodes, "Episodes", f => f.EpisodeList);
        Add(dataset.CareReviews, "Reviews", f => f.ReviewList);
        Add(dataset.MissingEpisodes, "Missing", f => f.MissingList);
        Add(dataset.HealthRecords, "OC2", f => f.Oc2List);
        Add(dataset.CareLeaverRecords, "OC3", f => f.Oc3List);
        Add(dataset.PreviousPermanences, "PrevPerm", f => f.PrevPermList);
        Add(dataset.SocialWorkerEpisodes, "SWEpisodes", f => f.SocialWorkerList);
        foreach (var record in dataset.AdoptionRecords)
        {
            var isAd1 = ChildFile.IsAd1(record);
            var isPlaced = ChildFile.IsPlacedAdoption(record);
            if (byId.TryGetValue(record.ChildId, out var file))
            {
                file.AdoptionList.Add(record);
                if (isAd1)
                {
                    file.Ad1List.Add(record);
                }

                if (isPlaced)
                {
                    file.PlacedAdoptionList.Add(record);
                }
            }
            else
            {
                orphans.Add((isAd1 || !isPlaced ? "AD1" : "PlacedAdoption", record));
            }
        }

        foreach (var file in children)
        {
            file.Sort();
        }

        return (children, orphans);
    }
}

/// <summary>One child's records in one return, sorted by date, with what several rules derive from them.</summary>
public sealed class ChildFile
{
    internal ChildFile(Child child)
    {
        Child = child;
    }

    public Child Child { get; }

    public string LaChildId => Child.LaChildId;

    /// <summary>Episodes by DECOM (then open episodes last).</summary>
    public IReadOnlyList<CareEpisode> Episodes => EpisodeList;

    public IReadOnlyList<CareReview> Reviews => ReviewList;

    /// <summary>Missing periods by MIS_START.</summary>
    public IReadOnlyList<MissingEpisode> Missing => MissingList;

    public IReadOnlyList<HealthRecord> Oc2 => Oc2List;

    public IReadOnlyList<CareLeaverRecord> Oc3 => Oc3List;

    /// <summary>Every adoption record (AD1 and PlacedAdoption rows).</summary>
    public IReadOnlyList<AdoptionRecord> Adoption => AdoptionList;

    public IReadOnlyList<AdoptionRecord> Ad1 => Ad1List;

    /// <summary>PlacedAdoption rows by DATE_PLACED (blank dates first).</summary>
    public IReadOnlyList<AdoptionRecord> PlacedAdoption => PlacedAdoptionList;

    public IReadOnlyList<PreviousPermanence> PrevPerm => PrevPermList;

    /// <summary>Social worker episodes by SW_DECOM.</summary>
    public IReadOnlyList<SocialWorkerEpisode> SocialWorkers => SocialWorkerList;

    /// <summary>The same child (by CHILD) in last year's return, where it was given and held the child.</summary>
    public ChildFile? LastYear { get; internal set; }

    public CareEpisode? FirstEpisode => EpisodeList.Count > 0 ? EpisodeList[0] : null;

    public CareEpisode? LatestEpisode => EpisodeList.Count > 0 ? EpisodeList[^1] : null;

    /// <summary>Any of IN_TOUCH, ACTIV or ACCOM completed.</summary>
    public bool HasOc3Data { get; private set; }

    /// <summary>UASC status 1: the child was recorded as an unaccompanied asylum-seeking child.</summary>
    public bool IsUasc => Child.UnaccompaniedAsylumSeekingDate is not null;

    /// <summary>Any UASC item completed (status or DUC).</summary>
    public bool HasUascData => Child.UnaccompaniedAsylumSeekingDate is not null || Child.UnaccompaniedAsylumSeekingCeasedDate is not null;

    /// <summary>
    /// Looked after continuously for at least 12 months at 31 March (the OC2 cohort), as DfE defines it: looked after on 1 April
    /// (an episode other than V3/V4 started on or before it) and no episode that shows a break: a V3/V4 episode ending on or after
    /// 1 April or open, an episode ceasing on or after 1 April with a reason other than X1, or an episode with RNE S starting after 1 April.
    /// </summary>
    public bool ContinuouslyLookedAfter { get; private set; }

    /// <summary>An episode other than V3/V4 open at some point in the collection year.</summary>
    public bool LookedAfterInYear { get; private set; }

    /// <summary>Any episode (short breaks included) open at some point in the collection year.</summary>
    public bool HasEpisodeInYear { get; private set; }

    internal List<CareEpisode> EpisodeList { get; } = [];

    internal List<CareReview> ReviewList { get; } = [];

    internal List<MissingEpisode> MissingList { get; } = [];

    internal List<HealthRecord> Oc2List { get; } = [];

    internal List<CareLeaverRecord> Oc3List { get; } = [];

    internal List<AdoptionRecord> AdoptionList { get; } = [];

    internal List<AdoptionRecord> Ad1List { get; } = [];

    internal List<AdoptionRecord> PlacedAdoptionList { get; } = [];

    internal List<PreviousPermanence> PrevPermList { get; } = [];

    internal List<SocialWorkerEpisode> SocialWorkerList { get; } = [];

    /// <summary>The episode that starts the period of care holding the episode at <paramref name="position"/>: walk back while the previous one ended X1.</summary>
    public CareEpisode PeriodStartOf(int position)
    {
        var i = position;
        while (i > 0 && EpisodeList[i - 1].ReasonEpisodeCeased == "X1")
        {
            i--;
        }

        return EpisodeList[i];
    }

    /// <summary>The first episode of the latest period of care (the latest RNE S, else the first episode).</summary>
    public CareEpisode? LatestPeriodStart => EpisodeList.Count == 0 ? null : PeriodStartOf(EpisodeList.Count - 1);

    /// <summary>Looked after (an episode other than V3/V4 open) on <paramref name="date"/>: DECOM on or before it and DEC after it or blank.</summary>
    public bool LookedAfterOn(DateOnly date) =>
        EpisodeList.Exists(e => !e.IsShortBreak && e.StartDate <= date && (e.EndDate is null || e.EndDate > date));

    /// <summary>The child's birthday in the year they turn <paramref name="years"/>; a 29 February birthday falls on 1 March in other years.</summary>
    public DateOnly? Birthday(int years) => Child.BirthDate is { } dob ? Ssda903Codes.Birthday(dob, years) : null;

    internal static bool IsAd1(AdoptionRecord r) =>
        r.DecisionDate is not null || r.MatchDate is not null || r.FosterCare is not null
        || Ssda903Codes.Has(r.NumberOfAdopters) || Ssda903Codes.Has(r.SexOfAdopters) || Ssda903Codes.Has(r.LegalStatusOfAdopters);

    internal static bool IsPlacedAdoption(AdoptionRecord r) =>
        r.PlacedDate is not null || r.PlacedCeasedDate is not null || Ssda903Codes.Has(r.ReasonPlacedCeased);

    internal void Sort()
    {
        EpisodeList.Sort((a, b) =>
        {
            var c = a.StartDate.CompareTo(b.StartDate);
            return c != 0 ? c : (a.EndDate ?? DateOnly.MaxValue).CompareTo(b.EndDate ?? DateOnly.MaxValue);
        });
        MissingList.Sort((a, b) => a.StartDate.CompareTo(b.StartDate));
        SocialWorkerList.Sort((a, b) => a.StartDate.CompareTo(b.StartDate));
        PlacedAdoptionList.Sort((a, b) => (a.PlacedDate ?? DateOnly.MinValue).CompareTo(b.PlacedDate ?? DateOnly.MinValue));
    }

    internal void Derive(DateOnly periodStart, DateOnly referenceDate)
    {
        HasOc3Data = Oc3List.Exists(r => Ssda903Codes.Has(r.InTouch) || Ssda903Codes.Has(r.Activity) || Ssda903Codes.Has(r.Accommodation));
        HasEpisodeInYear = EpisodeList.Exists(e => e.StartDate <= referenceDate && (e.EndDate is null || e.EndDate >= periodStart));
        LookedAfterInYear = EpisodeList.Exists(e => !e.IsShortBreak && e.StartDate <= referenceDate && (e.EndDate is null || e.EndDate >= periodStart));
        var inCareAtStart = EpisodeList.Exists(e => !e.IsShortBreak && e.StartDate <= periodStart);
        var broken = EpisodeList.Exists(e =>
            (e.IsShortBreak && (e.EndDate is null || e.EndDate >= periodStart))
            || (e.ReasonEpisodeCeased != "X1" && e.EndDate >= periodStart)
            || (e.ReasonForNewEpisode == "S" && e.StartDate > periodStart));
        ContinuouslyLookedAfter = inCareAtStart && !broken;
    }
}
