using System.Text;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.CinCensus;
using static GoldenThread.Core.Tests.Returns.CinCensus.CinCensusSamples;

namespace GoldenThread.Core.Tests.Returns.CinCensus;

/// <summary>A hand-written 2023-24 census using every element, read field by field and written back byte for byte.</summary>
public sealed class CinCensusLayoutTests
{
    /// <summary>In the writer's own layout, so that reading and writing it again must give the same text.</summary>
    private const string Census2023 = """
        <?xml version="1.0" encoding="utf-8"?>
        <Message>
          <Header>
            <CollectionDetails>
              <Collection>CIN</Collection>
              <Year>2024</Year>
              <ReferenceDate>2024-03-31</ReferenceDate>
            </CollectionDetails>
            <Source>
              <SourceLevel>L</SourceLevel>
              <LEA>999</LEA>
              <SoftwareCode>GoldenThread</SoftwareCode>
              <Release>1.0</Release>
              <SerialNo>001</SerialNo>
              <DateTime>2024-03-31T00:00:00</DateTime>
            </Source>
          </Header>
          <Children>
            <Child>
              <ChildIdentifiers>
                <LAchildID>SYN0001</LAchildID>
                <UPN>A999200024001</UPN>
                <FormerUPN>B99920002400X</FormerUPN>
                <PersonBirthDate>2012-02-29</PersonBirthDate>
                <GenderCurrent>1</GenderCurrent>
                <PersonDeathDate>2024-03-01</PersonDeathDate>
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>MWBC</Ethnicity>
                <Disabilities>
                  <Disability>AUT</Disability>
                  <Disability>LD</Disability>
                </Disabilities>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2023-04-03</CINreferralDate>
                <ReferralSource>2A</ReferralSource>
                <PrimaryNeedCode>N1</PrimaryNeedCode>
                <CINclosureDate>2024-03-01</CINclosureDate>
                <ReasonForClosure>RC2</ReasonForClosure>
                <DateOfInitialCPC>2023-04-20</DateOfInitialCPC>
                <Assessments>
                  <AssessmentActualStartDate>2023-04-04</AssessmentActualStartDate>
                  <AssessmentInternalReviewDate>2023-04-14</AssessmentInternalReviewDate>
                  <AssessmentAuthorisationDate>2023-05-30</AssessmentAuthorisationDate>
                  <FactorsIdentifiedAtAssessment>
                    <AssessmentFactors>3A</AssessmentFactors>
                    <AssessmentFactors>4B</AssessmentFactors>
                  </FactorsIdentifiedAtAssessment>
                </Assessments>
                <CINPlanDates>
                  <CINPlanStartDate>2023-06-01</CINPlanStartDate>
                  <CINPlanEndDate>2023-09-01</CINPlanEndDate>
                </CINPlanDates>
                <Section47>
                  <S47ActualStartDate>2023-09-04</S47ActualStartDate>
                  <InitialCPCtarget>2023-09-25</InitialCPCtarget>
                  <DateOfInitialCPC>2023-09-21</DateOfInitialCPC>
                  <ICPCnotRequired>0</ICPCnotRequired>
                </Section47>
                <Section47>
                  <S47ActualStartDate>2023-12-04</S47ActualStartDate>
                  <InitialCPCtarget>2023-12-22</InitialCPCtarget>
                  <ICPCnotRequired>1</ICPCnotRequired>
                </Section47>
                <ReferralNFA>0</ReferralNFA>
                <ChildProtectionPlans>
                  <CPPstartDate>2023-09-21</CPPstartDate>
                  <CPPendDate>2024-03-01</CPPendDate>
                  <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                  <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
                  <NumberOfPreviousCPP>1</NumberOfPreviousCPP>
                  <Reviews>
                    <CPPreviewDate>2023-12-14</CPPreviewDate>
                    <CPPreviewDate>2024-02-28</CPPreviewDate>
                  </Reviews>
                </ChildProtectionPlans>
              </CINdetails>
            </Child>
            <Child>
              <ChildIdentifiers>
                <LAchildID>SYN0002</LAchildID>
                <UPNunknown>UN1</UPNunknown>
                <ExpectedPersonBirthDate>2024-05-20</ExpectedPersonBirthDate>
                <GenderCurrent>0</GenderCurrent>
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>NOBT</Ethnicity>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2024-03-28</CINreferralDate>
                <ReferralSource>3B</ReferralSource>
                <PrimaryNeedCode>N9</PrimaryNeedCode>
                <CINclosureDate>2024-03-28</CINclosureDate>
                <ReasonForClosure>RC8</ReasonForClosure>
                <ReferralNFA>1</ReferralNFA>
              </CINdetails>
            </Child>
            <Child>
              <ChildIdentifiers>
                <LAchildID>SYN0003</LAchildID>
                <PersonBirthDate>2019-11-30</PersonBirthDate>
                <GenderCurrent>2</GenderCurrent>
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>BAFR</Ethnicity>
                <Disabilities>
                  <Disability>NONE</Disability>
                </Disabilities>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2023-10-02</CINreferralDate>
                <ReferralSource>6</ReferralSource>
                <ReferralNFA>0</ReferralNFA>
              </CINdetails>
            </Child>
            <Child>
              <ChildIdentifiers>
                <LAchildID>SYN0004</LAchildID>
                <PersonBirthDate>2010-01-15</PersonBirthDate>
                <GenderCurrent>9</GenderCurrent>
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>WBRI</Ethnicity>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2023-05-15</CINreferralDate>
                <ReferralSource>1C</ReferralSource>
                <PrimaryNeedCode>N4</PrimaryNeedCode>
                <ReferralNFA>0</ReferralNFA>
              </CINdetails>
            </Child>
          </Children>
        </Message>
        """;

