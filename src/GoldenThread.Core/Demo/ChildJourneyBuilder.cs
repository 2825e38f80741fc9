using GoldenThread.Core.Model;

namespace GoldenThread.Core.Demo;

/// <summary>
/// Writes one child's journey through children's social care: contacts, referrals and, for each referral that goes
/// further, an assessment and then possibly a section 47 enquiry, a conference and a child protection plan, a child in
/// need plan, or a period of care — and, after care ends at 16 or over, leaving-care support. Referrals recur, within
/// a year for about a fifth of them.
/// </summary>
internal sealed class ChildJourneyBuilder(DemoTimeline timeline, DemoRandom random, DemoRecordSet records, CaseAllocator allocator, CarePeriodBuilder care)
{
    private const double _unbornShare = 0.06;
    private const double _unaccompaniedShare = 0.012;
    private const double _disabledShare = 0.09;
    private const double _contactOnlyShare = 0.17;
    private const double _noFurtherActionShare = 0.30;
    private const double _assessmentWithinTimescale = 0.86;
    private const double _unauthorisedAssessmentShare = 0.01;
    private const double _assessmentBeforeReferralShare = 0.005;
    private const double _closureWithoutReasonShare = 0.01;
    private const double _overlappingPlanShare = 0.007;
    private const double _wrongPreviousPlanCountShare = 0.02;
    private const double _badUpnShare = 0.005;

    /// <summary>How much likelier care is at the very start of the history (see <see cref="DemoTimeline.CareEntryWeight"/>).</summary>
    private const double _earliestCareBoost = 7.0;

    private static readonly WeightedChoice<int> _ageAtFirstContact = new(
        [.. Enumerable.Range(0, 18).Select(age => (age, age switch { 0 => 11.0, <= 4 => 5.0, <= 9 => 4.8, _ => 5.5 }))]);

    private static readonly WeightedChoice<int> _reviewsBeforePlanEnds = new((1, 16), (2, 42), (3, 24), (4, 12), (5, 4.5), (6, 1.5));

    /// <summary>Creates the child and writes their journey from the first contact.</summary>
    public ChildState Build(DateOnly firstContact)
    {
        var child = CreateChild(firstContact);
        Journey(child, firstContact);
        allocator.Allocate(child);
        Finish(child);
        return child;
    }

    private ChildState CreateChild(DateOnly firstContact)
    {
        var checkpoint = records.Checkpoint();
        var marks = new ChildRecordMarks(records.Allocations.Count, records.Assessments.Count, records.ChildProtectionVisits.Count, records.CareVisits.Count);
        var unborn = random.Chance(_unbornShare);
        var unaccompanied = !unborn && random.Chance(_unaccompaniedShare);
        DateOnly birth;
        DateOnly? expected = null;
        if (unborn)
        {
            expected = firstContact.AddDays(random.Between(30, 150));
            birth = expected.Value.AddDays(random.Between(-14, 10));
        }
        else
        {
            var age = unaccompanied ? random.Between(14, 17) : _ageAtFirstContact.Pick(random);
            birth = firstContact.AddYears(-age).AddDays(-random.Between(0, 364));
        }

        var disabled = !unaccompanied && random.Chance(_disabledShare);
        var disabilities = new List<string> { "NONE" };
        if (disabled)
        {
            disabilities = [DemoCodes.Disability.Pick(random)];
            if (random.Chance(0.3) && DemoCodes.Disability.Pick(random) is var second && second != disabilities[0])
            {
                disabilities.Add(second);
            }
        }

        var sexRoll = random.NextDouble();
        var id = records.Children.Count + 1;
        var record = DemoRecordSet.Add(records.Children, new Child
        {
            LaChildId = SyntheticIdentifiers.LaChildId(id),
            GivenName = random.Pick(SyntheticNames.GivenNames),
            FamilyName = random.Pick(SyntheticNames.FamilyNames),
            Sex = unaccompanied ? (sexRoll < 0.9 ? "M" : "F") : sexRoll < 0.51 ? "M" : sexRoll < 0.995 ? "F" : "U",
            Ethnicity = unaccompanied ? DemoCodes.UnaccompaniedEthnicity.Pick(random) : DemoCodes.Ethnicity.Pick(random),
            Disabilities = disabilities,
        });
        return new ChildState(record, birth, expected, checkpoint, marks)
        {
            IsDisabled = disabled,
            IsUnaccompanied = unaccompanied,
            HasUnstablePlacements = random.Chance(0.12),
            HomePostcode = SyntheticIdentifiers.Postcode(random),
        };
    }

