using GoldenThread.Core.Model;

namespace GoldenThread.Core.Demo;

/// <summary>How a child came to be looked after; it decides the first legal status and what happens next.</summary>
internal enum CareRoute
{
    /// <summary>Police protection (L1) for a day or two, then accommodation or care proceedings.</summary>
    Emergency,

    /// <summary>Care proceedings, usually under an interim care order (C1).</summary>
    Proceedings,

    /// <summary>Accommodated with parental agreement under section 20 (V2).</summary>
    Voluntary,

    /// <summary>Remanded (J1) or held under PACE (J2).</summary>
    Remand,

    Unaccompanied,
}

/// <summary>How a period of care ended; a null end date means the child is still looked after.</summary>
internal readonly record struct CareOutcome(DateOnly? EndDate, string? ReasonCeased);

/// <summary>
/// Writes a period of care the SSDA903 way: a first episode with reason S, a new episode on every change of legal
/// status or placement (reason L, P, T, U or B, the last one ceasing X1 on the day the next commences), ending with
/// a reason such as E4A, E41, E45, E11 or an 18th-birthday reason. Around it: reviews, visits, missing episodes,
/// adoption milestones and the OC2 health return.
/// </summary>
internal sealed class CarePeriodBuilder(DemoTimeline timeline, DemoRandom random, DemoRecordSet records)
{
    private static readonly DateOnly _supportedAccommodationFrom = new(2024, 4, 1);

    public CareOutcome BuildPeriod(ChildState child, DateOnly start, CareRoute route, string categoryOfNeed, bool heldByDisabledChildrenTeam)
    {
        child.WasLookedAfter = true;
        if (child.IsUnaccompanied && child.Child.UnaccompaniedAsylumSeekingDate is null)
        {
            child.Child.UnaccompaniedAsylumSeekingDate = start;
        }

        var plan = PlanPeriod(child, start, route);
        child.OpenPhase(heldByDisabledChildrenTeam ? TeamKind.DisabledChildren : TeamKind.ChildrenInCare, start);
        var placementStarts = new List<(DateOnly Date, string Placement)>();
        var end = WriteEpisodes(child, start, plan, categoryOfNeed, placementStarts);
        var periodEnd = end ?? timeline.Today;
        AddReviews(child, start, end);
        AddVisits(child, placementStarts, periodEnd, end is null);
        AddMissingEpisodes(child, start, periodEnd);
        AddHealthRecords(child, start, end);
        if (plan.Adoption is { } adoption)
        {
            AddAdoptionRecord(child, adoption, end, plan.ReasonCeased);
        }

        if (end is not null && plan.ReasonCeased is "E11" or "E12")
        {
            child.WasAdopted = true;
        }

        return new CareOutcome(end, end is null ? null : plan.ReasonCeased);
    }

    /// <summary>
    /// The young person left care on or after their 16th birthday: a personal adviser until 21 and an OC3 return
    /// for each birthday from 17 to 21 after leaving.
    /// </summary>
    public void StartCareLeaver(ChildState child, DateOnly leftCare)
    {
        child.OpenPhase(TeamKind.LeavingCare, leftCare);
        var supportEnds = child.Birthday(21).AddDays(-1);
        if (supportEnds <= timeline.Today)
        {
            child.ClosePhase(supportEnds);
        }

        for (var age = 17; age <= 21; age++)
        {
            var birthday = child.Birthday(age);
            if (birthday < leftCare || birthday > timeline.Today || birthday < timeline.HistoryStart)
            {
                continue;
            }

            var inTouch = DemoCodes.CareLeaverInTouch.Pick(random);
            var record = new CareLeaverRecord { ChildId = child.Id, CollectionYear = SyntheticIdentifiers.CollectionYear(birthday), InTouch = inTouch };
            if (inTouch == "YES")
            {
                record.Activity = random.Chance(0.6)
                    ? DemoCodes.CareLeaverEducationOrWork.Pick(random)
                    : DemoCodes.CareLeaverNotInEducationOrWork.Pick(random);
                record.Accommodation = DemoCodes.CareLeaverAccommodation.Pick(random) + (random.Chance(0.9) ? "1" : "2");
            }
            else if (inTouch != "RHOM")
            {
                record.Activity = "0";
                record.Accommodation = "0";
            }

            DemoRecordSet.Add(records.CareLeaverRecords, record);
        }
    }

