using System.Globalization;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns.Ssda903;
using GoldenThread.Core.Validation;
using static GoldenThread.Core.Returns.AnnexA.AnnexACodes;

namespace GoldenThread.Core.Returns.AnnexA;

/// <summary>Builds a <see cref="ChildLevelDataset"/> from Annex A sheets, one row at a time.</summary>
internal sealed class AnnexADatasetBuilder(string fileName)
{
    private static readonly string[] _dateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    private readonly ChildLevelDataset _dataset = new() { Collection = ReturnCollections.AnnexA };
    private readonly Dictionary<string, Child> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Worker> _workers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _teams = new(StringComparer.Ordinal);
    private readonly Dictionary<long, (string? Team, string Worker)> _allocated = [];
    private readonly HashSet<long> _standInUnaccompanied = [];
    private DateOnly? _latest;

    public void ReadSheet(AnnexAList list, string sheet, IEnumerable<IDictionary<string, object?>> rows)
    {
        Dictionary<AnnexAColumn, string>? columns = null;
        var rowNumber = 0;
        var adopters = 0;
        foreach (var cells in rows)
        {
            rowNumber++;
            if (cells.Values.All(IsBlank))
            {
                continue;
            }

            if (columns is null)
            {
                columns = Header(list, sheet, rowNumber, cells);
                continue;
            }

            var row = new Row(this, list, sheet, rowNumber, cells, columns);
            if (list == AnnexALists.Adopters)
            {
                adopters++;
                continue;
            }

            AddRow(row);
        }

        if (columns is null)
        {
            throw new ReturnFormatException(At(sheet, null, null), $"the sheet has no header row for list {list.Number} ({list.Name})");
        }

        if (adopters > 0)
        {
            _dataset.Problems.Add(new ImportProblem(
                At(sheet, null, null),
                $"list 11 holds {adopters} prospective adopters; GoldenThread keeps no adopter records, so they are counted, not kept"));
        }
    }

    public ChildLevelDataset Finish(DateOnly? asAt)
    {
        var date = asAt ?? _latest;
        _dataset.ReferenceDate = date;
        _dataset.CollectionYear = date is { } d ? CollectionYears.Of(d) : null;
        var windowStart = (date ?? default).AddMonths(-6);
        foreach (var (childId, (team, workerName)) in _allocated)
        {
            var teamId = TeamId(team);
            var worker = _workers[workerName];
            _dataset.Allocations.Add(new Allocation
            {
                Id = _dataset.Allocations.Count + 1,
                ChildId = childId,
                WorkerId = worker.Id,
                TeamId = teamId,
                StartDate = windowStart,
            });
        }

        // Lists 8 and 9 say only whether a child is (or was) unaccompanied; the window's first day stands in for the date.
        foreach (var child in _dataset.Children.Where(c => _standInUnaccompanied.Contains(c.Id)))
        {
            child.UnaccompaniedAsylumSeekingDate ??= windowStart;
        }

        foreach (var record in _dataset.CareLeaverRecords)
        {
            record.CollectionYear = _dataset.CollectionYear ?? string.Empty;
        }

        return _dataset;
    }

