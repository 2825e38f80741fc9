using System.Globalization;
using System.Text.RegularExpressions;
using GoldenThread.Core.Model;
using GoldenThread.Core.Validation;

namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// Turns the rows of an SSDA903 return (from CSV files or XML) into a <see cref="ChildLevelDataset"/>: children from the
/// Header table, then the records of the other tables linked to them by CHILD, each with a dataset-local id and its source
/// location. Values that cannot be held (a date that is not a date, a flag that is not 0 or 1) stop the load; values the
/// format allows but the code lists do not (an unknown code, a child missing from Header) are kept and listed as problems.
/// </summary>
internal sealed partial class Ssda903DatasetBuilder
{
    /// <summary>Columns whose dates are events of the year, from which the collection year can be told.</summary>
    private static readonly HashSet<string> _eventDateColumns = new(StringComparer.Ordinal)
    {
        "DECOM", "DEC", "REVIEW", "MIS_START", "MIS_END", "SW_DECOM", "SW_DEC", "DATE_INT", "DATE_MATCH", "DATE_PLACED", "DATE_PLACED_CEASED",
    };

    private readonly ChildLevelDataset _dataset = new() { Collection = ReturnCollections.Ssda903 };
    private readonly Dictionary<string, Child> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<AdoptionRecord>> _adoptions = [];
    private readonly HashSet<AdoptionRecord> _withAdoptionDetails = new(ReferenceEqualityComparer.Instance);
    private readonly List<Child> _unaccompanied = [];
    private DateOnly? _latestEvent;

    private Ssda903DatasetBuilder()
    {
    }