    /// <summary>Short breaks (V3, or a V4 agreement) for a disabled child living at home, between the two dates.</summary>
    public void AddShortBreaks(ChildState child, DateOnly from, DateOnly until, string categoryOfNeed)
    {
        // Breaks end at least a day before anything that follows them, such as a period of care (SSDA903 rule 431).
        var last = (until < timeline.Today ? until : timeline.Today).AddDays(-1);
        if (random.Chance(0.25))
        {
            var agreementStart = from.AddDays(random.Between(14, 60));
            while (agreementStart.AddDays(30) < last)
            {
                var agreementEnd = agreementStart.AddYears(1) < last ? agreementStart.AddYears(1) : last;
                AddShortBreak(child, agreementStart, agreementEnd, "V4", "E8", categoryOfNeed);
                agreementStart = agreementEnd.AddDays(1);
            }

            return;
        }

        var breakStart = from.AddDays(random.Between(14, 60));
        for (var count = 0; count < 12; count++)
        {
            var breakEnd = breakStart.AddDays(random.Between(1, 3));
            if (breakEnd >= last)
            {
                return;
            }

            AddShortBreak(child, breakStart, breakEnd, "V3", "E4A", categoryOfNeed);
            breakStart = breakEnd.AddDays(random.Between(28, 70));
        }
    }

    private void AddShortBreak(ChildState child, DateOnly start, DateOnly end, string legalStatus, string reasonCeased, string categoryOfNeed)
    {
        var place = random.Chance(0.6) ? "U6" : "K2";
        DemoRecordSet.Add(records.CareEpisodes, new CareEpisode
        {
            ChildId = child.Id,
            StartDate = start,
            ReasonForNewEpisode = "S",
            LegalStatus = legalStatus,
            CategoryOfNeed = categoryOfNeed,
            PlacementType = place,
            PlacementProvider = place == "U6" ? "PR1" : "PR4",
            EndDate = end,
            ReasonEpisodeCeased = reasonCeased,
            HomePostcode = child.HomePostcode,
            PlacementPostcode = SyntheticIdentifiers.Postcode(random),
            Urn = place == "K2" ? SyntheticIdentifiers.Urn(random) : null,
        });
    }

    private PeriodPlan PlanPeriod(ChildState child, DateOnly start, CareRoute route)
    {
        var plan = new PeriodPlan(child.Birthday(18));
        switch (route)
        {
            case CareRoute.Unaccompanied:
                plan.FirstLegalStatus = "V2";
                if (random.Chance(0.12))
                {
                    plan.End(start.AddDays(random.Between(30, 150)), "E3");
                }
                else
                {
                    plan.End(plan.EighteenthBirthday, EndAtEighteen(child));
                }

                break;
            case CareRoute.Remand when random.Chance(0.15):
                plan.FirstLegalStatus = "J2";
                plan.End(start.AddDays(random.Between(1, 2)), "E14");
                break;
            case CareRoute.Remand:
                plan.FirstLegalStatus = "J1";
                var remandEnds = start.AddDays(random.Between(14, 120));
                if (random.Chance(0.7))
                {
                    plan.End(remandEnds, random.Chance(0.75) ? "E14" : "E9");
                }
                else
                {
                    plan.Change(remandEnds, "V2");
                    Accommodated(child, plan, remandEnds);
                }

                break;
            case CareRoute.Emergency:
                plan.FirstLegalStatus = "L1";
                var protectionEnds = start.AddDays(random.Between(1, 3));
                if (random.Chance(0.1))
                {
                    plan.End(protectionEnds, "E4A");
                }
                else if (random.Chance(0.5))
                {
                    plan.Change(protectionEnds, "C1");
                    Proceedings(child, plan, protectionEnds);
                }
                else
                {
                    plan.Change(protectionEnds, "V2");
                    Accommodated(child, plan, protectionEnds);
                }

                break;
            case CareRoute.Proceedings when random.Chance(0.72):
                plan.FirstLegalStatus = "C1";
                Proceedings(child, plan, start);
                break;
            default:
                plan.FirstLegalStatus = "V2";
                Accommodated(child, plan, start);
                break;
        }

        plan.StopAtEighteen(EndAtEighteen(child));
        if (plan.EndDate <= start)
        {
            plan.End(start.AddDays(1), plan.ReasonCeased);
        }

        return plan;
    }