    private void AddRow(Row row)
    {
        if (row.Text(AnnexALists.ChildId) is not { } id)
        {
            _dataset.Problems.Add(new ImportProblem(row.Cell(AnnexALists.ChildId), $"{AnnexALists.ChildId} is blank: the row is not kept"));
            return;
        }

        var child = ChildFor(row, id);
        switch (row.List.Number)
        {
            case 1:
                if (Required(row, "Date of Contact") is { } contactDate)
                {
                    Keep(row, child, _dataset.Contacts, new Contact { ContactDate = contactDate, Source = row.Text("Contact Source") });
                }

                break;
            case 2:
                if (Required(row, "Assessment start date") is { } helpStart)
                {
                    Keep(row, child, _dataset.EarlyHelpEpisodes, new EarlyHelpEpisode
                    {
                        StartDate = helpStart,
                        EndDate = row.Date("Assessment completion date"),
                        Provider = row.Text("Organisation completing assessment"),
                    });
                }

                break;
            case 3:
                if (Required(row, "Date of referral") is { } referralDate)
                {
                    Keep(row, child, _dataset.Referrals, new Referral
                    {
                        ReferralDate = referralDate,
                        Source = row.Text("Referral Source"),
                        IsNoFurtherAction = ReadYesNo(row.Text("Referral NFA?")) ?? false,
                    });
                }

                break;
            case 4:
                AddAssessment(row, child);
                break;
            case 5:
                AddEnquiry(row, child);
                break;
            case 6:
                AddChildInNeed(row, child);
                break;
            case 7:
                AddPlan(row, child);
                break;
            case 8:
                AddLookedAfter(row, child);
                break;
            case 9:
                AddCareLeaver(row, child);
                break;
            default:
                if (Required(row, "Date of Decision that Child Should be Placed for Adoption") is { } decision)
                {
                    var ceased = row.Date("Date of Decision that Child Should No Longer be Placed for Adoption");
                    Keep(row, child, _dataset.AdoptionRecords, new AdoptionRecord
                    {
                        DecisionDate = decision,
                        PlacementOrderDate = row.Date("Date of Placement Order"),
                        MatchDate = row.Date("Date of Matching Child and Prospective Adopters"),
                        PlacedDate = row.Date("Date Placed for Adoption"),
                        AdoptionOrderDate = row.Date("Date of Adoption Order"),
                        PlacedCeasedDate = ceased,
                        ReasonPlacedCeased = Read(ReasonPlacedCeased, row.Text("Reason Why Child No Longer Placed for Adoption")),
                    });
                }

                break;
        }

        if (row.List.Number != 9)
        {
            Allocate(row, child, row.Text(AnnexALists.Worker), adviser: false);
        }
    }

    private void AddAssessment(Row row, Child child)
    {
        if (Required(row, "Continuous Assessment Start Date") is not { } start)
        {
            return;
        }

        Keep(row, child, _dataset.Assessments, new Assessment
        {
            ReferralId = ReferralFor(row, child, start),
            StartDate = start,
            ChildSeen = ReadYesNo(row.Text("Child Seen During Continuous Assessment")),
            AuthorisationDate = row.Date("Continuous Assessment Date of Authorisation"),
        });
    }

    private void AddEnquiry(Row row, Child child)
    {
        if (Required(row, "Strategy discussion initiating Section 47 Enquiry Start Date") is not { } start)
        {
            return;
        }

        var referralId = ReferralFor(row, child, start);
        var enquiry = new Section47Enquiry
        {
            ReferralId = referralId,
            StartDate = start,
            ConferenceNotRequired = ReadYesNo(row.Text("Was an Initial Child Protection Conference deemed unnecessary?")) ?? false,
        };
        Keep(row, child, _dataset.Section47Enquiries, enquiry);
        if (row.Date("Date of Initial Child Protection Conference") is { } conference)
        {
            Keep(row, child, _dataset.InitialChildProtectionConferences, new InitialChildProtectionConference
            {
                ReferralId = referralId,
                Section47EnquiryId = enquiry.Id,
                ConferenceDate = conference,
                ResultedInPlan = ReadYesNo(row.Text("Did the Initial Child Protection Conference Result in a Child Protection Plan")) ?? false,
            });
        }
    }

    /// <summary>A CIN episode joins the referral from list 3 with the same date, or is a referral of its own.</summary>
    private void AddChildInNeed(Row row, Child child)
    {
        if (Required(row, "CIN Start Date") is not { } start)
        {
            return;
        }

        var referral = _dataset.Referrals.FirstOrDefault(r => r.ChildId == child.Id && r.ReferralDate == start && !r.IsNoFurtherAction);
        if (referral is null)
        {
            referral = new Referral { ReferralDate = start };
            Keep(row, child, _dataset.Referrals, referral);
        }

        referral.PrimaryNeedCode = Read(PrimaryNeed, row.Text("Primary Need Code"));
        referral.ClosureDate = row.Date("CIN Closure Date");
        referral.ClosureReason = Read(ReasonForClosure, row.Text("Reason for Closure"));
    }