    private void Journey(ChildState child, DateOnly firstContact)
    {
        var date = firstContact;
        if (!child.IsUnaccompanied && random.Chance(_contactOnlyShare))
        {
            ContactsWithoutReferral(child, date, random.Between(1, 3));
            return;
        }

        if (!child.IsUnaccompanied && random.Chance(0.2))
        {
            ContactsWithoutReferral(child, date, 1);
            date = date.AddDays(random.Between(14, 300));
        }

        while (true)
        {
            var referralDate = timeline.IsWorkingDay(date) || !random.Chance(0.8) ? date : timeline.OnOrNextWorkingDay(date);
            if (referralDate > timeline.Today || child.AgeAt(referralDate) >= 18)
            {
                return;
            }

            var end = Episode(child, referralDate);
            if (end.ClosedOn is not { } closed || end.EndsJourney)
            {
                return;
            }

            if (NextReferralDate(child, referralDate, closed) is not { } next)
            {
                return;
            }

            if (random.Chance(0.4) && next.DayNumber - closed.DayNumber > 10)
            {
                ContactsWithoutReferral(child, random.DateBetween(closed.AddDays(1), next.AddDays(-1)), 1);
            }

            date = next;
        }
    }

    /// <summary>
    /// When the child is referred again: within 12 months of the last referral for about a third of those whose case
    /// closed in time (more if they have had a plan), later for some others, never for the rest.
    /// </summary>
    private DateOnly? NextReferralDate(ChildState child, DateOnly lastReferral, DateOnly closed)
    {
        if (child.AgeAt(closed) >= 17)
        {
            return null;
        }

        var hadPlan = child.PreviousPlans > 0;
        var earliest = closed.AddDays(7);
        var yearEnd = lastReferral.AddYears(1).AddDays(-1);
        DateOnly next;
        if (earliest < yearEnd && random.Chance(hadPlan ? 0.4 : 0.28))
        {
            next = timeline.SeasonalDate(random, earliest, yearEnd);
        }
        else if (random.Chance(hadPlan ? 0.65 : 0.3))
        {
            var from = earliest > yearEnd.AddDays(2) ? earliest : yearEnd.AddDays(2);
            next = from.AddDays(random.ExponentialDays(450));
        }
        else
        {
            return null;
        }

        return next <= timeline.Today && child.AgeAt(next) < 18 ? next : null;
    }

    private EpisodeEnd Episode(ChildState child, DateOnly referralDate)
    {
        var source = DemoCodes.ReferralSource.Pick(random);
        var contactDate = random.Chance(0.8) ? referralDate : referralDate.AddDays(-random.Between(1, 3));
        AddContact(child, contactDate < timeline.HistoryStart ? referralDate : contactDate, source, "REFERRAL");
        var noFurtherAction = !child.IsUnaccompanied && random.Chance(_noFurtherActionShare);
        var need = noFurtherAction ? DemoCodes.NoFurtherActionNeed.Pick(random)
            : child.IsDisabled && random.Chance(0.6) ? "N2"
            : child.IsUnaccompanied ? "N8"
            : DemoCodes.PrimaryNeed.Pick(random);
        var referral = DemoRecordSet.Add(records.Referrals, new Referral
        {
            ChildId = child.Id,
            ReferralDate = referralDate,
            Source = source,
            PrimaryNeedCode = need,
            IsNoFurtherAction = noFurtherAction,
        });

        if (noFurtherAction)
        {
            child.OpenPhase(TeamKind.FrontDoor, referralDate);
            child.ClosePhase(referralDate);
            referral.ClosureDate = referralDate;
            referral.ClosureReason = "RC8";
            return new EpisodeEnd(referralDate, "RC8", false, null);
        }

        var episode = new EpisodeContext(child, referral, need == "N2" && child.IsDisabled);
        var end = AssessAndDecide(episode);
        if (end.ClosedOn is { } decided && episode.AssessmentDone is { } assessed && assessed > decided)
        {
            // The case stays open until its assessment is signed off (CIN rule 8565: no activity after closure).
            end = assessed <= timeline.Today ? end with { ClosedOn = assessed } : EpisodeEnd.Open;
        }

        if (end.ClosedOn is { } closed)
        {
            referral.ClosureDate = closed;
            referral.ClosureReason = end.Reason;
            if (random.Chance(_closureWithoutReasonShare))
            {
                referral.ClosureReason = null;
                records.Fault(DemoFaultKinds.ClosureWithoutReason, referral);
            }

            if (end.CareLeaverFrom is { } leftCare)
            {
                // The personal adviser takes over from the social worker when care ends.
                care.StartCareLeaver(child, leftCare);
            }
            else
            {
                child.ClosePhase(closed);
            }
        }

        return end;
    }

