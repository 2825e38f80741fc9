using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Xml;
using GoldenThread.Core.Model;
using GoldenThread.Core.Validation;

namespace GoldenThread.Core.Returns.CinCensus;

/// <summary>
/// Reads a CIN census XML return (the 2023-24 layout with GenderCurrent, and the 2024-25 and 2025-26 layouts with Sex) into a
/// <see cref="ChildLevelDataset"/>, streaming: one element at a time through <see cref="XmlReader"/>, so memory does not grow
/// with the file beyond the records read. DTDs are refused, so no entity can be expanded and no other file read.
/// </summary>
/// <remarks>
/// A file that cannot be read at all (malformed or truncated XML, an empty file, another root element, a DTD, an impossible
/// date, a flag or number that is not one) throws <see cref="ReturnFormatException"/> naming the file, line, column and element.
/// Anything the format lets through (an unknown code, a missing element the schema requires) is kept as recorded and listed
/// in <see cref="ChildLevelDataset.Problems"/>. Columns of elements point at their opening '&lt;'.
/// </remarks>
public static class CinCensusReader
{
    private static readonly XmlReaderSettings _settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Reads a census. <paramref name="collectionYearOverride"/> (e.g. 2024-25) replaces the year the header gives.</summary>
    public static ChildLevelDataset Read(Stream stream, string fileName, string? collectionYearOverride = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        if (collectionYearOverride is not null)
        {
            CinCensusCodes.StartYear(collectionYearOverride, nameof(collectionYearOverride));
        }

        var recording = new HeadRecordingStream(stream);
        var walk = new DocumentWalk(fileName, recording, collectionYearOverride);
        try
        {
            using var reader = XmlReader.Create(recording, _settings);
            return walk.Read(reader);
        }
        catch (XmlException exception)
        {
            throw walk.Describe(exception);
        }
    }

