using GoldenThread.Core.Model;

namespace GoldenThread.Core.Returns;

/// <summary>
/// Child-level records as one statutory return (or a stored extract) holds them, in memory: what parsers produce,
/// what validation rules and exporters read, and what a load writes. Records are linked by <see cref="ChildRecord.ChildId"/>
/// and the other id fields, with ids local to the dataset (1, 2, 3 … per type) until a load assigns database keys.
/// </summary>
public sealed class ChildLevelDataset
{
    /// <summary><see cref="ReturnCollections"/>: cin, 903, annex-a.</summary>
    public required string Collection { get; init; }

    /// <summary>Collection year, e.g. 2024-25, where the return has one.</summary>
    public string? CollectionYear { get; set; }

    /// <summary>Census reference date (31 March) or Annex A "as at" date.</summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>The authority's three-digit code (CIN Header LEA), where given.</summary>
    public string? LaCode { get; set; }

    public List<Child> Children { get; } = [];

    public List<Contact> Contacts { get; } = [];

    public List<EarlyHelpEpisode> EarlyHelpEpisodes { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public List<Assessment> Assessments { get; } = [];

    public List<ChildInNeedPlan> ChildInNeedPlans { get; } = [];

    public List<Section47Enquiry> Section47Enquiries { get; } = [];

    public List<InitialChildProtectionConference> InitialChildProtectionConferences { get; } = [];

    public List<ChildProtectionPlan> ChildProtectionPlans { get; } = [];

    public List<ChildProtectionReview> ChildProtectionReviews { get; } = [];

    public List<ChildProtectionVisit> ChildProtectionVisits { get; } = [];

    public List<CareEpisode> CareEpisodes { get; } = [];

    public List<CareReview> CareReviews { get; } = [];

    public List<CareVisit> CareVisits { get; } = [];

    public List<MissingEpisode> MissingEpisodes { get; } = [];

    public List<HealthRecord> HealthRecords { get; } = [];

    public List<CareLeaverRecord> CareLeaverRecords { get; } = [];

    public List<AdoptionRecord> AdoptionRecords { get; } = [];

    public List<PreviousPermanence> PreviousPermanences { get; } = [];

    public List<SocialWorkerEpisode> SocialWorkerEpisodes { get; } = [];

    public List<Allocation> Allocations { get; } = [];

    public List<Worker> Workers { get; } = [];

    /// <summary>Where each record came from in its file (element path or line and column), for messages and findings.</summary>
    public Dictionary<object, SourceLocation> Locations { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Problems the format allows (an unknown code in a valid file): kept with the data, reported as findings.</summary>
    public List<ImportProblem> Problems { get; } = [];

    public int RecordCount =>
        Children.Count + Contacts.Count + EarlyHelpEpisodes.Count + Referrals.Count + Assessments.Count + ChildInNeedPlans.Count
        + Section47Enquiries.Count + InitialChildProtectionConferences.Count + ChildProtectionPlans.Count + ChildProtectionReviews.Count
        + ChildProtectionVisits.Count + CareEpisodes.Count + CareReviews.Count + CareVisits.Count + MissingEpisodes.Count
        + HealthRecords.Count + CareLeaverRecords.Count + AdoptionRecords.Count + PreviousPermanences.Count + SocialWorkerEpisodes.Count
        + Allocations.Count + Workers.Count;

    public SourceLocation? LocationOf(object record) => Locations.GetValueOrDefault(record);
}

public static class ReturnCollections
{
    public const string CinCensus = "cin";
    public const string Ssda903 = "903";
    public const string AnnexA = "annex-a";
}

/// <summary>A place in a source file: the file, a line (1-based) and column where known, and the element or field.</summary>
public sealed record SourceLocation(string File, int? Line, int? Column, string? ElementOrField)
{
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Line is { } line)
        {
            parts.Add(Column is { } column ? $"line {line}, column {column}" : $"line {line}");
        }

        if (!string.IsNullOrEmpty(ElementOrField))
        {
            parts.Add(ElementOrField);
        }

        return string.Join(", ", parts);
    }
}

/// <summary>A problem found while reading a file that does not stop the load (the record is kept).</summary>
public sealed record ImportProblem(SourceLocation Location, string Message);

/// <summary>
/// A file that cannot be loaded at all (malformed, truncated, wrong columns, DTD …). The message names the file,
/// the line (and element or column) and what is wrong. Nothing is written when this is thrown.
/// </summary>
public sealed class ReturnFormatException : Exception
{
    public ReturnFormatException(SourceLocation location, string problem)
        : base($"{location}: {problem}")
    {
        Location = location;
        Problem = problem;
    }

    public ReturnFormatException()
    {
        Location = new SourceLocation(string.Empty, null, null, null);
        Problem = string.Empty;
    }

    public ReturnFormatException(string message)
        : base(message)
    {
        Location = new SourceLocation(string.Empty, null, null, null);
        Problem = message;
    }

    public ReturnFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Location = new SourceLocation(string.Empty, null, null, null);
        Problem = message;
    }

    public SourceLocation Location { get; }

    public string Problem { get; }
}