    /// <summary>Care proceedings from an interim care order to the final hearing and its outcome.</summary>
    private void Proceedings(ChildState child, PeriodPlan plan, DateOnly from)
    {
        var hearing = from.AddDays(random.Between(120, 330));
        var age = child.AgeAt(hearing);
        var roll = random.NextDouble();
        var adoption = age < 5 ? 0.38 : age < 9 ? 0.04 : 0.0;
        var longTerm = adoption + (age < 5 ? 0.30 : 0.66);
        var guardianship = longTerm + (age < 5 ? 0.18 : 0.12);
        var arrangements = guardianship + 0.07;
        if (roll < adoption)
        {
            plan.Change(hearing, "E1", TeamKind.Permanence);
            var milestones = new AdoptionPlan(
                DecisionDate: hearing.AddDays(-random.Between(20, 100)),
                PlacementOrderDate: hearing,
                MatchDate: hearing.AddDays(random.Between(45, 300)),
                WithFosterCarer: random.Chance(0.2),
                Disrupted: random.Chance(0.1));
            plan.Adoption = milestones;
            if (milestones.Disrupted)
            {
                var ceased = hearing.AddDays(random.Between(200, 500));
                milestones.CeasedDate = ceased;
                plan.Change(ceased, "C2", TeamKind.ChildrenInCare);
                LongTermCare(child, plan, ceased);
            }
            else
            {
                var placed = milestones.MatchDate.AddDays(random.Between(7, 35));
                milestones.PlacedDate = placed;
                plan.AdoptivePlacement(placed);
                plan.End(placed.AddDays(random.Between(100, 330)), random.Chance(0.75) ? "E11" : "E12");
            }
        }
        else if (roll < longTerm)
        {
            plan.Change(hearing, "C2", convertPlacement: true);
            LongTermCare(child, plan, hearing);
        }
        else if (roll < guardianship)
        {
            plan.End(hearing, SpecialGuardianship());
        }
        else if (roll < arrangements)
        {
            plan.End(hearing, "E41");
        }
        else
        {
            plan.End(hearing, "E4A");
        }
    }

    private void LongTermCare(ChildState child, PeriodPlan plan, DateOnly from)
    {
        if (random.Chance(0.12))
        {
            plan.End(from.AddDays(random.Between(365, 1400)), SpecialGuardianship());
        }
        else if (random.Chance(0.08))
        {
            plan.End(from.AddDays(random.Between(200, 1000)), "E4A");
        }
        else
        {
            plan.End(plan.EighteenthBirthday, EndAtEighteen(child));
        }
    }