    [Fact]
    public void The_2023_24_layout_keeps_gender_current_and_maps_it_to_sex()
    {
        var data = Read(Census2023);

        Assert.Equal(["1", "0", "2", "9"], data.Children.Select(c => c.GenderCurrent));
        Assert.Equal(["M", "U", "F", "U"], data.Children.Select(c => c.Sex));
        Assert.Empty(data.Problems);
    }

    [Fact]
    public void The_2023_24_layout_written_back_gives_the_same_text()
    {
        var data = Read(Census2023);

        var written = Encoding.UTF8.GetString(Write(data, "2023-24"));

        Assert.Equal(Census2023, written);
    }

    [Fact]
    public void Every_element_is_read_into_the_model()
    {
        var data = Read(Census2023);

        Assert.Equal("2023-24", data.CollectionYear);
        Assert.Equal(new DateOnly(2024, 3, 31), data.ReferenceDate);
        Assert.Equal("999", data.LaCode);
        Assert.Equal(
            [
                "child 1 SYN0001 upn=A999200024001 former=B99920002400X unknown= born=2012-02-29 expected=- sex=M gender=1 died=2024-03-01 ethnicity=MWBC disabilities=AUT,LD name="
                + "\n referral 1 child=1 2023-04-03 source=2A need=N1 nfa=False closed=2024-03-01 reason=RC2"
                + "\n  conference 1 child=1 s47= 2023-04-20 plan=False"
                + "\n  conference 2 child=1 s47=1 2023-09-21 plan=True"
                + "\n  assessment 1 child=1 2023-04-04 review=2023-04-14 authorised=2023-05-30 factors=3A,4B seen= worker="
                + "\n  cin-plan 1 child=1 2023-06-01–2023-09-01"
                + "\n  s47 1 child=1 2023-09-04 target=2023-09-25 not-required=False"
                + "\n  s47 2 child=1 2023-12-04 target=2023-12-22 not-required=True"
                + "\n  cp-plan 1 child=1 2023-09-21–2024-03-01 NEG/EMO previous=1"
                + "\n   review 1 child=1 2023-12-14 participated="
                + "\n   review 2 child=1 2024-02-28 participated=",
                "child 2 SYN0002 upn= former= unknown=UN1 born=- expected=2024-05-20 sex=U gender=0 died=- ethnicity=NOBT disabilities= name="
                + "\n referral 2 child=2 2024-03-28 source=3B need=N9 nfa=True closed=2024-03-28 reason=RC8",
                "child 3 SYN0003 upn= former= unknown= born=2019-11-30 expected=- sex=F gender=2 died=- ethnicity=BAFR disabilities=NONE name="
                + "\n referral 3 child=3 2023-10-02 source=6 need= nfa=False closed=- reason=",
                "child 4 SYN0004 upn= former= unknown= born=2010-01-15 expected=- sex=U gender=9 died=- ethnicity=WBRI disabilities= name="
                + "\n referral 4 child=4 2023-05-15 source=1C need=N4 nfa=False closed=- reason=",
            ],
            Project(data));
    }