    private EpisodeEnd AssessAndDecide(EpisodeContext episode)
    {
        var child = episode.Child;
        var referralDate = episode.Referral.ReferralDate;
        child.OpenPhase(TeamKind.Assessment, referralDate);
        var start = timeline.OnOrNextWorkingDay(referralDate);
        start = random.Chance(0.6) ? start : timeline.AddWorkingDays(start, random.Between(1, 3));
        if (start > timeline.Today)
        {
            return EpisodeEnd.Open;
        }

        var authorised = AddAssessment(episode, start);
        episode.AssessmentDone = authorised;
        var age = child.AgeAt(referralDate);
        if (child.IsUnaccompanied && !child.WasLookedAfter)
        {
            return Care(episode, referralDate.AddDays(random.Between(0, 2)), CareRoute.Unaccompanied);
        }

        if (random.Chance((age >= 14 ? 0.055 : age < 1 ? 0.08 : 0.025) * CareWeight(referralDate)) && referralDate >= child.Birth)
        {
            var roll = random.NextDouble();
            var route = age >= 12 && roll < 0.15 ? CareRoute.Remand
                : age >= 14 ? (roll < 0.6 ? CareRoute.Voluntary : CareRoute.Emergency)
                : roll < 0.4 ? CareRoute.Emergency : roll < 0.75 ? CareRoute.Proceedings : CareRoute.Voluntary;
            return Care(episode, referralDate.AddDays(random.Between(0, 3)), route);
        }

        var s47Chance = child.PreviousPlans > 0 ? 0.62 : age < 1 ? 0.5 : episode.IsDisability ? 0.08 : 0.36;
        var decided = authorised;
        if (random.Chance(s47Chance))
        {
            var s47Start = timeline.OnOrNextWorkingDay(referralDate);
            s47Start = random.Chance(0.7) ? s47Start : timeline.AddWorkingDays(s47Start, random.Between(1, 4));
            if (s47Start > timeline.Today)
            {
                return EpisodeEnd.Open;
            }

            var enquiry = Section47(episode, s47Start);
            if (enquiry.Pending)
            {
                return EpisodeEnd.Open;
            }

            if (enquiry.PlanStart is { } planStart)
            {
                return ChildProtectionPlan(episode, planStart);
            }

            if (enquiry.ConferenceDate is { } conference && decided is { } done && done < conference)
            {
                decided = conference;
            }
        }

        return decided is { } outcomeDate ? AfterAssessment(episode, outcomeDate) : EpisodeEnd.Open;
    }

    /// <summary>Adds the assessment; returns the day the work was done (authorised, or due to be), or null if still in progress.</summary>
    private DateOnly? AddAssessment(EpisodeContext episode, DateOnly start)
    {
        var child = episode.Child;
        var assessment = DemoRecordSet.Add(records.Assessments, new Assessment
        {
            ChildId = child.Id,
            ReferralId = episode.Referral.Id,
            StartDate = start,
        });
        if (random.Chance(_assessmentBeforeReferralShare))
        {
            assessment.StartDate = episode.Referral.ReferralDate.AddDays(-random.Between(1, 6));
            records.Fault(DemoFaultKinds.AssessmentBeforeReferral, assessment);
        }

        var bornByStart = start >= child.Birth;
        assessment.ChildSeen = bornByStart && random.Chance(0.95);
        assessment.ChildSeenAlone = assessment.ChildSeen == true && child.AgeAt(start) >= 5 && random.Chance(0.7);
        var days = random.Chance(_assessmentWithinTimescale)
            ? (random.Chance(0.45) ? random.Between(8, 30) : random.Between(25, 45))
            : random.Between(46, 85);
        var authorised = timeline.AddWorkingDays(start, days);
        if (authorised > timeline.Today)
        {
            return null;
        }

        if (days > 10 && random.Chance(0.25))
        {
            assessment.InternalReviewDate = timeline.AddWorkingDays(start, random.Between(5, 10));
        }

        if (authorised < timeline.Today.AddDays(-90) && random.Chance(_unauthorisedAssessmentShare))
        {
            records.Fault(DemoFaultKinds.AssessmentNotAuthorised, assessment);
            return authorised;
        }

        assessment.AuthorisationDate = authorised;
        var factors = random.Between(1, 4);
        for (var i = 0; i < factors; i++)
        {
            var factor = child.IsUnaccompanied && i == 0 ? "9A" : DemoCodes.AssessmentFactor.Pick(random);
            if (!assessment.Factors.Contains(factor))
            {
                assessment.Factors.Add(factor);
            }
        }

        return authorised;
    }