    /// <summary>Accommodation under section 20: short for younger children unless proceedings follow; often to 18 for older ones.</summary>
    private void Accommodated(ChildState child, PeriodPlan plan, DateOnly from)
    {
        if (child.AgeAt(from) < 16)
        {
            if (random.Chance(0.35))
            {
                var proceedings = from.AddDays(random.Between(30, 200));
                plan.Change(proceedings, "C1");
                Proceedings(child, plan, proceedings);
                return;
            }

            var roll = random.NextDouble();
            plan.End(from.AddDays(random.Between(14, 400)), roll < 0.75 ? "E4A" : roll < 0.9 ? "E13" : "E8");
        }
        else if (random.Chance(0.65))
        {
            plan.End(plan.EighteenthBirthday, EndAtEighteen(child));
        }
        else
        {
            plan.End(from.AddDays(random.Between(30, 400)), random.Chance(0.7) ? "E4A" : "E8");
        }
    }

    private string SpecialGuardianship()
    {
        var roll = random.NextDouble();
        return roll < 0.4 ? "E45" : roll < 0.6 ? "E46" : roll < 0.9 ? "E47" : "E48";
    }

    private string EndAtEighteen(ChildState child) =>
        child.IsDisabled && random.Chance(0.2) ? "E7" : DemoCodes.EndAtEighteen.Pick(random);

    /// <summary>Writes the episodes; returns the date the period ended, or null when it is still open today.</summary>
    private DateOnly? WriteEpisodes(ChildState child, DateOnly start, PeriodPlan plan, string categoryOfNeed, List<(DateOnly Date, string Placement)> placementStarts)
    {
        var legalStatus = plan.FirstLegalStatus;
        var placement = ChoosePlacement(child, legalStatus, start);
        var episode = NewEpisode(child, start, "S", legalStatus, placement, categoryOfNeed);
        placementStarts.Add((start, placement.Type));
        var nextMove = start.AddDays(PlacementDays(child, first: true));
        var locked = false;
        var changeIndex = 0;
        while (true)
        {
            var change = changeIndex < plan.Changes.Count ? plan.Changes[changeIndex] : null;
            var changeDate = change?.Date ?? DateOnly.MaxValue;
            var moveDate = locked ? DateOnly.MaxValue : nextMove;
            if (moveDate <= episode.StartDate)
            {
                moveDate = episode.StartDate.AddDays(1);
            }

            var date = changeDate < moveDate ? changeDate : moveDate;
            if (plan.EndDate <= date)
            {
                date = plan.EndDate;
                if (date > timeline.Today)
                {
                    return null;
                }

                episode.EndDate = date;
                episode.ReasonEpisodeCeased = plan.ReasonCeased;
                return date;
            }

            if (date > timeline.Today)
            {
                return null;
            }

            if (date <= episode.StartDate)
            {
                // Two changes on one day: fold this one into the episode that has just started.
                changeIndex++;
                if (change is not null)
                {
                    if (change.LegalStatus is { } folded && folded != legalStatus)
                    {
                        episode.LegalStatus = folded;
                        legalStatus = folded;
                        episode.ReasonForNewEpisode = episode.ReasonForNewEpisode switch
                        {
                            "P" => "B",
                            "T" => "U",
                            var kept => kept,
                        };
                    }

                    if (change.TeamKind is { } foldedKind)
                    {
                        child.OpenPhase(foldedKind, episode.StartDate);
                    }
                }

                continue;
            }

            var newLegalStatus = legalStatus;
            var newPlacement = placement;
            var placementChanged = false;
            var carerChanged = false;
            string? reasonPlaceChange = null;
            if (change is not null && changeDate == date)
            {
                changeIndex++;
                if (change.TeamKind is { } kind)
                {
                    child.OpenPhase(kind, date);
                }

                if (change.IsAdoptivePlacement)
                {
                    var withCarer = plan.Adoption?.WithFosterCarer == true;
                    newPlacement = AdoptivePlacement(withCarer, placement);
                    placementChanged = true;
                    carerChanged = !withCarer;
                    reasonPlaceChange = withCarer ? "PLACE" : "CARPL";
                    locked = true;
                }
                else
                {
                    newLegalStatus = change.LegalStatus!;
                    if (change.ConvertPlacement && placement.Type is "U6" or "U3")
                    {
                        newPlacement = placement with { Type = placement.Type == "U6" ? "U4" : "U1" };
                        placementChanged = true;
                        reasonPlaceChange = "PLACE";
                    }
                }
            }

            if (!locked && moveDate == date)
            {
                placementChanged = true;
                if (random.Chance(0.04) && placement.Type is not ("K1" or "K2" or "K3"))
                {
                    newPlacement = placement with { Postcode = SyntheticIdentifiers.Postcode(random) };
                }
                else
                {
                    newPlacement = ChoosePlacement(child, newLegalStatus, date);
                    carerChanged = true;
                }

                reasonPlaceChange ??= DemoCodes.ReasonPlaceChange.Pick(random);
                nextMove = date.AddDays(PlacementDays(child, first: false));
            }

            var legalChanged = newLegalStatus != legalStatus;
            var reason = legalChanged && placementChanged ? (carerChanged ? "B" : "U")
                : legalChanged ? "L"
                : carerChanged ? "P"
                : "T";
            episode.EndDate = date;
            episode.ReasonEpisodeCeased = "X1";
            episode.ReasonPlaceChange = placementChanged ? reasonPlaceChange : null;
            legalStatus = newLegalStatus;
            placement = newPlacement;
            episode = NewEpisode(child, date, reason, legalStatus, placement, categoryOfNeed);
            if (placementChanged)
            {
                placementStarts.Add((date, placement.Type));
            }
        }
    }