    /// <summary>
    /// Whether the first bytes of a file are a CIN census: XML whose root is Message and whose Header/CollectionDetails/Collection
    /// is CIN. A few hundred bytes are usually enough; a head that stops before the Collection element gives false.
    /// </summary>
    public static bool IsCinCensus(ReadOnlySpan<byte> head)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(head.ToArray()), _settings);
            var section = string.Empty;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.Depth)
                {
                    case 0 when reader.LocalName != "Message":
                    case 1 when reader.LocalName != "Header":
                        return false;
                    case 2:
                        section = reader.LocalName;
                        break;
                    case 3 when section == "CollectionDetails" && reader.LocalName == "Collection":
                        return reader.ReadElementContentAsString().Trim() == "CIN";
                    default:
                        break;
                }
            }

            return false;
        }
        catch (XmlException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Where an element starts, and its name and depth, so messages can name its path.</summary>
    private readonly record struct Mark(int Line, int Column, string Name, int Depth);

    /// <summary>One pass over one file.</summary>
    private sealed class DocumentWalk(string fileName, HeadRecordingStream recording, string? collectionYearOverride)
    {
        private const string _childPath = "Message/Children/Child";
        private const string _referralPath = _childPath + "/CINdetails";
        private const string _referralConferencePath = _referralPath + "/DateOfInitialCPC";
        private const string _assessmentPath = _referralPath + "/Assessments";
        private const string _childInNeedPlanPath = _referralPath + "/CINPlanDates";
        private const string _section47Path = _referralPath + "/Section47";
        private const string _section47ConferencePath = _section47Path + "/DateOfInitialCPC";
        private const string _protectionPlanPath = _referralPath + "/ChildProtectionPlans";
        private const string _reviewPath = _protectionPlanPath + "/Reviews/CPPreviewDate";

        private readonly List<string> _path = [];
        private readonly ChildLevelDataset _data = new() { Collection = ReturnCollections.CinCensus };
        private XmlReader _reader = null!;
        private IXmlLineInfo _lineInfo = null!;
        private bool _rootSeen;
        private bool _yearResolved;
        private int? _headerYear;
        private DateOnly? _headerReferenceDate;
        private Mark _headerMark;
        private bool? _usesGenderCurrent;

        public ChildLevelDataset Read(XmlReader reader)
        {
            _reader = reader;
            _lineInfo = (IXmlLineInfo)reader;
            while (_reader.NodeType != XmlNodeType.Element)
            {
                if (!_reader.Read())
                {
                    throw new ReturnFormatException(new SourceLocation(fileName, null, null, null), "the file holds no XML element");
                }
            }

            _rootSeen = true;
            var root = Here();
            if (root.Name != "Message")
            {
                throw Fatal(root, $"the root element is {root.Name}, not Message, so this is not a CIN census file");
            }

            if (Enter(out var message))
            {
                var childrenSeen = false;
                while (NextElement())
                {
                    switch (_reader.LocalName)
                    {
                        case "Header":
                            ReadHeader();
                            break;
                        case "Children":
                            childrenSeen = true;
                            ResolveYear(message);
                            ReadChildren();
                            break;
                        default:
                            Unexpected();
                            break;
                    }
                }

                ResolveYear(message);
                if (!childrenSeen)
                {
                    Problem(message, "Children is missing: the file holds no children");
                }
            }
            else
            {
                ResolveYear(message);
                Problem(message, "Children is missing: the file holds no children");
            }

            // Reads to the end, so that anything after the root element is checked as well.
            while (_reader.Read())
            {
            }

            return _data;
        }

        /// <summary>Turns the XML parser's complaint into a message naming the file, line, column and element.</summary>
        public ReturnFormatException Describe(XmlException exception)
        {
            if (!_rootSeen && IsBlank(recording.Head) && recording.BytesRead == recording.Head.Length)
            {
                return new ReturnFormatException(
                    new SourceLocation(fileName, null, null, null),
                    recording.BytesRead == 0 ? "the file is empty" : "the file holds no XML, only white space");
            }

            var message = exception.Message;
            if (!_rootSeen && message.Contains("DTD", StringComparison.Ordinal))
            {
                var (line, column) = FindDoctype(recording.Head);
                return new ReturnFormatException(
                    new SourceLocation(fileName, line, column, "DOCTYPE"),
                    "the file has a document type definition (DTD), which is refused: a DTD can read other files and expand entities without limit");
            }

            var location = new SourceLocation(
                fileName,
                exception.LineNumber > 0 ? exception.LineNumber : null,
                exception.LineNumber > 0 ? exception.LinePosition : null,
                _path.Count > 0 ? string.Join('/', _path) : null);
            if (message.StartsWith("Unexpected end of file", StringComparison.Ordinal))
            {
                return new ReturnFormatException(location, "the file ends before the XML is complete: it looks truncated");
            }

            var lineNote = message.LastIndexOf(" Line ", StringComparison.Ordinal);
            var detail = lineNote > 0 ? message[..lineNote] : message;
            return new ReturnFormatException(location, $"the XML is not well formed: {detail}");
        }

        private void ReadHeader()
        {
            _headerMark = Here();
            if (!Enter(out _))
            {
                return;
            }

            while (NextElement())
            {
                switch (_reader.LocalName)
                {
                    case "CollectionDetails":
                        ReadCollectionDetails();
                        break;
                    case "Source":
                        ReadSource();
                        break;
                    default:
                        Unexpected();
                        break;
                }
            }
        }

        private void ReadCollectionDetails()
        {
            if (!Enter(out _))
            {
                return;
            }

            while (NextElement())
            {
                switch (_reader.LocalName)
                {
                    case "Collection":
                        {
                            var text = Leaf(out var mark);
                            if (text.Length > 0 && text != "CIN")
                            {
                                throw Fatal(mark, $"the collection is '{text}', not CIN");
                            }

                            break;
                        }

                    case "Year":
                        {
                            var text = Leaf(out var mark);
                            if (text.Length > 0)
                            {
                                _headerYear = text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year > 1
                                    ? year
                                    : throw Fatal(mark, $"'{text}' is not a year (expected yyyy)");
                            }

                            break;
                        }

                    case "ReferenceDate":
                        _headerReferenceDate = Date(Leaf(out var dateMark), dateMark);
                        break;
                    default:
                        Unexpected();
                        break;
                }
            }
        }

        private void ReadSource()
        {
            if (!Enter(out _))
            {
                return;
            }

            while (NextElement())
            {
                switch (_reader.LocalName)
                {
                    case "LEA":
                        {
                            var text = Leaf(out var mark);
                            if (text.Length > 0 && _data.LaCode is null)
                            {
                                if (text.Length != 3 || !text.All(char.IsAsciiDigit))
                                {
                                    Problem(mark, $"'{text}' is not a three-digit local authority code; kept as recorded");
                                }

                                _data.LaCode = text;
                            }

                            break;
                        }

                    case "SourceLevel" or "SoftwareCode" or "Release" or "SerialNo" or "DateTime":
                        Leaf(out _);
                        break;
                    default:
                        Unexpected();
                        break;
                }
            }
        }

        /// <summary>Sets the collection year and reference date: the override if given, otherwise the header's.</summary>
        private void ResolveYear(Mark message)
        {
            if (_yearResolved)
            {
                return;
            }

            _yearResolved = true;
            var headerYear = _headerYear is { } year ? CinCensusCodes.CollectionYearEnding(year)
                : _headerReferenceDate is { } date ? CollectionYears.Of(date)
                : null;
            if (collectionYearOverride is not null)
            {
                _data.CollectionYear = collectionYearOverride;
                _data.ReferenceDate = CollectionYears.ReferenceDate(collectionYearOverride);
                if (headerYear is not null && headerYear != collectionYearOverride)
                {
                    Problem(_headerMark, $"the header gives the collection year {headerYear}; read as {collectionYearOverride} as asked");
                }
            }
            else if (headerYear is not null)
            {
                _data.CollectionYear = headerYear;
                _data.ReferenceDate = _headerReferenceDate ?? CollectionYears.ReferenceDate(headerYear);
            }
            else
            {
                Problem(message, "the header gives no collection year (Year or ReferenceDate)");
            }

            if (_data.CollectionYear is { } collectionYear)
            {
                _usesGenderCurrent = CinCensusCodes.UsesGenderCurrent(CinCensusCodes.StartYear(collectionYear, nameof(collectionYear)));
            }
        }

        private void ReadChildren()
        {
            var before = _data.Children.Count;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    if (_reader.LocalName == "Child")
                    {
                        ReadChild();
                    }
                    else
                    {
                        Unexpected();
                    }
                }
            }

            if (_data.Children.Count == before)
            {
                Problem(mark, "Children holds no Child");
            }
        }

        private void ReadChild()
        {
            var child = new Child { Id = _data.Children.Count + 1, LaChildId = string.Empty };
            _data.Children.Add(child);
            var seen = 0;
            var referrals = 0;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    switch (_reader.LocalName)
                    {
                        case "ChildIdentifiers":
                            if (Once(ref seen, 1, Here()))
                            {
                                ReadIdentifiers(child);
                            }
                            else
                            {
                                _reader.Skip();
                            }

                            break;
                        case "ChildCharacteristics":
                            if (Once(ref seen, 2, Here()))
                            {
                                ReadCharacteristics(child);
                            }
                            else
                            {
                                _reader.Skip();
                            }

                            break;
                        case "CINdetails":
                            referrals++;
                            ReadReferral(child);
                            break;
                        default:
                            Unexpected();
                            break;
                    }
                }
            }

            _data.Locations[child] = Location(mark, _childPath);
            if ((seen & 1) == 0)
            {
                Problem(mark, "ChildIdentifiers is missing");
            }

            if ((seen & 2) == 0)
            {
                Problem(mark, "ChildCharacteristics is missing");
            }

            if (referrals == 0)
            {
                Problem(mark, "CINdetails is missing: the child has no referral");
            }
        }

        private void ReadIdentifiers(Child child)
        {
            var seen = 0;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    switch (_reader.LocalName)
                    {
                        case "LAchildID":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 1, leaf) && text.Length > 0)
                                {
                                    child.LaChildId = text;
                                }

                                break;
                            }

                        case "UPN":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 2, leaf))
                                {
                                    child.Upn = Upn(text, leaf);
                                }

                                break;
                            }

                        case "FormerUPN":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 4, leaf))
                                {
                                    child.FormerUpn = Upn(text, leaf);
                                }

                                break;
                            }

                        case "UPNunknown":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 8, leaf))
                                {
                                    child.UpnUnknownReason = Code(text, leaf, CinCensusCodes.UpnUnknown);
                                }

                                break;
                            }

                        case "PersonBirthDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 16, leaf))
                                {
                                    child.BirthDate = Date(text, leaf);
                                }

                                break;
                            }

                        case "ExpectedPersonBirthDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 32, leaf))
                                {
                                    child.ExpectedBirthDate = Date(text, leaf);
                                }

                                break;
                            }

                        case "Sex":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 64, leaf))
                                {
                                    child.Sex = Code(text, leaf, CinCensusCodes.Sex);
                                    if (_usesGenderCurrent == true && text.Length > 0)
                                    {
                                        Problem(leaf, $"Sex belongs to the layout from 2024-25; a {_data.CollectionYear} return carries GenderCurrent (kept as Sex)");
                                    }
                                }

                                break;
                            }

                        case "GenderCurrent":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 128, leaf))
                                {
                                    child.GenderCurrent = Code(text, leaf, CinCensusCodes.GenderCurrent);
                                    var sex = CinCensusCodes.SexFromGenderCurrent(child.GenderCurrent);
                                    if ((seen & 64) == 0)
                                    {
                                        child.Sex = sex;
                                    }

                                    if (_usesGenderCurrent == false && text.Length > 0)
                                    {
                                        Problem(leaf, $"GenderCurrent belongs to the 2023-24 layout; a {_data.CollectionYear} return carries Sex (read as Sex '{sex}')");
                                    }
                                }

                                break;
                            }

                        case "PersonDeathDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 256, leaf))
                                {
                                    child.DeathDate = Date(text, leaf);
                                }

                                break;
                            }

                        default:
                            Unexpected();
                            break;
                    }
                }
            }

            if (child.LaChildId.Length == 0)
            {
                Problem(mark, "LAchildID is missing");
            }

            if (child.Sex is null && child.GenderCurrent is null && (seen & (64 | 128)) == 0)
            {
                Problem(mark, _usesGenderCurrent == true ? "GenderCurrent is missing" : "Sex is missing");
            }
        }

        private void ReadCharacteristics(Child child)
        {
            var seen = 0;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    switch (_reader.LocalName)
                    {
                        case "Ethnicity":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 1, leaf))
                                {
                                    child.Ethnicity = Code(text, leaf, CinCensusCodes.Ethnicity);
                                }

                                break;
                            }

                        case "Disabilities":
                            ReadDisabilities(child);
                            break;
                        default:
                            Unexpected();
                            break;
                    }
                }
            }

            if (child.Ethnicity is null)
            {
                Problem(mark, "Ethnicity is missing");
            }
        }

        private void ReadDisabilities(Child child)
        {
            var count = 0;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    if (_reader.LocalName == "Disability")
                    {
                        var text = Leaf(out var leaf);
                        if (Code(text, leaf, CinCensusCodes.Disability) is { } code)
                        {
                            child.Disabilities.Add(code);
                            count++;
                        }
                    }
                    else
                    {
                        Unexpected();
                    }
                }
            }

            if (count == 0)
            {
                Problem(mark, "Disabilities holds no Disability");
            }
        }

        private void ReadReferral(Child child)
        {
            var referral = new Referral { Id = _data.Referrals.Count + 1, ChildId = child.Id, ReferralDate = DateOnly.MinValue };
            _data.Referrals.Add(referral);
            var firstConference = _data.InitialChildProtectionConferences.Count;
            var firstPlan = _data.ChildProtectionPlans.Count;
            var seen = 0;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    switch (_reader.LocalName)
                    {
                        case "CINreferralDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 1, leaf) && Date(text, leaf) is { } date)
                                {
                                    referral.ReferralDate = date;
                                    seen |= 1024;
                                }

                                break;
                            }

                        case "ReferralSource":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 2, leaf))
                                {
                                    referral.Source = Code(text, leaf, CinCensusCodes.ReferralSource);
                                }

                                break;
                            }

                        case "PrimaryNeedCode":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 4, leaf))
                                {
                                    referral.PrimaryNeedCode = Code(text, leaf, CinCensusCodes.PrimaryNeed);
                                }

                                break;
                            }

                        case "CINclosureDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 8, leaf))
                                {
                                    referral.ClosureDate = Date(text, leaf);
                                }

                                break;
                            }

                        case "ReasonForClosure":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 16, leaf))
                                {
                                    referral.ClosureReason = Code(text, leaf, CinCensusCodes.ReasonForClosure);
                                }

                                break;
                            }

                        case "DateOfInitialCPC":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 32, leaf) && Date(text, leaf) is { } date)
                                {
                                    AddConference(referral, null, date, leaf, _referralConferencePath);
                                }

                                break;
                            }

                        case "ReferralNFA":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 64, leaf) && Flag(text, leaf) is { } flag)
                                {
                                    referral.IsNoFurtherAction = flag;
                                    seen |= 2048;
                                }

                                break;
                            }

                        case "Assessments":
                            ReadAssessment(referral);
                            break;
                        case "CINPlanDates":
                            ReadChildInNeedPlan(referral);
                            break;
                        case "Section47":
                            ReadSection47(referral);
                            break;
                        case "ChildProtectionPlans":
                            ReadProtectionPlan(referral);
                            break;
                        default:
                            Unexpected();
                            break;
                    }
                }
            }

            _data.Locations[referral] = Location(mark, _referralPath);
            if ((seen & 1024) == 0)
            {
                Problem(mark, "CINreferralDate is missing; the referral is kept with the date 0001-01-01");
            }

            if (referral.Source is null)
            {
                Problem(mark, "ReferralSource is missing");
            }

            if ((seen & 2048) == 0)
            {
                Problem(mark, "ReferralNFA is missing; read as 0 (not NFA)");
            }

            // The census does not say which conference led to a plan: a plan in the same episode starting on the conference's day did.
            for (var i = firstConference; i < _data.InitialChildProtectionConferences.Count; i++)
            {
                var conference = _data.InitialChildProtectionConferences[i];
                for (var j = firstPlan; j < _data.ChildProtectionPlans.Count && !conference.ResultedInPlan; j++)
                {
                    conference.ResultedInPlan = _data.ChildProtectionPlans[j].StartDate == conference.ConferenceDate;
                }
            }
        }

        private void AddConference(Referral referral, long? enquiryId, DateOnly date, Mark mark, string path)
        {
            var conference = new InitialChildProtectionConference
            {
                Id = _data.InitialChildProtectionConferences.Count + 1,
                ChildId = referral.ChildId,
                ReferralId = referral.Id,
                Section47EnquiryId = enquiryId,
                ConferenceDate = date,
            };
            _data.InitialChildProtectionConferences.Add(conference);
            _data.Locations[conference] = Location(mark, path);
        }

        private void ReadAssessment(Referral referral)
        {
            var assessment = new Assessment { Id = _data.Assessments.Count + 1, ChildId = referral.ChildId, ReferralId = referral.Id, StartDate = DateOnly.MinValue };
            _data.Assessments.Add(assessment);
            var seen = 0;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    switch (_reader.LocalName)
                    {
                        case "AssessmentActualStartDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 1, leaf) && Date(text, leaf) is { } date)
                                {
                                    assessment.StartDate = date;
                                    seen |= 1024;
                                }

                                break;
                            }

                        case "AssessmentInternalReviewDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 2, leaf))
                                {
                                    assessment.InternalReviewDate = Date(text, leaf);
                                }

                                break;
                            }

                        case "AssessmentAuthorisationDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 4, leaf))
                                {
                                    assessment.AuthorisationDate = Date(text, leaf);
                                }

                                break;
                            }

                        case "FactorsIdentifiedAtAssessment":
                            ReadFactors(assessment);
                            break;
                        default:
                            Unexpected();
                            break;
                    }
                }
            }

            _data.Locations[assessment] = Location(mark, _assessmentPath);
            if ((seen & 1024) == 0)
            {
                Problem(mark, "AssessmentActualStartDate is missing; the assessment is kept with the date 0001-01-01");
            }
        }

        private void ReadFactors(Assessment assessment)
        {
            var count = 0;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    if (_reader.LocalName == "AssessmentFactors")
                    {
                        var text = Leaf(out var leaf);
                        if (Code(text, leaf, CinCensusCodes.AssessmentFactor) is { } code)
                        {
                            assessment.Factors.Add(code);
                            count++;
                        }
                    }
                    else
                    {
                        Unexpected();
                    }
                }
            }

            if (count == 0)
            {
                Problem(mark, "FactorsIdentifiedAtAssessment holds no AssessmentFactors");
            }
        }

        private void ReadChildInNeedPlan(Referral referral)
        {
            var plan = new ChildInNeedPlan { Id = _data.ChildInNeedPlans.Count + 1, ChildId = referral.ChildId, ReferralId = referral.Id, StartDate = DateOnly.MinValue };
            _data.ChildInNeedPlans.Add(plan);
            var seen = 0;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    switch (_reader.LocalName)
                    {
                        case "CINPlanStartDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 1, leaf) && Date(text, leaf) is { } date)
                                {
                                    plan.StartDate = date;
                                    seen |= 1024;
                                }

                                break;
                            }

                        case "CINPlanEndDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 2, leaf))
                                {
                                    plan.EndDate = Date(text, leaf);
                                }

                                break;
                            }

                        default:
                            Unexpected();
                            break;
                    }
                }
            }

            _data.Locations[plan] = Location(mark, _childInNeedPlanPath);
            if ((seen & 1024) == 0)
            {
                Problem(mark, "CINPlanStartDate is missing; the plan is kept with the date 0001-01-01");
            }
        }

        private void ReadSection47(Referral referral)
        {
            var enquiry = new Section47Enquiry { Id = _data.Section47Enquiries.Count + 1, ChildId = referral.ChildId, ReferralId = referral.Id, StartDate = DateOnly.MinValue };
            _data.Section47Enquiries.Add(enquiry);
            var seen = 0;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    switch (_reader.LocalName)
                    {
                        case "S47ActualStartDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 1, leaf) && Date(text, leaf) is { } date)
                                {
                                    enquiry.StartDate = date;
                                    seen |= 1024;
                                }

                                break;
                            }

                        case "InitialCPCtarget":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 2, leaf))
                                {
                                    enquiry.InitialConferenceTargetDate = Date(text, leaf);
                                }

                                break;
                            }

                        case "DateOfInitialCPC":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 4, leaf) && Date(text, leaf) is { } date)
                                {
                                    AddConference(referral, enquiry.Id, date, leaf, _section47ConferencePath);
                                }

                                break;
                            }

                        case "ICPCnotRequired":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 8, leaf) && Flag(text, leaf) is { } flag)
                                {
                                    enquiry.ConferenceNotRequired = flag;
                                    seen |= 2048;
                                }

                                break;
                            }

                        default:
                            Unexpected();
                            break;
                    }
                }
            }

            _data.Locations[enquiry] = Location(mark, _section47Path);
            if ((seen & 1024) == 0)
            {
                Problem(mark, "S47ActualStartDate is missing; the enquiry is kept with the date 0001-01-01");
            }

            if ((seen & 2048) == 0)
            {
                Problem(mark, "ICPCnotRequired is missing; read as 0");
            }
        }

        private void ReadProtectionPlan(Referral referral)
        {
            var plan = new ChildProtectionPlan { Id = _data.ChildProtectionPlans.Count + 1, ChildId = referral.ChildId, ReferralId = referral.Id, StartDate = DateOnly.MinValue };
            _data.ChildProtectionPlans.Add(plan);
            var seen = 0;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    switch (_reader.LocalName)
                    {
                        case "CPPstartDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 1, leaf) && Date(text, leaf) is { } date)
                                {
                                    plan.StartDate = date;
                                    seen |= 1024;
                                }

                                break;
                            }

                        case "CPPendDate":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 2, leaf))
                                {
                                    plan.EndDate = Date(text, leaf);
                                }

                                break;
                            }

                        case "InitialCategoryOfAbuse":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 4, leaf))
                                {
                                    plan.InitialCategory = Code(text, leaf, CinCensusCodes.CategoryOfAbuse);
                                }

                                break;
                            }

                        case "LatestCategoryOfAbuse":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 8, leaf))
                                {
                                    plan.LatestCategory = Code(text, leaf, CinCensusCodes.CategoryOfAbuse);
                                }

                                break;
                            }

                        case "NumberOfPreviousCPP":
                            {
                                var text = Leaf(out var leaf);
                                if (Once(ref seen, 16, leaf))
                                {
                                    plan.NumberOfPreviousPlans = Number(text, leaf);
                                }

                                break;
                            }

                        case "Reviews":
                            ReadReviews(plan);
                            break;
                        default:
                            Unexpected();
                            break;
                    }
                }
            }

            _data.Locations[plan] = Location(mark, _protectionPlanPath);
            if ((seen & 1024) == 0)
            {
                Problem(mark, "CPPstartDate is missing; the plan is kept with the date 0001-01-01");
            }

            if (plan.InitialCategory is null)
            {
                Problem(mark, "InitialCategoryOfAbuse is missing");
            }

            if (plan.LatestCategory is null)
            {
                Problem(mark, "LatestCategoryOfAbuse is missing");
            }

            if (plan.NumberOfPreviousPlans is null)
            {
                Problem(mark, "NumberOfPreviousCPP is missing");
            }
        }

        private void ReadReviews(ChildProtectionPlan plan)
        {
            var count = 0;
            if (Enter(out var mark))
            {
                while (NextElement())
                {
                    if (_reader.LocalName == "CPPreviewDate")
                    {
                        var text = Leaf(out var leaf);
                        if (Date(text, leaf) is { } date)
                        {
                            var review = new ChildProtectionReview
                            {
                                Id = _data.ChildProtectionReviews.Count + 1,
                                ChildId = plan.ChildId,
                                ChildProtectionPlanId = plan.Id,
                                ReviewDate = date,
                            };
                            _data.ChildProtectionReviews.Add(review);
                            _data.Locations[review] = Location(leaf, _reviewPath);
                            count++;
                        }
                        else
                        {
                            Problem(leaf, "CPPreviewDate is empty; no review is recorded");
                        }
                    }
                    else
                    {
                        Unexpected();
                    }
                }
            }

            if (count == 0)
            {
                Problem(mark, "Reviews holds no CPPreviewDate");
            }
        }

        /// <summary>The position of the element the reader is on: the line and the column of its '&lt;'.</summary>
        private Mark Here() => new(_lineInfo.LineNumber, Math.Max(1, _lineInfo.LinePosition - 1), _reader.LocalName, _path.Count);

        /// <summary>Steps into the element the reader is on; false (having stepped past it) when it is empty.</summary>
        private bool Enter(out Mark mark)
        {
            mark = Here();
            if (_reader.IsEmptyElement)
            {
                _reader.Read();
                return false;
            }

            _path.Add(mark.Name);
            _reader.Read();
            return true;
        }

        /// <summary>Moves to the next child element of the element entered; false (having stepped out of it) at its end.</summary>
        private bool NextElement()
        {
            while (true)
            {
                switch (_reader.NodeType)
                {
                    case XmlNodeType.Element:
                        CheckElement();
                        return true;
                    case XmlNodeType.EndElement:
                        _reader.Read();
                        _path.RemoveAt(_path.Count - 1);
                        return false;
                    case XmlNodeType.Text or XmlNodeType.CDATA:
                        var text = _reader.Value.Trim();
                        _data.Problems.Add(new ImportProblem(
                            new SourceLocation(fileName, _lineInfo.LineNumber, _lineInfo.LinePosition, string.Join('/', _path)),
                            $"unexpected text '{(text.Length > 40 ? text[..40] + "…" : text)}'; ignored"));
                        _reader.Read();
                        break;
                    default:
                        if (!_reader.Read())
                        {
                            throw new ReturnFormatException(
                                new SourceLocation(fileName, _lineInfo.LineNumber, _lineInfo.LinePosition, string.Join('/', _path)),
                                "the file ends before the XML is complete: it looks truncated");
                        }

                        break;
                }
            }
        }

        /// <summary>Reads a simple element's text, trimmed ("" when empty), stepping past its end.</summary>
        private string Leaf(out Mark mark)
        {
            mark = Here();
            if (_reader.IsEmptyElement)
            {
                _reader.Read();
                return string.Empty;
            }

            _path.Add(mark.Name);
            _reader.Read();
            // One text node (the usual case) is kept as it is; more pieces (CDATA sections, comments between) are appended,
            // not concatenated, so thousands of them cost linear time. Either way the value is bounded.
            string? first = null;
            StringBuilder? pieces = null;
            while (_reader.NodeType != XmlNodeType.EndElement)
            {
                switch (_reader.NodeType)
                {
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        var value = _reader.Value;
                        var length = (first?.Length ?? 0) + (pieces?.Length ?? 0) + (long)value.Length;
                        if (length > ReturnLimits.MaxValueCharacters)
                        {
                            throw Fatal(mark, ReturnLimits.ValueTooLong(length));
                        }

                        if (first is null && pieces is null)
                        {
                            first = value;
                        }
                        else
                        {
                            pieces ??= new StringBuilder(first);
                            first = null;
                            pieces.Append(value);
                        }

                        _reader.Read();
                        break;
                    case XmlNodeType.Element:
                        Unexpected();
                        break;
                    default:
                        if (!_reader.Read())
                        {
                            throw new ReturnFormatException(Location(mark), "the file ends before the XML is complete: it looks truncated");
                        }

                        break;
                }
            }

            _reader.Read();
            _path.RemoveAt(_path.Count - 1);
            return (pieces?.ToString() ?? first ?? string.Empty).Trim();
        }

        /// <summary>Records an element the layout does not have, and skips it (checking what it holds against the limits).</summary>
        private void Unexpected()
        {
            var mark = Here();
            Problem(mark, $"unexpected element {mark.Name}; ignored");
            if (_reader.IsEmptyElement)
            {
                _reader.Read();
                return;
            }

            var depth = _reader.Depth;
            _reader.Read();
            while (_reader.Depth > depth)
            {
                if (_reader.NodeType == XmlNodeType.Element)
                {
                    CheckElement();
                }

                if (!_reader.Read())
                {
                    throw new ReturnFormatException(Location(mark), "the file ends before the XML is complete: it looks truncated");
                }
            }

            _reader.Read();
        }

        /// <summary>Refuses an element nested deeper than any census goes, or with an attribute longer than any value.</summary>
        private void CheckElement()
        {
            if (_reader.Depth >= ReturnLimits.MaxElementDepth)
            {
                throw Fatal(
                    Here(),
                    string.Create(CultureInfo.InvariantCulture, $"elements are nested more than {ReturnLimits.MaxElementDepth} deep; a CIN census goes 8 deep"));
            }

            for (var i = 0; i < _reader.AttributeCount; i++)
            {
                var length = _reader.GetAttribute(i).Length;
                if (length > ReturnLimits.MaxValueCharacters)
                {
                    throw Fatal(Here(), $"an attribute of {_reader.LocalName}: {ReturnLimits.ValueTooLong(length)}");
                }
            }
        }

        /// <summary>True the first time an element is met in its parent; later repeats are reported and not read.</summary>
        private bool Once(ref int seen, int bit, Mark mark)
        {
            if ((seen & bit) != 0)
            {
                Problem(mark, $"{mark.Name} appears more than once; the first is kept");
                return false;
            }

            seen |= bit;
            return true;
        }

        private string? Code(string text, Mark mark, FrozenSet<string> codes)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (!codes.Contains(text))
            {
                Problem(mark, $"'{text}' is not a known {mark.Name} code; kept as recorded");
            }

            return text;
        }

        private string? Upn(string text, Mark mark)
        {
            if (text.Length == 0)
            {
                return null;
            }

            var valid = text.Length == 13 && char.IsAsciiLetter(text[0]) && text.AsSpan(1, 11).IndexOfAnyExceptInRange('0', '9') < 0
                && char.IsAsciiLetterOrDigit(text[12]);
            if (!valid)
            {
                Problem(mark, $"'{text}' is not a UPN (a letter, 11 digits and a digit or letter); kept as recorded");
            }

            return text;
        }

        private DateOnly? Date(string text, Mark mark)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (text.Length != 10 || text[4] != '-' || text[7] != '-'
                || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
            {
                throw Fatal(mark, $"'{text}' is not a date (expected yyyy-mm-dd)");
            }

            if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                throw Fatal(mark, $"'{text}' is not a real date (expected yyyy-mm-dd)");
            }

            var date = new DateOnly(year, month, day);
            return ReturnLimits.IsPlausible(date) ? date : throw Fatal(mark, ReturnLimits.ImplausibleDate(text));
        }

        private bool? Flag(string text, Mark mark) => text switch
        {
            "" => null,
            "1" or "true" => true,
            "0" or "false" => false,
            _ => throw Fatal(mark, $"'{text}' is not a true/false value (expected 1, 0, true or false)"),
        };

        private int? Number(string text, Mark mark)
        {
            if (text.Length == 0)
            {
                return null;
            }

            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                throw Fatal(mark, $"'{text}' is not a whole number");
            }

            if (number < 0)
            {
                Problem(mark, $"'{text}' is below 0; kept as recorded");
            }

            return number;
        }

        private void Problem(Mark mark, string message) => _data.Problems.Add(new ImportProblem(Location(mark), message));

        private ReturnFormatException Fatal(Mark mark, string problem) => new(Location(mark), problem);

        private SourceLocation Location(Mark mark, string path) => new(fileName, mark.Line, mark.Column, path);

        private SourceLocation Location(Mark mark)
        {
            var path = new StringBuilder();
            for (var i = 0; i < mark.Depth && i < _path.Count; i++)
            {
                path.Append(_path[i]).Append('/');
            }

            return new SourceLocation(fileName, mark.Line, mark.Column, path.Append(mark.Name).ToString());
        }

        private static bool IsBlank(ReadOnlySpan<byte> head)
        {
            foreach (var b in head)
            {
                if (b is not (0x20 or 0x09 or 0x0A or 0x0D or 0x00 or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The line and column of "&lt;!DOCTYPE" in the first bytes of the file, if it is there.</summary>
        private static (int? Line, int? Column) FindDoctype(ReadOnlySpan<byte> head)
        {
            var text = head is [0xFF, 0xFE, ..] ? Encoding.Unicode.GetString(head[2..])
                : head is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(head[2..])
                : Encoding.UTF8.GetString(head is [0xEF, 0xBB, 0xBF, ..] ? head[3..] : head);
            var index = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
            if (index < 0)
            {
                return (null, null);
            }

            var before = text.AsSpan(0, index);
            var lineStart = before.LastIndexOf('\n') + 1;
            return (before.Count('\n') + 1, index - lineStart + 1);
        }
    }
}