    private void AddPlan(Row row, Child child)
    {
        if (Required(row, "Child Protection Plan Start Date") is not { } start)
        {
            return;
        }

        var plan = new ChildProtectionPlan
        {
            ReferralId = ReferralFor(row, child, start),
            StartDate = start,
            EndDate = row.Date("Child Protection Plan End Date"),
            InitialCategory = Read(CategoryOfAbuse, row.Text("Initial Category of Abuse")),
            LatestCategory = Read(CategoryOfAbuse, row.Text("Latest Category of Abuse")),
            NumberOfPreviousPlans = row.Number("Number of Previous Child Protection Plans"),
        };
        Keep(row, child, _dataset.ChildProtectionPlans, plan);
        if (row.Date("Date of the Last Statutory Visit") is { } visit)
        {
            var alone = ReadYesNo(row.Text("Was the Child Seen Alone?")) ?? false;
            Keep(row, child, _dataset.ChildProtectionVisits, new ChildProtectionVisit
            {
                ChildProtectionPlanId = plan.Id,
                VisitDate = visit,
                ChildSeen = alone,
                ChildSeenAlone = alone,
            });
        }

        if (row.Date("Date of latest review conference") is { } review)
        {
            Keep(row, child, _dataset.ChildProtectionReviews, new ChildProtectionReview { ChildProtectionPlanId = plan.Id, ReviewDate = review });
        }
    }

    /// <summary>
    /// A period of care as episodes: Annex A gives its start, the start of the current legal status and of the current
    /// placement, so the period is cut at those dates. Only the latest episode has all details; the earlier ones carry
    /// what is known of them (the legal status from its start, nothing before), each ceasing X1 when the next begins.
    /// </summary>
    private void AddLookedAfter(Row row, Child child)
    {
        if (Required(row, "Date Started to be Looked After") is not { } periodStart)
        {
            return;
        }

        var legalFrom = row.Date("Start date of current legal status") ?? periodStart;
        var placementFrom = row.Date("Start Date of Most Recent Placement") ?? periodStart;
        var boundaries = new[] { periodStart, legalFrom, placementFrom }.Where(d => d >= periodStart).Distinct().Order().ToList();
        var legalStatus = Read(LegalStatus, row.Text("Child's Legal Status"));
        var categoryOfNeed = Read(PrimaryNeed, row.Text("Child's Category of Need"));
        for (var i = 0; i < boundaries.Count; i++)
        {
            var start = boundaries[i];
            var latest = i == boundaries.Count - 1;
            var hasPlacement = start >= placementFrom;
            var ceased = latest ? row.Date("Date Ceased to be Looked After") : boundaries[i + 1];
            Keep(row, child, _dataset.CareEpisodes, new CareEpisode
            {
                StartDate = start,
                ReasonForNewEpisode = i == 0 ? "S" : start == legalFrom && start == placementFrom ? "B" : start == placementFrom ? "P" : "L",
                LegalStatus = start >= legalFrom ? legalStatus : null,
                CategoryOfNeed = categoryOfNeed,
                PlacementType = hasPlacement ? Read(PlacementType, row.Text("Placement Type")) : null,
                PlacementProvider = hasPlacement ? Read(PlacementProvider, row.Text("Placement Provider")) : null,
                PlacementPostcode = hasPlacement ? row.Text("Placement postcode") : null,
                Urn = hasPlacement ? row.Text("URN of Placement") : null,
                EndDate = ceased,
                ReasonEpisodeCeased = latest ? Read(ReasonCeased, row.Text("Reason Ceased to be Looked After")) : "X1",
            });
        }

        if (ReadYesNo(row.Text("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)")) == true)
        {
            child.UnaccompaniedAsylumSeekingDate ??= periodStart;
        }

        if (row.Date("Date of Latest Statutory Review") is { } review)
        {
            Keep(row, child, _dataset.CareReviews, new CareReview { ReviewDate = review });
        }

        if (row.Date("Date of Last Social Work Visit") is { } visit)
        {
            Keep(row, child, _dataset.CareVisits, new CareVisit { VisitDate = visit, ChildSeen = true });
        }
    }