    private CareEpisode NewEpisode(ChildState child, DateOnly start, string reason, string legalStatus, Placement placement, string categoryOfNeed) =>
        DemoRecordSet.Add(records.CareEpisodes, new CareEpisode
        {
            ChildId = child.Id,
            StartDate = start,
            ReasonForNewEpisode = reason,
            LegalStatus = legalStatus,
            CategoryOfNeed = categoryOfNeed,
            PlacementType = placement.Type,
            PlacementProvider = placement.Provider,
            HomePostcode = child.HomePostcode,
            PlacementPostcode = placement.Postcode,
            Urn = placement.Urn,
        });

    private int PlacementDays(ChildState child, bool first)
    {
        if (first && random.Chance(0.15))
        {
            return random.Between(3, 60);
        }

        return child.HasUnstablePlacements ? 7 + random.ExponentialDays(160) : 30 + random.ExponentialDays(1800);
    }

    /// <summary>Placed for adoption: with the current foster carers (A5, same address) or with new adopters (A6).</summary>
    private Placement AdoptivePlacement(bool withFosterCarer, Placement current) => new(
        withFosterCarer ? "A5" : "A6",
        random.Chance(0.7) ? "PR1" : "PR5",
        withFosterCarer ? current.Postcode : SyntheticIdentifiers.Postcode(random),
        null);

    private Placement ChoosePlacement(ChildState child, string legalStatus, DateOnly date)
    {
        var age = Math.Max(0, child.AgeAt(date));
        var roll = random.NextDouble();
        string type;
        if (legalStatus is "L1" or "J2")
        {
            type = age >= 10 && roll < 0.4 ? "K2" : "U6";
        }
        else if (legalStatus == "J1")
        {
            type = roll < 0.3 ? "K1" : roll < 0.7 ? "K2" : "U6";
        }
        else if (age < 1)
        {
            type = roll < 0.55 ? "U6" : roll < 0.75 ? "U3" : roll < 0.85 ? "U4" : roll < 0.95 ? "R3" : ParentOr("U6", legalStatus);
        }
        else if (age < 10)
        {
            type = roll < 0.5 ? "U6" : roll < 0.7 ? "U3" : roll < 0.85 ? "U4" : roll < 0.93 ? "U1" : roll < 0.97 ? ParentOr("U6", legalStatus) : "K2";
        }
        else if (age < 16)
        {
            type = roll < 0.4 ? "U6" : roll < 0.55 ? "U4" : roll < 0.65 ? "U3" : roll < 0.7 ? "U1" : roll < 0.97 ? "K2" : "S1";
        }
        else if (date >= _supportedAccommodationFrom)
        {
            type = roll < 0.35 ? "K3" : roll < 0.6 ? "U6" : roll < 0.7 ? "U4" : roll < 0.9 ? "K2" : "U3";
        }
        else
        {
            type = roll < 0.45 ? "U6" : roll < 0.8 ? "K2" : roll < 0.9 ? "U4" : "U3";
        }

        return new Placement(type, Provider(type), SyntheticIdentifiers.Postcode(random), type is "K1" or "K2" or "S1" ? SyntheticIdentifiers.Urn(random) : null);
    }

