using GoldenThread.Core.Demo;
using GoldenThread.Core.Model;
using GoldenThread.Core.Validation;

namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// The SSDA903 return an authority would send for a collection year, cut from everything it holds: the children looked
/// after at any time in the year, with what the return carries about them, as it stood on 31 March.
/// </summary>
public static class Ssda903Extract
{
    /// <summary>
    /// The return for <paramref name="collectionYear"/> (1 April to 31 March):
    /// <list type="bullet">
    /// <item>Header: every child with an episode open at any time in the year (short breaks included: the 903 records them),
    /// and every child in the year's OC2 or OC3 records; only the fields the return carries.</item>
    /// <item>Episodes open at any time in the year; an episode that ended after 31 March is open in the return (DEC, REC
    /// and REASON_PLACE_CHANGE blank).</item>
    /// <item>Reviews held in the year; missing and away episodes open at any time in the year (MIS_END blank if after 31
    /// March); social worker episodes open at any time in the year (SW_DEC and SW_REASON blank if after 31 March).</item>
    /// <item>UASC: children recorded as unaccompanied on or before 31 March, with the date the status ceased if by then.</item>
    /// <item>OC2 and OC3: the records held for the year. The cohorts (looked after continuously for 12 months at 31 March;
    /// care leavers with a 17th to 21st birthday in the year) are decided when the records are made; a record held for a
    /// child outside its cohort is kept, so validation (DfE rules 185, 190, 1016 …) can find it rather than the extract
    /// hiding it.</item>
    /// <item>AD1 for a child adopted in the year (adoption order in the year, or an episode ending E11 or E12 in it);
    /// PlacedAdoption for a decision to place for adoption in force at any time in the year, its reversal blank if after
    /// 31 March.</item>
    /// <item>PrevPerm for children who started to be looked after (RNE S) in the year.</item>
    /// </list>
    /// Records are copies with dataset-local ids, children ordered by CHILD and each child's records by date, as the
    /// writers order them.
    /// </summary>
    public static ChildLevelDataset For(ChildLevelDataset all, string collectionYear)
    {
        ArgumentNullException.ThrowIfNull(all);
        var end = CollectionYears.ReferenceDate(collectionYear);
        var start = end.AddYears(-1).AddDays(1);
        bool Open(DateOnly from, DateOnly? to) => from <= end && (to is null || to >= start);
        DateOnly? ByEnd(DateOnly? date) => date <= end ? date : null;

        var episodes = all.CareEpisodes.Where(e => Open(e.StartDate, e.EndDate)).ToList();
        var health = all.HealthRecords.Where(h => h.CollectionYear == collectionYear).ToList();
        var leavers = all.CareLeaverRecords.Where(r => r.CollectionYear == collectionYear).ToList();
        var inReturn = episodes.Select(e => e.ChildId).Concat(health.Select(h => h.ChildId)).Concat(leavers.Select(r => r.ChildId)).ToHashSet();
        var children = all.Children.Where(c => inReturn.Contains(c.Id)).OrderBy(c => c.LaChildId, StringComparer.Ordinal).ThenBy(c => c.Id).ToList();
        var newId = children.Select((c, i) => (c.Id, NewId: i + 1L)).ToDictionary(p => p.Id, p => p.NewId);

        var extract = new ChildLevelDataset
        {
            Collection = ReturnCollections.Ssda903,
            CollectionYear = collectionYear,
            ReferenceDate = end,
            LaCode = all.LaCode,
        };
        foreach (var child in children)
        {
            var unaccompanied = child.UnaccompaniedAsylumSeekingDate <= end || child.UnaccompaniedAsylumSeekingCeasedDate <= end;
            extract.Children.Add(new Child
            {
                Id = newId[child.Id],
                LaChildId = child.LaChildId,
                Upn = child.Upn,
                UpnUnknownReason = child.Upn is null ? child.UpnUnknownReason : null,
                Sex = child.Sex,
                BirthDate = child.BirthDate,
                Ethnicity = child.Ethnicity,
                IsMother = child.IsMother,
                MothersChildBirthDate = ByEnd(child.MothersChildBirthDate),
                UnaccompaniedAsylumSeekingCeasedDate = unaccompanied ? ByEnd(child.UnaccompaniedAsylumSeekingCeasedDate) : null,
                UnaccompaniedAsylumSeekingDate = unaccompanied ? start : null,
            });
        }

        Copy(extract.CareEpisodes, episodes, newId, e => e.StartDate, e => new CareEpisode
        {
            StartDate = e.StartDate,
            ReasonForNewEpisode = e.ReasonForNewEpisode,
            LegalStatus = e.LegalStatus,
            CategoryOfNeed = e.CategoryOfNeed,
            PlacementType = e.PlacementType,
            PlacementProvider = e.PlacementProvider,
            EndDate = ByEnd(e.EndDate),
            ReasonEpisodeCeased = e.EndDate <= end ? e.ReasonEpisodeCeased : null,
            ReasonPlaceChange = e.EndDate <= end ? e.ReasonPlaceChange : null,
            HomePostcode = e.HomePostcode,
            PlacementPostcode = e.PlacementPostcode,
            Urn = e.Urn,
        });
        StandInForUnaccompaniedDate(extract);

        Copy(extract.CareReviews, all.CareReviews.Where(r => r.ReviewDate >= start && r.ReviewDate <= end), newId, r => r.ReviewDate, r => new CareReview
        {
            ReviewDate = r.ReviewDate,
            ParticipationCode = r.ParticipationCode,
        });
        Copy(extract.HealthRecords, health, newId, _ => default, h => new HealthRecord
        {
            CollectionYear = collectionYear,
            SdqScore = h.SdqScore,
            SdqReason = h.SdqReason,
            Convicted = h.Convicted,
            HealthCheck = h.HealthCheck,
            Immunisations = h.Immunisations,
            TeethCheck = h.TeethCheck,
            HealthAssessment = h.HealthAssessment,
            SubstanceMisuse = h.SubstanceMisuse,
            InterventionReceived = h.InterventionReceived,
            InterventionOffered = h.InterventionOffered,
        });
        Copy(extract.CareLeaverRecords, leavers, newId, _ => default, r => new CareLeaverRecord
        {
            CollectionYear = collectionYear,
            InTouch = r.InTouch,
            Activity = r.Activity,
            Accommodation = r.Accommodation,
        });

        var adoptedInYear = all.CareEpisodes
            .Where(e => e.ReasonEpisodeCeased is "E11" or "E12" && e.EndDate >= start && e.EndDate <= end)
            .Select(e => e.ChildId)
            .ToHashSet();
        var adoptions = all.AdoptionRecords
            .Select(a => (Record: a, Adopted: a.AdoptionOrderDate is { } order ? order >= start && order <= end : adoptedInYear.Contains(a.ChildId)))
            .Select(p => (p.Record, p.Adopted, Placed: p.Record.DecisionDate <= end && (p.Record.PlacedCeasedDate is null || p.Record.PlacedCeasedDate >= start)
                && !(p.Record.AdoptionOrderDate < start)))
            .Where(p => p.Adopted || p.Placed)
            .ToDictionary(p => p.Record, p => p.Adopted);
        Copy(extract.AdoptionRecords, adoptions.Keys, newId, a => a.DecisionDate ?? default, a =>
        {
            var adopted = adoptions[a];
            var ceased = ByEnd(a.PlacedCeasedDate);
            return new AdoptionRecord
            {
                DecisionDate = ByEnd(a.DecisionDate),
                PlacedCeasedDate = ceased,
                ReasonPlacedCeased = ceased is null ? null : a.ReasonPlacedCeased,
                MatchDate = adopted ? ByEnd(a.MatchDate) : null,
                FosterCare = adopted ? a.FosterCare : null,
                NumberOfAdopters = adopted ? a.NumberOfAdopters : null,
                SexOfAdopters = adopted ? a.SexOfAdopters : null,
                LegalStatusOfAdopters = adopted ? a.LegalStatusOfAdopters : null,
            };
        });

        var startedInYear = episodes.Where(e => e.ReasonForNewEpisode == "S" && e.StartDate >= start).Select(e => e.ChildId).ToHashSet();
        Copy(extract.PreviousPermanences, all.PreviousPermanences.Where(p => startedInYear.Contains(p.ChildId)), newId, _ => default, p => new PreviousPermanence
        {
            Option = p.Option,
            AuthorityCode = p.AuthorityCode,
            OrderDate = p.OrderDate,
        });
        Copy(extract.MissingEpisodes, all.MissingEpisodes.Where(m => Open(m.StartDate, m.EndDate)), newId, m => m.StartDate, m => new MissingEpisode
        {
            Kind = m.Kind,
            StartDate = m.StartDate,
            EndDate = ByEnd(m.EndDate),
        });
        Copy(extract.SocialWorkerEpisodes, all.SocialWorkerEpisodes.Where(s => Open(s.StartDate, s.EndDate)), newId, s => s.StartDate, s => new SocialWorkerEpisode
        {
            SocialWorkerId = s.SocialWorkerId,
            StartDate = s.StartDate,
            EndDate = ByEnd(s.EndDate),
            EndReason = s.EndDate <= end ? s.EndReason : null,
        });
        return extract;
    }