    [Fact]
    public void Each_record_keeps_the_place_it_was_read_from()
    {
        var data = Read(Census2023, "cin-2023-24.xml");

        string Where(object record) => data.LocationOf(record)?.ToString() ?? "none";

        Assert.Equal("cin-2023-24.xml, line 19, column 5, Message/Children/Child", Where(data.Children[0]));
        Assert.Equal("cin-2023-24.xml, line 35, column 7, Message/Children/Child/CINdetails", Where(data.Referrals[0]));
        Assert.Equal("cin-2023-24.xml, line 41, column 9, Message/Children/Child/CINdetails/DateOfInitialCPC", Where(data.InitialChildProtectionConferences[0]));
        Assert.Equal("cin-2023-24.xml, line 42, column 9, Message/Children/Child/CINdetails/Assessments", Where(data.Assessments[0]));
        Assert.Equal("cin-2023-24.xml, line 51, column 9, Message/Children/Child/CINdetails/CINPlanDates", Where(data.ChildInNeedPlans[0]));
        Assert.Equal("cin-2023-24.xml, line 55, column 9, Message/Children/Child/CINdetails/Section47", Where(data.Section47Enquiries[0]));
        Assert.Equal("cin-2023-24.xml, line 58, column 11, Message/Children/Child/CINdetails/Section47/DateOfInitialCPC", Where(data.InitialChildProtectionConferences[1]));
        Assert.Equal("cin-2023-24.xml, line 67, column 9, Message/Children/Child/CINdetails/ChildProtectionPlans", Where(data.ChildProtectionPlans[0]));
        Assert.Equal("cin-2023-24.xml, line 74, column 13, Message/Children/Child/CINdetails/ChildProtectionPlans/Reviews/CPPreviewDate", Where(data.ChildProtectionReviews[0]));
        Assert.Equal(data.RecordCount, data.Locations.Count);
    }

    [Fact]
    public void A_2024_25_file_read_as_2023_24_keeps_sex_and_reports_the_layout_and_the_year()
    {
        var data = Read(OneChild, collectionYear: "2023-24");

        Assert.Equal("2023-24", data.CollectionYear);
        Assert.Equal(new DateOnly(2024, 3, 31), data.ReferenceDate);
        Assert.Equal("F", data.Children[0].Sex);
        Assert.Null(data.Children[0].GenderCurrent);
        Assert.Equal(
            [
                "children.xml, line 3, column 3, Message/Header: the header gives the collection year 2024-25; read as 2023-24 as asked",
                "children.xml, line 18, column 9, Message/Children/Child/ChildIdentifiers/Sex: Sex belongs to the layout from 2024-25; a 2023-24 return carries GenderCurrent (kept as Sex)",
            ],
            data.Problems.Select(p => $"{p.Location}: {p.Message}"));
    }

    [Fact]
    public void Gender_current_in_a_2024_25_file_is_read_as_sex_and_reported()
    {
        var data = Read(OneChild.Replace("<Sex>F</Sex>", "<GenderCurrent>2</GenderCurrent>", StringComparison.Ordinal));

        Assert.Equal("F", data.Children[0].Sex);
        Assert.Equal("2", data.Children[0].GenderCurrent);
        var problem = Assert.Single(data.Problems);
        Assert.Equal("GenderCurrent belongs to the 2023-24 layout; a 2024-25 return carries Sex (read as Sex 'F')", problem.Message);
    }

    [Fact]
    public void Written_2024_25_carries_sex_where_the_record_has_only_gender_current()
    {
        var data = Read(Census2023);

        var written = Encoding.UTF8.GetString(Write(data, "2024-25"));

        Assert.Equal(4, written.Split("<Sex>").Length - 1);
        Assert.Contains("<Sex>M</Sex>", written, StringComparison.Ordinal);
        Assert.DoesNotContain("GenderCurrent", written, StringComparison.Ordinal);
        Assert.Contains("<Year>2025</Year>", written, StringComparison.Ordinal);
    }

    [Fact]
    public void The_writer_refuses_an_authority_code_that_is_not_three_digits()
    {
        var error = Assert.Throws<ArgumentException>(() => CinCensusWriter.Write(new ChildLevelDataset { Collection = "cin" }, new MemoryStream(), "2024-25", "99"));

        Assert.Equal("'99' is not a three-digit local authority code. (Parameter 'laCode')", error.Message);
    }

    [Fact]
    public void The_writer_refuses_a_collection_year_in_another_form()
    {
        var error = Assert.Throws<ArgumentException>(() => CinCensusWriter.Write(new ChildLevelDataset { Collection = "cin" }, new MemoryStream(), "2024/25", "999"));

        Assert.Equal("'2024/25' is not a collection year such as 2024-25. (Parameter 'collectionYear')", error.Message);
    }
}