    /// <summary>Placement with parents, which section 20 accommodation cannot be (SSDA903 rule 378).</summary>
    private static string ParentOr(string otherwise, string legalStatus) => legalStatus == "V2" ? otherwise : "P1";

    private string Provider(string placementType)
    {
        var roll = random.NextDouble();
        return placementType switch
        {
            "P1" => "PR0",
            "U1" or "U3" => "PR1",
            "U4" or "U6" => roll < 0.55 ? "PR1" : "PR4",
            "K1" => roll < 0.5 ? "PR1" : "PR4",
            "K2" => roll < 0.2 ? "PR1" : roll < 0.9 ? "PR4" : "PR5",
            "K3" => roll < 0.8 ? "PR4" : "PR5",
            _ => roll < 0.7 ? "PR4" : "PR5",
        };
    }

    /// <summary>Reviews within 20 working days of entering care, then after 3 months, then every 6 months; some late.</summary>
    private void AddReviews(ChildState child, DateOnly start, DateOnly? end)
    {
        var last = end ?? timeline.Today;
        var due = timeline.AddWorkingDays(start, 20);
        for (var number = 1; ; number++)
        {
            var held = random.Chance(0.9) ? due.AddDays(-random.Between(0, number == 1 ? 5 : 14)) : due.AddDays(random.Between(1, 40));
            held = timeline.OnOrNextWorkingDay(held <= start ? start.AddDays(1) : held);
            if (held >= last || held > timeline.Today)
            {
                return;
            }

            DemoRecordSet.Add(records.CareReviews, new CareReview
            {
                ChildId = child.Id,
                ReviewDate = held,
                ParticipationCode = child.AgeAt(held) < 4 ? "PN0" : DemoCodes.ReviewParticipation.Pick(random),
            });
            due = number == 1 ? held.AddMonths(3) : held.AddMonths(6);
        }
    }

    /// <summary>
    /// Visits within a week of each placement starting, then about every six weeks; every three months once a child
    /// has been settled for a year in a long-term placement. Some are late.
    /// </summary>
    private void AddVisits(ChildState child, List<(DateOnly Date, string Placement)> placementStarts, DateOnly periodEnd, bool open)
    {
        var periodStart = placementStarts[0].Date;
        for (var i = 0; i < placementStarts.Count; i++)
        {
            var (placementStart, placement) = placementStarts[i];
            var until = i + 1 < placementStarts.Count ? placementStarts[i + 1].Date : periodEnd;
            var longTerm = placement is "U1" or "U4" or "A5" or "A6";
            var visit = placementStart.AddDays(random.Chance(0.88) ? random.Between(0, 7) : random.Between(8, 20));
            while (visit < until || (open && i + 1 == placementStarts.Count && visit <= until))
            {
                if (visit > timeline.Today)
                {
                    break;
                }

                var seen = random.Chance(0.95);
                DemoRecordSet.Add(records.CareVisits, new CareVisit
                {
                    ChildId = child.Id,
                    VisitDate = visit,
                    ChildSeen = seen,
                    ChildSeenAlone = seen && child.AgeAt(visit) >= 5 && random.Chance(0.6),
                });
                var settled = longTerm && visit.DayNumber - periodStart.DayNumber >= 365;
                var interval = random.Chance(0.85)
                    ? (settled ? random.Between(70, 91) : random.Between(28, 42))
                    : (settled ? random.Between(92, 130) : random.Between(43, 75));
                visit = timeline.OnOrNextWorkingDay(visit.AddDays(interval));
            }
        }
    }