    private EnquiryOutcome Section47(EpisodeContext episode, DateOnly start)
    {
        var child = episode.Child;
        var enquiry = DemoRecordSet.Add(records.Section47Enquiries, new Section47Enquiry
        {
            ChildId = child.Id,
            ReferralId = episode.Referral.Id,
            StartDate = start,
            InitialConferenceTargetDate = timeline.AddWorkingDays(start, 15),
        });
        var conferenceChance = child.PreviousPlans > 0 ? 0.75 : child.AgeAt(start) < 1 ? 0.55 : 0.4;
        if (!random.Chance(conferenceChance))
        {
            enquiry.ConferenceNotRequired = true;
            return default;
        }

        var conferenceDate = timeline.AddWorkingDays(start, random.Chance(0.8) ? random.Between(6, 15) : random.Between(16, 32));
        if (conferenceDate > timeline.Today)
        {
            return new EnquiryOutcome(true, null, null);
        }

        var resultedInPlan = random.Chance(0.87) && conferenceDate < child.Birthday(18).AddMonths(-3);
        DemoRecordSet.Add(records.InitialChildProtectionConferences, new InitialChildProtectionConference
        {
            ChildId = child.Id,
            ReferralId = episode.Referral.Id,
            Section47EnquiryId = enquiry.Id,
            ConferenceDate = conferenceDate,
            ResultedInPlan = resultedInPlan,
        });
        return new EnquiryOutcome(false, conferenceDate, resultedInPlan ? conferenceDate : null);
    }

    private EpisodeEnd AfterAssessment(EpisodeContext episode, DateOnly decided)
    {
        if (random.Chance(episode.IsDisability ? 0.75 : 0.36))
        {
            var planStart = decided.AddDays(random.Between(0, 7));
            return planStart > timeline.Today ? EpisodeEnd.Open : ChildInNeedPlan(episode, planStart, allowEscalation: true);
        }

        var closed = decided.AddDays(random.Between(0, 10));
        if (random.Chance(0.35))
        {
            if (random.Chance(0.8))
            {
                AddEarlyHelp(episode.Child, closed);
            }

            return Closed(closed, "RC9");
        }

        return Closed(closed, "RC8");
    }

