using System.Linq.Expressions;
using GoldenThread.Core.Model;

namespace GoldenThread.Data.Loads;

/// <summary>
/// The child-level tables a load writes, in the order they are written (parents first), and for each record type the
/// natural key that says "the same record" across loads: the child and the record's own date (docs/adr/0007-loads.md).
/// </summary>
public static class LoadTables
{
    public static IReadOnlyList<Type> RecordTypesInWriteOrder { get; } =
    [
        typeof(Contact), typeof(EarlyHelpEpisode), typeof(Referral), typeof(Assessment), typeof(ChildInNeedPlan),
        typeof(Section47Enquiry), typeof(InitialChildProtectionConference), typeof(ChildProtectionPlan), typeof(ChildProtectionReview),
        typeof(ChildProtectionVisit), typeof(CareEpisode), typeof(CareReview), typeof(CareVisit), typeof(MissingEpisode),
        typeof(HealthRecord), typeof(CareLeaverRecord), typeof(AdoptionRecord), typeof(PreviousPermanence), typeof(SocialWorkerEpisode),
        typeof(Allocation),
    ];

    /// <summary>The natural key's date (or year) of each record type: with the child, it identifies "the same record".</summary>
    public static LambdaExpression NaturalKey(Type recordType) => recordType.Name switch
    {
        nameof(Contact) => Key<Contact, DateOnly>(r => r.ContactDate),
        nameof(EarlyHelpEpisode) => Key<EarlyHelpEpisode, DateOnly>(r => r.StartDate),
        nameof(Referral) => Key<Referral, DateOnly>(r => r.ReferralDate),
        nameof(Assessment) => Key<Assessment, DateOnly>(r => r.StartDate),
        nameof(ChildInNeedPlan) => Key<ChildInNeedPlan, DateOnly>(r => r.StartDate),
        nameof(Section47Enquiry) => Key<Section47Enquiry, DateOnly>(r => r.StartDate),
        nameof(InitialChildProtectionConference) => Key<InitialChildProtectionConference, DateOnly>(r => r.ConferenceDate),
        nameof(ChildProtectionPlan) => Key<ChildProtectionPlan, DateOnly>(r => r.StartDate),
        nameof(ChildProtectionReview) => Key<ChildProtectionReview, DateOnly>(r => r.ReviewDate),
        nameof(ChildProtectionVisit) => Key<ChildProtectionVisit, DateOnly>(r => r.VisitDate),
        nameof(CareEpisode) => Key<CareEpisode, DateOnly>(r => r.StartDate),
        nameof(CareReview) => Key<CareReview, DateOnly>(r => r.ReviewDate),
        nameof(CareVisit) => Key<CareVisit, DateOnly>(r => r.VisitDate),
        nameof(MissingEpisode) => Key<MissingEpisode, DateOnly>(r => r.StartDate),
        nameof(HealthRecord) => Key<HealthRecord, string>(r => r.CollectionYear),
        nameof(CareLeaverRecord) => Key<CareLeaverRecord, string>(r => r.CollectionYear),
        nameof(AdoptionRecord) => Key<AdoptionRecord, DateOnly?>(r => r.DecisionDate),
        nameof(PreviousPermanence) => Key<PreviousPermanence, string?>(r => r.Option),
        nameof(SocialWorkerEpisode) => Key<SocialWorkerEpisode, DateOnly>(r => r.StartDate),
        nameof(Allocation) => Key<Allocation, DateOnly>(r => r.StartDate),
        _ => throw new ArgumentOutOfRangeException(nameof(recordType), recordType.Name, "Not a child-level record type."),
    };

    private static LambdaExpression Key<T, TKey>(Expression<Func<T, TKey>> key) => key;
}