    private void AddMissingEpisodes(ChildState child, DateOnly start, DateOnly periodEnd)
    {
        var age = child.AgeAt(start);
        var proneness = age >= 12 ? 0.6 : age >= 8 ? 0.12 : 0.0;
        if (!random.Chance(proneness) || periodEnd.DayNumber - start.DayNumber < 10)
        {
            return;
        }

        var count = Math.Min(20, 1 + random.ExponentialDays(2.5));
        var starts = new List<DateOnly>(count);
        for (var i = 0; i < count; i++)
        {
            starts.Add(random.DateBetween(start.AddDays(1), periodEnd.AddDays(-6)));
        }

        starts.Sort();
        var free = start;
        foreach (var missingFrom in starts)
        {
            if (missingFrom <= free)
            {
                continue;
            }

            var missingTo = missingFrom.AddDays(random.Chance(0.7) ? 0 : random.Between(1, 4));
            if (missingTo >= periodEnd || missingTo > timeline.Today)
            {
                break;
            }

            DemoRecordSet.Add(records.MissingEpisodes, new MissingEpisode
            {
                ChildId = child.Id,
                Kind = random.Chance(0.85) ? "M" : "A",
                StartDate = missingFrom,
                EndDate = missingTo,
            });
            free = missingTo;
        }
    }

    /// <summary>OC2 for each 31 March on which the child had been looked after continuously for 12 months.</summary>
    private void AddHealthRecords(ChildState child, DateOnly start, DateOnly? end)
    {
        for (var year = start.Year + 1; ; year++)
        {
            var census = new DateOnly(year, 3, 31);
            if (census > timeline.Today || (end is { } ended && ended <= census))
            {
                return;
            }

            if (census.AddYears(-1) < start || census < timeline.HistoryStart)
            {
                continue;
            }

            var age = child.AgeAt(census);
            var record = new HealthRecord { ChildId = child.Id, CollectionYear = SyntheticIdentifiers.CollectionYear(census) };
            if (age is >= 4 and <= 16)
            {
                if (random.Chance(0.78))
                {
                    record.SdqScore = Math.Min(40, random.Between(0, 14) + random.Between(0, 14) + random.Between(0, 12));
                }
                else
                {
                    record.SdqReason = DemoCodes.SdqNotRecordedReason.Pick(random);
                }
            }

            record.Convicted = age >= 10 ? random.Chance(0.03) : null;
            record.HealthCheck = age < 5 ? random.Chance(0.9) : null;
            record.Immunisations = random.Chance(0.86);
            record.TeethCheck = random.Chance(0.84);
            record.HealthAssessment = random.Chance(0.9);
            record.SubstanceMisuse = age >= 10 && random.Chance(0.05);
            if (record.SubstanceMisuse == true)
            {
                record.InterventionOffered = random.Chance(0.9);
                record.InterventionReceived = record.InterventionOffered == true && random.Chance(0.65);
            }

            DemoRecordSet.Add(records.HealthRecords, record);
        }
    }

