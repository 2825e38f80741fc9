using System.Globalization;
using System.Text;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.CinCensus;

namespace GoldenThread.Core.Tests.Returns.CinCensus;

/// <summary>Shared inputs for the CIN census tests: the demo authority, a small hand-written census, and a canonical projection.</summary>
internal static class CinCensusSamples
{
    public const string LaCode = "999";

    private static readonly Lazy<ChildLevelDataset> _demo = new(() =>
        CinCensusExtract.FromDemo(DemoAuthorityGenerator.Generate(new DemoOptions(Children: 1500, Years: 3), WorkingDayCalendar.EnglandAndWales)));

    /// <summary>The synthetic demo authority (1,500 children, 3 years to 25 November 2026) as one dataset.</summary>
    public static ChildLevelDataset DemoRecords => _demo.Value;

    /// <summary>
    /// A 2024-25 census with one child and one referral. Line numbers matter to the tests: ChildIdentifiers is on line 15,
    /// PersonBirthDate line 17, Sex line 18, Ethnicity line 21, CINdetails line 23, ReferralSource line 25, ReferralNFA line 27.
    /// </summary>
    public const string OneChild = """
        <?xml version="1.0" encoding="utf-8"?>
        <Message>
          <Header>
            <CollectionDetails>
              <Collection>CIN</Collection>
              <Year>2025</Year>
              <ReferenceDate>2025-03-31</ReferenceDate>
            </CollectionDetails>
            <Source>
              <LEA>999</LEA>
            </Source>
          </Header>
          <Children>
            <Child>
              <ChildIdentifiers>
                <LAchildID>SYN0001</LAchildID>
                <PersonBirthDate>2015-06-01</PersonBirthDate>
                <Sex>F</Sex>
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>WBRI</Ethnicity>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2024-05-01</CINreferralDate>
                <ReferralSource>6</ReferralSource>
                <PrimaryNeedCode>N1</PrimaryNeedCode>
                <ReferralNFA>0</ReferralNFA>
              </CINdetails>
            </Child>
          </Children>
        </Message>
        """;

    public static byte[] Bytes(string xml) => Encoding.UTF8.GetBytes(xml);

    public static ChildLevelDataset Read(string xml, string fileName = "children.xml", string? collectionYear = null) =>
        CinCensusReader.Read(new MemoryStream(Bytes(xml)), fileName, collectionYear);

    public static byte[] Write(ChildLevelDataset data, string collectionYear)
    {
        using var output = new MemoryStream();
        CinCensusWriter.Write(data, output, collectionYear, LaCode);
        return output.ToArray();
    }

    /// <summary>
    /// Every census field of every child, one string per child with its episodes and the work under them, ids included,
    /// so two datasets can be compared exactly.
    /// </summary>
    public static List<string> Project(ChildLevelDataset data)
    {
        var referrals = data.Referrals.ToLookup(r => r.ChildId);
        var assessments = data.Assessments.ToLookup(a => a.ReferralId);
        var plans = data.ChildInNeedPlans.ToLookup(p => p.ReferralId);
        var enquiries = data.Section47Enquiries.ToLookup(s => s.ReferralId);
        var conferences = data.InitialChildProtectionConferences.ToLookup(c => c.ReferralId);
        var protectionPlans = data.ChildProtectionPlans.ToLookup(p => p.ReferralId);
        var reviews = data.ChildProtectionReviews.ToLookup(r => r.ChildProtectionPlanId);
        var lines = new List<string>();
        foreach (var c in data.Children)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"child {c.Id} {c.LaChildId} upn={c.Upn} former={c.FormerUpn} unknown={c.UpnUnknownReason} ")
                .Append(CultureInfo.InvariantCulture, $"born={D(c.BirthDate)} expected={D(c.ExpectedBirthDate)} sex={c.Sex} gender={c.GenderCurrent} ")
                .Append(CultureInfo.InvariantCulture, $"died={D(c.DeathDate)} ethnicity={c.Ethnicity} disabilities={string.Join(',', c.Disabilities)} ")
                .Append(CultureInfo.InvariantCulture, $"name={c.GivenName}{c.FamilyName}");
            foreach (var r in referrals[c.Id])
            {
                text.Append(CultureInfo.InvariantCulture, $"\n referral {r.Id} child={r.ChildId} {D(r.ReferralDate)} source={r.Source} need={r.PrimaryNeedCode} ")
                    .Append(CultureInfo.InvariantCulture, $"nfa={r.IsNoFurtherAction} closed={D(r.ClosureDate)} reason={r.ClosureReason}");
                foreach (var x in conferences[r.Id])
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n  conference {x.Id} child={x.ChildId} s47={x.Section47EnquiryId} {D(x.ConferenceDate)} plan={x.ResultedInPlan}");
                }

                foreach (var a in assessments[r.Id])
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n  assessment {a.Id} child={a.ChildId} {D(a.StartDate)} review={D(a.InternalReviewDate)} ")
                        .Append(CultureInfo.InvariantCulture, $"authorised={D(a.AuthorisationDate)} factors={string.Join(',', a.Factors)} seen={a.ChildSeen} worker={a.WorkerId}");
                }

                foreach (var p in plans[r.Id])
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n  cin-plan {p.Id} child={p.ChildId} {D(p.StartDate)}–{D(p.EndDate)}");
                }

                foreach (var s in enquiries[r.Id])
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n  s47 {s.Id} child={s.ChildId} {D(s.StartDate)} target={D(s.InitialConferenceTargetDate)} not-required={s.ConferenceNotRequired}");
                }

                foreach (var p in protectionPlans[r.Id])
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n  cp-plan {p.Id} child={p.ChildId} {D(p.StartDate)}–{D(p.EndDate)} {p.InitialCategory}/{p.LatestCategory} previous={p.NumberOfPreviousPlans}");
                    foreach (var v in reviews[p.Id])
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\n   review {v.Id} child={v.ChildId} {D(v.ReviewDate)} participated={v.ChildParticipated}");
                    }
                }
            }

            lines.Add(text.ToString());
        }

        return lines;
    }

    private static string D(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