    private EpisodeEnd ChildProtectionPlan(EpisodeContext episode, DateOnly start)
    {
        var child = episode.Child;
        child.OpenPhase(TeamKind.ChildProtection, start);
        var category = DemoCodes.CategoryOfAbuse.Pick(random);
        var previous = child.PreviousPlans;
        var plan = DemoRecordSet.Add(records.ChildProtectionPlans, new ChildProtectionPlan
        {
            ChildId = child.Id,
            ReferralId = episode.Referral.Id,
            StartDate = start,
            InitialCategory = category,
            LatestCategory = random.Chance(0.1) ? DemoCodes.CategoryOfAbuse.Pick(random) : category,
            NumberOfPreviousPlans = previous,
        });
        if (random.Chance(_wrongPreviousPlanCountShare))
        {
            plan.NumberOfPreviousPlans = previous > 0 && random.Chance(0.5) ? previous - 1 : previous + 1;
            records.Fault(DemoFaultKinds.WrongPreviousPlanCount, plan);
        }

        child.PreviousPlans++;
        var reviewsPlanned = _reviewsBeforePlanEnds.Pick(random);
        DateOnly? careDate = null;
        if (random.Chance(child.AgeAt(start) < 1 ? 0.35 : 0.13))
        {
            var proposed = start.AddDays(random.Between(14, 500));
            careDate = proposed < child.Birth ? child.Birth.AddDays(random.Between(0, 3)) : proposed;
        }

        var lastPossible = child.Birthday(18).AddDays(-1);
        DateOnly? end = null;
        var due = start.AddMonths(3);
        for (var held = 0; ;)
        {
            var reviewDate = ConferenceDate(due);
            if (careDate is { } entersCare && entersCare <= reviewDate)
            {
                end = entersCare <= timeline.Today ? entersCare : null;
                break;
            }

            if (reviewDate > timeline.Today)
            {
                break;
            }

            DemoRecordSet.Add(records.ChildProtectionReviews, new ChildProtectionReview
            {
                ChildId = child.Id,
                ChildProtectionPlanId = plan.Id,
                ReviewDate = reviewDate,
                ChildParticipated = child.AgeAt(reviewDate) >= 5 && random.Chance(0.5),
            });
            held++;
            due = reviewDate.AddMonths(6);
            if (held >= reviewsPlanned || due >= lastPossible)
            {
                end = reviewDate;
                break;
            }
        }

        plan.EndDate = end;
        AddProtectionVisits(child, plan, start, end);
        if (random.Chance(_overlappingPlanShare))
        {
            var duplicateStart = start.AddDays(random.Between(14, 60));
            if (duplicateStart < (end ?? timeline.Today))
            {
                var duplicate = DemoRecordSet.Add(records.ChildProtectionPlans, new ChildProtectionPlan
                {
                    ChildId = child.Id,
                    ReferralId = episode.Referral.Id,
                    StartDate = duplicateStart,
                    EndDate = end,
                    InitialCategory = category,
                    LatestCategory = category,
                    NumberOfPreviousPlans = previous,
                });
                records.Fault(DemoFaultKinds.OverlappingPlan, duplicate);
            }
        }

        if (end is not { } ended)
        {
            return EpisodeEnd.Open;
        }

        if (careDate == ended)
        {
            return Care(episode, ended, CareRoute.Proceedings);
        }

        if (child.AgeAt(ended) < 17 && random.Chance(0.55))
        {
            return ChildInNeedPlan(episode, ended, allowEscalation: false);
        }

        return Closed(ended.AddDays(random.Between(0, 14)), "RC7");
    }

    /// <summary>A conference held around its due date: most on time or a little early, some late.</summary>
    private DateOnly ConferenceDate(DateOnly due)
    {
        var date = random.Chance(0.92) ? due.AddDays(-random.Between(0, 10)) : due.AddDays(random.Between(1, 35));
        return timeline.OnOrNextWorkingDay(date);
    }

    /// <summary>Visits about every 10 working days while the plan lasts; some intervals run long.</summary>
    private void AddProtectionVisits(ChildState child, ChildProtectionPlan plan, DateOnly start, DateOnly? end)
    {
        var visit = timeline.AddWorkingDays(timeline.OnOrNextWorkingDay(start), random.Between(1, 7));
        while (end is { } ended ? visit < ended : visit <= timeline.Today)
        {
            var seen = visit >= child.Birth && random.Chance(0.93);
            DemoRecordSet.Add(records.ChildProtectionVisits, new ChildProtectionVisit
            {
                ChildId = child.Id,
                ChildProtectionPlanId = plan.Id,
                VisitDate = visit,
                ChildSeen = seen,
                ChildSeenAlone = seen && child.AgeAt(visit) >= 5 && random.Chance(0.65),
            });
            visit = timeline.AddWorkingDays(visit, random.Chance(0.86) ? random.Between(5, 10) : random.Between(11, 22));
        }
    }