    private void AddCareLeaver(Row row, Child child)
    {
        var inTouch = row.Text("LA in Touch");
        Keep(row, child, _dataset.CareLeaverRecords, new CareLeaverRecord
        {
            CollectionYear = string.Empty,
            InTouch = inTouch is not null && AnnexALists.Normalise(inTouch) is "cnotrecorded" or "notrecorded" ? null : Read(InTouch, inTouch),
            Activity = Read(Activity, row.Text("Activity Status")),
        });
        if (ReadYesNo(row.Text("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)")) == true)
        {
            _standInUnaccompanied.Add(child.Id);
        }

        var adviser = row.Text("Allocated Personal Advisor");
        var worker = row.Text(AnnexALists.Worker);
        Allocate(row, child, worker ?? adviser, adviser: worker is null && adviser is not null);
    }

    /// <summary>The allocated worker (and team) of a child, once per child: the first list that names one.</summary>
    private void Allocate(Row row, Child child, string? workerName, bool adviser)
    {
        if (workerName is null)
        {
            return;
        }

        var team = row.Text(AnnexALists.Team);
        if (!_workers.TryGetValue(workerName, out var worker))
        {
            worker = new Worker
            {
                Id = _workers.Count + 1,
                StaffId = workerName,
                DisplayName = workerName,
                JobTitle = "Not recorded in Annex A",
                Role = WorkerRole.SocialWorker,
                IsCaseHolding = true,
                TeamId = TeamId(team),
            };
            _workers.Add(workerName, worker);
            _dataset.Workers.Add(worker);
        }

        if (adviser)
        {
            worker.Role = WorkerRole.PersonalAdviser;
        }

        _allocated.TryAdd(child.Id, (team, workerName));
    }