    /// <summary>
    /// Everything the demo authority holds, as one dataset to cut returns from. The demo keeps no SSDA903 social worker
    /// episodes, so they are made from the allocations of every child who was ever looked after: one episode per
    /// allocation, SW_ID the worker's staff id, and for an episode that ended the reason for the change (LEFTRL when the
    /// worker left within a week, TSPROC when the case moved to another team within a week, OTHERS otherwise).
    /// </summary>
    public static ChildLevelDataset FromDemo(DemoAuthority demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var dataset = new ChildLevelDataset { Collection = ReturnCollections.Ssda903 };
        dataset.Children.AddRange(demo.Children);
        dataset.Contacts.AddRange(demo.Contacts);
        dataset.EarlyHelpEpisodes.AddRange(demo.EarlyHelpEpisodes);
        dataset.Referrals.AddRange(demo.Referrals);
        dataset.Assessments.AddRange(demo.Assessments);
        dataset.ChildInNeedPlans.AddRange(demo.ChildInNeedPlans);
        dataset.Section47Enquiries.AddRange(demo.Section47Enquiries);
        dataset.InitialChildProtectionConferences.AddRange(demo.InitialChildProtectionConferences);
        dataset.ChildProtectionPlans.AddRange(demo.ChildProtectionPlans);
        dataset.ChildProtectionReviews.AddRange(demo.ChildProtectionReviews);
        dataset.ChildProtectionVisits.AddRange(demo.ChildProtectionVisits);
        dataset.CareEpisodes.AddRange(demo.CareEpisodes);
        dataset.CareReviews.AddRange(demo.CareReviews);
        dataset.CareVisits.AddRange(demo.CareVisits);
        dataset.MissingEpisodes.AddRange(demo.MissingEpisodes);
        dataset.HealthRecords.AddRange(demo.HealthRecords);
        dataset.CareLeaverRecords.AddRange(demo.CareLeaverRecords);
        dataset.AdoptionRecords.AddRange(demo.AdoptionRecords);
        dataset.Allocations.AddRange(demo.Allocations);
        dataset.Workers.AddRange(demo.Workers);

        var workers = demo.Workers.ToDictionary(w => w.Id);
        var lookedAfter = demo.CareEpisodes.Select(e => e.ChildId).ToHashSet();
        foreach (var allocations in demo.Allocations.Where(a => lookedAfter.Contains(a.ChildId)).GroupBy(a => a.ChildId).OrderBy(g => g.Key))
        {
            var ordered = allocations.OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var allocation = ordered[i];
                var worker = workers[allocation.WorkerId];
                string? reason = null;
                if (allocation.EndDate is { } ended)
                {
                    var next = i + 1 < ordered.Count ? ordered[i + 1] : null;
                    reason = worker.LeavingDate is { } left && left >= ended && left.DayNumber - ended.DayNumber <= 7 ? "LEFTRL"
                        : next is not null && next.TeamId != allocation.TeamId && next.StartDate.DayNumber - ended.DayNumber <= 7 ? "TSPROC"
                        : "OTHERS";
                }

                dataset.SocialWorkerEpisodes.Add(new SocialWorkerEpisode
                {
                    Id = dataset.SocialWorkerEpisodes.Count + 1,
                    ChildId = allocation.ChildId,
                    SocialWorkerId = worker.StaffId,
                    StartDate = allocation.StartDate,
                    EndDate = allocation.EndDate,
                    EndReason = reason,
                });
            }
        }