    private EpisodeEnd ChildInNeedPlan(EpisodeContext episode, DateOnly start, bool allowEscalation)
    {
        var child = episode.Child;
        child.OpenPhase(episode.IsDisability ? TeamKind.DisabledChildren : TeamKind.ChildInNeed, start);
        var plan = DemoRecordSet.Add(records.ChildInNeedPlans, new ChildInNeedPlan
        {
            ChildId = child.Id,
            ReferralId = episode.Referral.Id,
            StartDate = start,
        });
        var days = episode.IsDisability ? random.Between(240, 1500) : random.Chance(0.8) ? random.Between(60, 300) : random.Between(300, 600);
        var planned = start.AddDays(days);
        var lastPossible = child.Birthday(18).AddDays(-1);
        if (planned > lastPossible)
        {
            planned = lastPossible > start ? lastPossible : start.AddDays(1);
        }

        var escalation = allowEscalation ? random.NextDouble() : 1.0;
        var careChance = 0.045 * CareWeight(start);
        if (escalation < 0.05 + careChance && days > 30)
        {
            var concern = timeline.OnOrNextWorkingDay(start.AddDays(random.Between(20, days - 1)));
            if (concern < planned && concern <= timeline.Today)
            {
                if (escalation < 0.05)
                {
                    var enquiry = Section47(episode, concern);
                    if (enquiry.PlanStart is { } planStart)
                    {
                        plan.EndDate = planStart;
                        return ChildProtectionPlan(episode, planStart);
                    }
                }
                else if (concern >= child.Birth)
                {
                    plan.EndDate = concern;
                    AddShortBreaksIfAny(episode, start, concern);
                    return Care(episode, concern, child.AgeAt(concern) >= 12 ? CareRoute.Voluntary : CareRoute.Proceedings);
                }
            }
        }

        AddShortBreaksIfAny(episode, start, planned);
        if (planned > timeline.Today)
        {
            return EpisodeEnd.Open;
        }

        plan.EndDate = planned;
        return Closed(planned.AddDays(random.Between(0, 10)), "RC7");
    }

    private void AddShortBreaksIfAny(EpisodeContext episode, DateOnly from, DateOnly until)
    {
        if (episode.IsDisability && !episode.ShortBreaksDecided)
        {
            episode.ShortBreaksDecided = true;
            if (random.Chance(0.2))
            {
                care.AddShortBreaks(episode.Child, from, until, DemoCodes.CategoryOfNeed(episode.Referral.PrimaryNeedCode));
            }
        }
    }

    private EpisodeEnd Care(EpisodeContext episode, DateOnly start, CareRoute route)
    {
        var child = episode.Child;
        if (start < child.Birth)
        {
            start = child.Birth;
        }

        if (start > timeline.Today)
        {
            return EpisodeEnd.Open;
        }

        var outcome = care.BuildPeriod(child, start, route, DemoCodes.CategoryOfNeed(episode.Referral.PrimaryNeedCode), episode.IsDisability);
        if (outcome.EndDate is not { } ended || outcome.ReasonCeased is not { } reasonCeased)
        {
            return EpisodeEnd.Open;
        }

        var closure = DemoCodes.ClosureAfterCare(reasonCeased);
        if (reasonCeased is "E11" or "E12" or "E3")
        {
            return Closed(ended, closure, endsJourney: true);
        }

        if (child.AgeAt(ended) >= 16)
        {
            var caredForLongEnough = ended.DayNumber - start.DayNumber >= 91;
            return Closed(ended, closure, endsJourney: true, careLeaverFrom: caredForLongEnough ? ended : null);
        }

        if (reasonCeased is "E41" or "E45" or "E46" or "E47" or "E48")
        {
            return Closed(ended.AddDays(random.Between(0, 5)), closure);
        }

        return random.Chance(0.5) ? ChildInNeedPlan(episode, ended, allowEscalation: false) : Closed(ended.AddDays(random.Between(0, 10)), closure);
    }

    private double CareWeight(DateOnly date) => timeline.CareEntryWeight(date, _earliestCareBoost);

    private EpisodeEnd Closed(DateOnly date, string reason, bool endsJourney = false, DateOnly? careLeaverFrom = null) =>
        date > timeline.Today ? EpisodeEnd.Open : new EpisodeEnd(date, reason, endsJourney, careLeaverFrom);

    private void ContactsWithoutReferral(ChildState child, DateOnly first, int count)
    {
        var date = first;
        for (var i = 0; i < count && date <= timeline.Today && child.AgeAt(date) < 18; i++)
        {
            var outcome = DemoCodes.ContactOutcome.Pick(random);
            AddContact(child, date, DemoCodes.ReferralSource.Pick(random), outcome);
            if (outcome == "EARLY_HELP" && random.Chance(0.6))
            {
                AddEarlyHelp(child, date);
            }

            date = date.AddDays(random.Between(30, 700));
        }
    }