    private void AddAdoptionRecord(ChildState child, AdoptionPlan plan, DateOnly? end, string reasonCeased)
    {
        if (plan.DecisionDate > timeline.Today)
        {
            return;
        }

        var record = new AdoptionRecord
        {
            ChildId = child.Id,
            DecisionDate = plan.DecisionDate,
            PlacementOrderDate = plan.PlacementOrderDate <= timeline.Today ? plan.PlacementOrderDate : null,
        };
        if (plan.Disrupted)
        {
            if (plan.CeasedDate is { } ceased && ceased <= timeline.Today)
            {
                record.PlacedCeasedDate = ceased;
                record.ReasonPlacedCeased = DemoCodes.AdoptionDisruption.Pick(random);
            }
        }
        else if (plan.MatchDate <= timeline.Today)
        {
            record.MatchDate = plan.MatchDate;
            record.PlacedDate = plan.PlacedDate <= timeline.Today ? plan.PlacedDate : null;
            record.FosterCare = plan.WithFosterCarer;
            if (end is { } adopted && reasonCeased is "E11" or "E12")
            {
                record.AdoptionOrderDate = adopted;
            }

            var roll = random.NextDouble();
            (record.NumberOfAdopters, record.SexOfAdopters, record.LegalStatusOfAdopters) = roll switch
            {
                < 0.12 => ("1", "F1", "L0"),
                < 0.15 => ("1", "M1", "L0"),
                < 0.62 => ("2", "MF", "L11"),
                < 0.82 => ("2", "MF", "L3"),
                < 0.88 => ("2", random.Chance(0.5) ? "MM" : "FF", "L12"),
                < 0.94 => ("2", random.Chance(0.5) ? "MM" : "FF", "L2"),
                _ => ("2", random.Chance(0.5) ? "MM" : "FF", "L4"),
            };
        }

        DemoRecordSet.Add(records.AdoptionRecords, record);
    }

    private sealed record Placement(string Type, string Provider, string Postcode, string? Urn);

    /// <summary>A planned change during a period of care: a new legal status, or the move to the adoptive family.</summary>
    private sealed record PlannedChange(DateOnly Date, string? LegalStatus, bool ConvertPlacement, bool IsAdoptivePlacement, TeamKind? TeamKind);

    private sealed class AdoptionPlan(DateOnly DecisionDate, DateOnly PlacementOrderDate, DateOnly MatchDate, bool WithFosterCarer, bool Disrupted)
    {
        public DateOnly DecisionDate { get; } = DecisionDate;

        public DateOnly PlacementOrderDate { get; } = PlacementOrderDate;

        public DateOnly MatchDate { get; } = MatchDate;

        public bool WithFosterCarer { get; } = WithFosterCarer;

        public bool Disrupted { get; } = Disrupted;

        public DateOnly? PlacedDate { get; set; }

        public DateOnly? CeasedDate { get; set; }
    }

    /// <summary>The shape of a period before it is written: first legal status, planned changes and the planned end.</summary>
    private sealed class PeriodPlan(DateOnly eighteenthBirthday)
    {
        public DateOnly EighteenthBirthday { get; } = eighteenthBirthday;

        public string FirstLegalStatus { get; set; } = "V2";

        public List<PlannedChange> Changes { get; } = [];

        public DateOnly EndDate { get; private set; } = eighteenthBirthday;

        public string ReasonCeased { get; private set; } = "E8";

        public AdoptionPlan? Adoption { get; set; }

        public void Change(DateOnly date, string legalStatus, TeamKind? teamKind = null, bool convertPlacement = false) =>
            Changes.Add(new PlannedChange(date, legalStatus, convertPlacement, false, teamKind));

        public void AdoptivePlacement(DateOnly date) => Changes.Add(new PlannedChange(date, null, false, true, null));

        public void End(DateOnly date, string reasonCeased)
        {
            EndDate = date;
            ReasonCeased = reasonCeased;
        }

        /// <summary>No one is looked after past 18: anything planned later gives way to an 18th-birthday ending.</summary>
        public void StopAtEighteen(string reasonAtEighteen)
        {
            Changes.Sort((a, b) => a.Date.CompareTo(b.Date));
            Changes.RemoveAll(c => c.Date >= EighteenthBirthday);
            if (EndDate > EighteenthBirthday || (EndDate == EighteenthBirthday && ReasonCeased is "E11" or "E12" or "E45" or "E46" or "E47" or "E48"))
            {
                End(EighteenthBirthday, reasonAtEighteen);
            }
        }
    }
}