        return dataset;
    }

    /// <summary>
    /// The return carries a flag, not the date a child was first recorded as unaccompanied; like the readers, the extract
    /// holds the child's earliest episode in the return in its place (else the start of the year), so a return read back
    /// equals the extract.
    /// </summary>
    private static void StandInForUnaccompaniedDate(ChildLevelDataset extract)
    {
        var firstEpisode = extract.CareEpisodes.GroupBy(e => e.ChildId).ToDictionary(g => g.Key, g => g.Min(e => e.StartDate));
        foreach (var child in extract.Children.Where(c => c.UnaccompaniedAsylumSeekingDate is not null))
        {
            if (firstEpisode.TryGetValue(child.Id, out var first))
            {
                child.UnaccompaniedAsylumSeekingDate = first;
            }
        }
    }

    private static void Copy<T>(List<T> target, IEnumerable<T> source, Dictionary<long, long> newId, Func<T, DateOnly> date, Func<T, T> copy)
        where T : ChildRecord
    {
        foreach (var record in source
            .Where(r => newId.ContainsKey(r.ChildId))
            .OrderBy(r => newId[r.ChildId])
            .ThenBy(date)
            .ThenBy(r => r.Id))
        {
            var copied = copy(record);
            copied.Id = target.Count + 1;
            copied.ChildId = newId[record.ChildId];
            target.Add(copied);
        }
    }
}