    /// <summary>
    /// Builds the dataset. The collection year is <paramref name="collectionYear"/> when given; else one written in the file
    /// names (e.g. <c>2024-25</c>), when they agree; else the year (1 April to 31 March) of the latest event date in the
    /// return (episode, review, missing, social worker and adoption decision dates; not dates of birth), since every event a
    /// return reports falls on or before its 31 March.
    /// </summary>
    public static ChildLevelDataset Build(IEnumerable<Ssda903Row> rows, IReadOnlyCollection<string> fileNames, string? collectionYear)
    {
        if (collectionYear is not null)
        {
            CollectionYears.ReferenceDate(collectionYear);
        }

        var byTable = Ssda903Tables.All.ToDictionary(t => t, _ => new List<Ssda903Row>());
        foreach (var row in rows)
        {
            byTable[row.Table].Add(row);
        }

        var builder = new Ssda903DatasetBuilder();
        foreach (var table in BuildOrder)
        {
            foreach (var row in byTable[table])
            {
                builder.Add(row);
            }
        }

        var yearsInNames = fileNames.Select(Ssda903Format.YearInFileName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var year = collectionYear
            ?? (yearsInNames.Count == 1 ? yearsInNames[0] : null)
            ?? (builder._latestEvent is { } latest ? CollectionYears.Of(latest) : null);
        builder.Finish(year, fileNames.FirstOrDefault() ?? string.Empty);
        return builder._dataset;
    }

    /// <summary>Header first so children exist; PlacedAdoption before AD1 so adoption details join the decision they belong to.</summary>
    private static IEnumerable<Ssda903Table> BuildOrder =>
    [
        Ssda903Tables.Header, Ssda903Tables.Episodes, Ssda903Tables.Reviews, Ssda903Tables.Uasc, Ssda903Tables.Oc2, Ssda903Tables.Oc3,
        Ssda903Tables.PlacedAdoption, Ssda903Tables.Ad1, Ssda903Tables.PrevPerm, Ssda903Tables.Missing, Ssda903Tables.SocialWorkerEpisodes,
    ];

    private void Add(Ssda903Row row)
    {
        if (row.IsBlank)
        {
            return;
        }

        if (row.Table == Ssda903Tables.Header)
        {
            AddChild(row);
            return;
        }

        var child = ChildFor(row);
        switch (row.Table.Name)
        {
            case "Episodes":
                AddEpisode(row, child);
                break;
            case "Reviews":
                var review = new CareReview { ReviewDate = Date(row, "REVIEW") ?? default, ParticipationCode = Code(row, "REVIEW_CODE") };
                Keep(row, child, _dataset.CareReviews, review, row["REVIEW"] is null ? "REVIEW" : null);
                break;
            case "UASC":
                AddUnaccompanied(row, child);
                break;
            case "OC2":
                Keep(row, child, _dataset.HealthRecords, new HealthRecord
                {
                    CollectionYear = string.Empty,
                    SdqScore = Number(row, "SDQ_SCORE"),
                    SdqReason = Code(row, "SDQ_REASON"),
                    Convicted = Flag(row, "CONVICTED"),
                    HealthCheck = Flag(row, "HEALTH_CHECK"),
                    Immunisations = Flag(row, "IMMUNISATIONS"),
                    TeethCheck = Flag(row, "TEETH_CHECK"),
                    HealthAssessment = Flag(row, "HEALTH_ASSESSMENT"),
                    SubstanceMisuse = Flag(row, "SUBSTANCE_MISUSE"),
                    InterventionReceived = Flag(row, "INTERVENTION_RECEIVED"),
                    InterventionOffered = Flag(row, "INTERVENTION_OFFERED"),
                });
                break;
            case "OC3":
                Keep(row, child, _dataset.CareLeaverRecords, new CareLeaverRecord
                {
                    CollectionYear = string.Empty,
                    InTouch = Code(row, "IN_TOUCH"),
                    Activity = Code(row, "ACTIV"),
                    Accommodation = row["ACCOM"],
                });
                break;
            case "PlacedAdoption":
                AddPlacedForAdoption(row, child);
                break;
            case "AD1":
                AddAdoptionDetails(row, child);
                break;
            case "PrevPerm":
                AddPreviousPermanence(row, child);
                break;
            case "Missing":
                var missing = new MissingEpisode
                {
                    Kind = Code(row, "MISSING"),
                    StartDate = Date(row, "MIS_START") ?? default,
                    EndDate = Date(row, "MIS_END"),
                };
                Keep(row, child, _dataset.MissingEpisodes, missing, row["MIS_START"] is null ? "MIS_START" : null);
                break;
            default:
                var episode = new SocialWorkerEpisode
                {
                    SocialWorkerId = row["SW_ID"],
                    StartDate = Date(row, "SW_DECOM") ?? default,
                    EndDate = Date(row, "SW_DEC"),
                    EndReason = Code(row, "SW_REASON"),
                };
                Keep(row, child, _dataset.SocialWorkerEpisodes, episode, row["SW_DECOM"] is null ? "SW_DECOM" : null);
                break;
        }
    }

    private void AddChild(Ssda903Row row)
    {
        var sex = Code(row, "SEX");
        var birth = Date(row, "DOB");
        var ethnicity = Code(row, "ETHNIC");
        var mother = Code(row, "MOTHER");
        var mothersChildBirth = Date(row, "MC_DOB");
        var upn = row["UPN"];
        if (row["CHILD"] is not { } id)
        {
            Problem(row.Cell("CHILD"), "CHILD is blank: the row is not kept");
            return;
        }

        if (_children.ContainsKey(id))
        {
            Problem(row.Cell("CHILD"), $"child {id} appears more than once in Header: this row is not kept");
            return;
        }

        var child = new Child
        {
            Id = _dataset.Children.Count + 1,
            LaChildId = id,
            Sex = Ssda903Format.SexFromReturn(sex),
            BirthDate = birth,
            Ethnicity = ethnicity,
            IsMother = mother,
            MothersChildBirthDate = mothersChildBirth,
        };
        if (upn is not null && UpnUnknownCode().IsMatch(upn))
        {
            child.UpnUnknownReason = upn;
        }
        else
        {
            child.Upn = upn;
        }

        _children.Add(id, child);
        _dataset.Children.Add(child);
        _dataset.Locations[child] = row.Location;
    }

    /// <summary>The child a row belongs to; one not in Header is added from the row, with a problem noted.</summary>
    private Child? ChildFor(Ssda903Row row)
    {
        var birth = row.Table.Has("DOB") ? Date(row, "DOB") : null;
        if (row["CHILD"] is not { } id)
        {
            Problem(row.Cell("CHILD"), "CHILD is blank: the row is not kept");
            return null;
        }

        if (_children.TryGetValue(id, out var child))
        {
            if (birth is { } date && child.BirthDate != date)
            {
                Problem(row.Cell("DOB"), $"DOB {Ssda903Format.Date(date)} differs from child {id}'s DOB in Header ({Ssda903Format.Date(child.BirthDate)})");
            }

            return child;
        }

        child = new Child { Id = _dataset.Children.Count + 1, LaChildId = id, BirthDate = birth };
        _children.Add(id, child);
        _dataset.Children.Add(child);
        _dataset.Locations[child] = row.Location;
        Problem(row.Cell("CHILD"), $"child {id} is not in the Header table");
        return child;
    }

    private void AddEpisode(Ssda903Row row, Child? child)
    {
        var episode = new CareEpisode
        {
            StartDate = Date(row, "DECOM") ?? default,
            ReasonForNewEpisode = Code(row, "RNE"),
            LegalStatus = Code(row, "LS"),
            CategoryOfNeed = Code(row, "CIN"),
            PlacementType = Code(row, "PLACE"),
            PlacementProvider = Code(row, "PLACE_PROVIDER"),
            EndDate = Date(row, "DEC"),
            ReasonEpisodeCeased = Code(row, "REC"),
            ReasonPlaceChange = Code(row, "REASON_PLACE_CHANGE"),
            HomePostcode = row["HOME_POST"],
            PlacementPostcode = row["PL_POST"],
            Urn = row["URN"],
        };
        Keep(row, child, _dataset.CareEpisodes, episode, row["DECOM"] is null ? "DECOM" : null);
    }

    private void AddUnaccompanied(Ssda903Row row, Child? child)
    {
        var sex = Code(row, "SEX");
        var ceased = Date(row, "DUC");
        if (child is null)
        {
            return;
        }

        if (sex is not null && child.Sex is not null && Ssda903Format.SexFromReturn(sex) != child.Sex)
        {
            Problem(row.Cell("SEX"), $"SEX {sex} differs from child {child.LaChildId}'s SEX in Header ({Ssda903Format.SexToReturn(child.Sex)})");
        }

        child.Sex ??= Ssda903Format.SexFromReturn(sex);
        child.UnaccompaniedAsylumSeekingCeasedDate = ceased;
        if (!_unaccompanied.Contains(child))
        {
            _unaccompanied.Add(child);
        }
    }

    private void AddPlacedForAdoption(Ssda903Row row, Child? child)
    {
        var record = new AdoptionRecord
        {
            DecisionDate = Date(row, "DATE_PLACED"),
            PlacedCeasedDate = Date(row, "DATE_PLACED_CEASED"),
            ReasonPlacedCeased = Code(row, "REASON_PLACED_CEASED"),
        };
        if (Keep(row, child, _dataset.AdoptionRecords, record) && child is not null)
        {
            AdoptionsOf(child).Add(record);
        }
    }

    /// <summary>
    /// AD1 joins the child's PlacedAdoption record with the same decision date (DfE rule 523: DATE_INT should equal
    /// DATE_PLACED), else the child's latest record without adoption details, else a record of its own.
    /// </summary>
    private void AddAdoptionDetails(Ssda903Row row, Child? child)
    {
        var decision = Date(row, "DATE_INT");
        var match = Date(row, "DATE_MATCH");
        var fosterCare = Flag(row, "FOSTER_CARE");
        var number = Code(row, "NB_ADOPTR");
        var sex = Code(row, "SEX_ADOPTR");
        var legalStatus = Code(row, "LS_ADOPTR");
        if (child is null)
        {
            return;
        }

        var records = AdoptionsOf(child);
        var record = records.FirstOrDefault(r => decision is not null && r.DecisionDate == decision && !_withAdoptionDetails.Contains(r))
            ?? records.LastOrDefault(r => !_withAdoptionDetails.Contains(r));
        if (record is null)
        {
            record = new AdoptionRecord { DecisionDate = decision };
            Keep(row, child, _dataset.AdoptionRecords, record);
            records.Add(record);
        }
        else if (decision is not null && record.DecisionDate is { } placed && placed != decision)
        {
            Problem(row.Cell("DATE_INT"), $"DATE_INT {Ssda903Format.Date(decision)} differs from DATE_PLACED {Ssda903Format.Date(placed)} in PlacedAdoption");
        }

        record.DecisionDate ??= decision;
        record.MatchDate = match;
        record.FosterCare = fosterCare;
        record.NumberOfAdopters = number;
        record.SexOfAdopters = sex;
        record.LegalStatusOfAdopters = legalStatus;
        _withAdoptionDetails.Add(record);
    }

    private void AddPreviousPermanence(Ssda903Row row, Child? child)
    {
        var orderDate = row["DATE_PERM"];
        if (orderDate is not null && !PermanenceDate().IsMatch(orderDate))
        {
            Problem(row.Cell("DATE_PERM"), $"'{orderDate}' is not a date in the form dd/mm/yyyy (zz for an unknown day or month)");
        }

        Keep(row, child, _dataset.PreviousPermanences, new PreviousPermanence
        {
            Option = row["PREV_PERM"],
            AuthorityCode = row["LA_PERM"],
            OrderDate = orderDate,
        });
    }

    private List<AdoptionRecord> AdoptionsOf(Child child)
    {
        if (!_adoptions.TryGetValue(child.Id, out var records))
        {
            records = [];
            _adoptions.Add(child.Id, records);
        }

        return records;
    }

    /// <summary>Adds the record for the child, unless the child or a required date (<paramref name="blankRequired"/>) is missing.</summary>
    private bool Keep<T>(Ssda903Row row, Child? child, List<T> list, T record, string? blankRequired = null)
        where T : ChildRecord
    {
        if (child is null)
        {
            return false;
        }

        if (blankRequired is not null)
        {
            Problem(row.Cell(blankRequired), $"{blankRequired} is blank: the {row.Table.Name} row is not kept");
            return false;
        }

        record.Id = list.Count + 1;
        record.ChildId = child.Id;
        list.Add(record);
        _dataset.Locations[record] = row.Location;
        return true;
    }

    private void Finish(string? year, string firstFile)
    {
        _dataset.CollectionYear = year;
        DateOnly? yearStart = null;
        if (year is not null)
        {
            _dataset.ReferenceDate = CollectionYears.ReferenceDate(year);
            yearStart = _dataset.ReferenceDate.Value.AddYears(-1).AddDays(1);
        }
        else
        {
            Problem(new SourceLocation(firstFile, null, null, null), "the collection year could not be told from the file names or the dates: pass it");
        }

        foreach (var record in _dataset.HealthRecords)
        {
            record.CollectionYear = year ?? string.Empty;
        }

        foreach (var record in _dataset.CareLeaverRecords)
        {
            record.CollectionYear = year ?? string.Empty;
        }

        // The return carries a UASC flag, not the date the child was first recorded as unaccompanied: the child's earliest
        // episode in the return stands for it (unaccompanied children become looked after on arrival), else the start of
        // the collection year, else the date the status ceased.
        var firstEpisode = _dataset.CareEpisodes.GroupBy(e => e.ChildId).ToDictionary(g => g.Key, g => g.Min(e => e.StartDate));
        foreach (var child in _unaccompanied)
        {
            child.UnaccompaniedAsylumSeekingDate = firstEpisode.TryGetValue(child.Id, out var start) ? start
                : yearStart ?? child.UnaccompaniedAsylumSeekingCeasedDate;
        }
    }

    private string? Code(Ssda903Row row, string column)
    {
        var value = row[column];
        if (value is not null && Ssda903Codes.IsUnknown(column, value))
        {
            Problem(row.Cell(column), $"'{value}' is not a known {column} code");
        }

        return value;
    }

    private DateOnly? Date(Ssda903Row row, string column)
    {
        if (row[column] is not { } text)
        {
            return null;
        }

        if (!Ssda903Format.TryParseDate(text, out var date, out var problem))
        {
            throw new ReturnFormatException(row.Cell(column), problem);
        }

        if (_eventDateColumns.Contains(column) && (_latestEvent is null || date > _latestEvent))
        {
            _latestEvent = date;
        }

        return date;
    }

    private static bool? Flag(Ssda903Row row, string column) => row[column] switch
    {
        null => null,
        "1" => true,
        "0" => false,
        var other => throw new ReturnFormatException(row.Cell(column), $"'{other}' is not 0 or 1"),
    };

    private static int? Number(Ssda903Row row, string column)
    {
        if (row[column] is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ReturnFormatException(row.Cell(column), $"'{text}' is not a whole number");
    }

    private void Problem(SourceLocation location, string message) => _dataset.Problems.Add(new ImportProblem(location, message));

    [GeneratedRegex("^UN[0-9]{1,2}$")]
    private static partial Regex UpnUnknownCode();

    [GeneratedRegex("^([0-9]{2}|[zZ]{2})/([0-9]{2}|[zZ]{2})/[0-9]{4}$")]
    private static partial Regex PermanenceDate();
}