    private void AddContact(ChildState child, DateOnly date, string source, string nextStep) =>
        DemoRecordSet.Add(records.Contacts, new Contact { ChildId = child.Id, ContactDate = date, Source = source, NextStep = nextStep });

    private void AddEarlyHelp(ChildState child, DateOnly from)
    {
        var start = from.AddDays(random.Between(3, 20));
        if (start > timeline.Today)
        {
            return;
        }

        var end = start.AddDays(random.Between(60, 330));
        var ended = end <= timeline.Today;
        DemoRecordSet.Add(records.EarlyHelpEpisodes, new EarlyHelpEpisode
        {
            ChildId = child.Id,
            StartDate = start,
            EndDate = ended ? end : null,
            Provider = DemoCodes.EarlyHelpProvider.Pick(random),
            EndReason = ended ? DemoCodes.EarlyHelpEndReason.Pick(random) : null,
        });
    }

    /// <summary>Completes the child's record once the journey is known, and puts the case-holding worker on each piece of work.</summary>
    private void Finish(ChildState child)
    {
        var record = child.Child;
        if (child.Birth <= timeline.Today)
        {
            record.BirthDate = child.Birth;
        }
        else
        {
            record.ExpectedBirthDate = child.ExpectedBirth ?? child.Birth;
            record.Sex = "U";
        }

        var age = child.AgeAt(timeline.Today);
        if (child.WasAdopted)
        {
            record.UpnUnknownReason = "UN1";
        }
        else if (child.IsUnaccompanied)
        {
            record.UpnUnknownReason = "UN4";
        }
        else if (age < 5)
        {
            record.UpnUnknownReason = "UN6";
        }
        else if (random.Chance(0.97))
        {
            var badUpn = random.Chance(_badUpnShare);
            record.Upn = SyntheticIdentifiers.Upn(child.Id, child.Birth.Year + 5, badUpn);
            if (badUpn)
            {
                records.Fault(DemoFaultKinds.BadUpn, record);
            }
        }
        else
        {
            record.UpnUnknownReason = "UN5";
        }

        if (child.WasLookedAfter && record.Sex == "F")
        {
            record.IsMother = "0";
        }

        for (var i = child.Marks.Assessments; i < records.Assessments.Count; i++)
        {
            var assessment = records.Assessments[i];
            assessment.WorkerId = allocator.WorkerAt(child, assessment.StartDate)
                ?? allocator.WorkerAt(child, records.Referrals[(int)assessment.ReferralId - 1].ReferralDate);
        }

        for (var i = child.Marks.ChildProtectionVisits; i < records.ChildProtectionVisits.Count; i++)
        {
            var visit = records.ChildProtectionVisits[i];
            visit.WorkerId = allocator.WorkerAt(child, visit.VisitDate);
        }

        for (var i = child.Marks.CareVisits; i < records.CareVisits.Count; i++)
        {
            var visit = records.CareVisits[i];
            visit.WorkerId = allocator.WorkerAt(child, visit.VisitDate);
        }
    }

    /// <summary>One referral being worked: the child, the referral, and whether it is a disabled child's case.</summary>
    private sealed class EpisodeContext(ChildState child, Referral referral, bool isDisability)
    {
        public ChildState Child { get; } = child;

        public Referral Referral { get; } = referral;

        public bool IsDisability { get; } = isDisability;

        public bool ShortBreaksDecided { get; set; }

        /// <summary>When the assessment was (or, for an unauthorised one, should have been) signed off.</summary>
        public DateOnly? AssessmentDone { get; set; }
    }

    /// <summary>How a referral ended: the closure date and reason, or open (null date) at today.</summary>
    private readonly record struct EpisodeEnd(DateOnly? ClosedOn, string? Reason, bool EndsJourney, DateOnly? CareLeaverFrom)
    {
        public static EpisodeEnd Open => default;
    }

    /// <summary>A section 47 enquiry's outcome: still awaiting its conference, or the conference date and any plan start.</summary>
    private readonly record struct EnquiryOutcome(bool Pending, DateOnly? ConferenceDate, DateOnly? PlanStart);
}