    /// <summary>A team written as a number keeps it as its id; a named team gets the next id.</summary>
    private long TeamId(string? team)
    {
        if (team is null)
        {
            return 0;
        }

        if (long.TryParse(team, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        if (!_teams.TryGetValue(team, out id))
        {
            id = 1_000_000 + _teams.Count;
            _teams.Add(team, id);
        }

        return id;
    }

    /// <summary>The child's latest referral on or before a date, for work the lists do not link to one (0, with a problem, when there is none).</summary>
    private long ReferralFor(Row row, Child child, DateOnly date)
    {
        var referral = _dataset.Referrals.Where(r => r.ChildId == child.Id && r.ReferralDate <= date).OrderBy(r => r.ReferralDate).LastOrDefault();
        if (referral is null)
        {
            _dataset.Problems.Add(new ImportProblem(row.Location, $"child {child.LaChildId} has no referral in lists 3 or 6 on or before {date:dd/MM/yyyy} to link this row to"));
            return 0;
        }

        return referral.Id;
    }

    private Child ChildFor(Row row, string id)
    {
        if (!_children.TryGetValue(id, out var child))
        {
            child = new Child
            {
                Id = _dataset.Children.Count + 1,
                LaChildId = id,
                Sex = ReadSex(row.Text(AnnexALists.Gender)),
                Ethnicity = row.Text(AnnexALists.Ethnicity),
                BirthDate = row.Date(AnnexALists.BirthDate, isEvent: false),
            };
            _children.Add(id, child);
            _dataset.Children.Add(child);
            _dataset.Locations[child] = row.Location;
        }

        if (child.Disabilities.Count == 0 && row.Has(AnnexALists.Disability))
        {
            child.Disabilities = ReadYesNo(row.Text(AnnexALists.Disability)) switch
            {
                true => ["DDA"],
                false => ["NONE"],
                null => [],
            };
        }

        return child;
    }

    private DateOnly? Required(Row row, string column)
    {
        var date = row.Date(column);
        if (date is null)
        {
            _dataset.Problems.Add(new ImportProblem(row.Cell(column), $"'{column}' is blank: the row is not kept"));
        }

        return date;
    }

    private void Keep<T>(Row row, Child child, List<T> list, T record)
        where T : ChildRecord
    {
        record.Id = list.Count + 1;
        record.ChildId = child.Id;
        list.Add(record);
        _dataset.Locations[record] = row.Location;
    }

    private Dictionary<AnnexAColumn, string> Header(AnnexAList list, string sheet, int rowNumber, IDictionary<string, object?> cells)
    {
        var columns = new Dictionary<AnnexAColumn, string>();
        foreach (var (key, value) in cells)
        {
            if (IsBlank(value))
            {
                continue;
            }

            var text = Convert.ToString(value, CultureInfo.InvariantCulture)!.Trim();
            var normalised = AnnexALists.Normalise(text);
            var column = list.Columns.FirstOrDefault(c => AnnexALists.Normalise(c.Name) == normalised)
                ?? list.Columns.FirstOrDefault(c => c.Synonyms.Contains(normalised, StringComparer.Ordinal));
            if (column is null || columns.ContainsKey(column))
            {
                _dataset.Problems.Add(new ImportProblem(At(sheet, rowNumber, text), $"not a column of list {list.Number} ({list.Name}): ignored"));
                continue;
            }

            columns.Add(column, key);
        }

        var missing = list.Columns.FirstOrDefault(c => c.Required && !AnnexARows.DerivedColumns.Contains(c.Name) && !columns.ContainsKey(c));
        return missing is null
            ? columns
            : throw new ReturnFormatException(At(sheet, rowNumber, missing.Name), $"missing from the header of list {list.Number} ({list.Name})");
    }

    private SourceLocation At(string sheet, int? row, string? column)
    {
        var where = $"sheet '{sheet}'";
        if (row is not null)
        {
            where += $", row {row}";
        }

        if (column is not null)
        {
            where += $", column '{column}'";
        }

        return new SourceLocation(fileName, null, null, where);
    }

    private static bool IsBlank(object? value) => value is null || (value is string text && string.IsNullOrWhiteSpace(text));

    /// <summary>One data row of a sheet, its cells found by column.</summary>
    private sealed class Row(AnnexADatasetBuilder builder, AnnexAList list, string sheet, int number, IDictionary<string, object?> cells, Dictionary<AnnexAColumn, string> columns)
    {
        public AnnexAList List => list;

        public SourceLocation Location => builder.At(sheet, number, null);

        public SourceLocation Cell(string column) => builder.At(sheet, number, column);

        public bool Has(string column) => list.Columns.FirstOrDefault(c => c.Name == column) is { } found && columns.ContainsKey(found);

        public string? Text(string column)
        {
            var value = Value(column);
            if (IsBlank(value))
            {
                return null;
            }

            var text = (value is double number ? number.ToString(CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture)!).Trim();
            if (text.Length > ReturnLimits.MaxValueCharacters)
            {
                throw new ReturnFormatException(Cell(column), ReturnLimits.ValueTooLong(text.Length));
            }

            return text.Length > 1 && text[0] == AnnexAWorkbookWriter.FormulaGuard && AnnexAWorkbookWriter.IsFormulaStart(text[1]) ? text[1..] : text;
        }

        public DateOnly? Date(string column, bool isEvent = true)
        {
            var value = Value(column);
            DateOnly? date = value switch
            {
                null => null,
                DateTime moment => DateOnly.FromDateTime(moment),
                double serial when serial is > 0 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
                string text when string.IsNullOrWhiteSpace(text) => null,
                string text => ParseDate(column, text.Trim()),
                _ => throw new ReturnFormatException(Cell(column), $"'{Convert.ToString(value, CultureInfo.InvariantCulture)}' is not a date (expected dd/mm/yyyy)"),
            };
            if (date is { } shown && !ReturnLimits.IsPlausible(shown))
            {
                throw new ReturnFormatException(Cell(column), ReturnLimits.ImplausibleDate(value is string raw ? raw.Trim() : shown.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
            }

            if (isEvent && date is { } d && (builder._latest is null || d > builder._latest))
            {
                builder._latest = d;
            }

            return date;
        }

        public int? Number(string column)
        {
            var value = Value(column);
            return value switch
            {
                null => null,
                double number when number == Math.Floor(number) && number is >= 0 and <= int.MaxValue => (int)number,
                string text when string.IsNullOrWhiteSpace(text) => null,
                string text when int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ => throw new ReturnFormatException(Cell(column), $"'{Convert.ToString(value, CultureInfo.InvariantCulture)}' is not a whole number"),
            };
        }

        private object? Value(string column) =>
            list.Columns.FirstOrDefault(c => c.Name == column) is { } found && columns.TryGetValue(found, out var key) && cells.TryGetValue(key, out var value)
                ? value
                : null;

        private DateOnly ParseDate(string column, string text)
        {
            if (DateOnly.TryParseExact(text, _dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Ssda903Format.TryParseDate(text, out _, out var problem);
            throw new ReturnFormatException(Cell(column), problem);
        }
    }
}
