using System.Globalization;
using System.Text;
using System.Xml;
using GoldenThread.Core.Validation;

namespace GoldenThread.Core.Returns.CinCensus;

/// <summary>
/// Writes a dataset as a CIN census XML return in the layout of a collection year (2023-24 with GenderCurrent; 2024-25 and
/// 2025-26 with Sex), elements in the schema's order, streamed with <see cref="XmlWriter"/>. The output is deterministic: the
/// header's DateTime is the reference date, so the same data always gives the same bytes.
/// </summary>
/// <remarks>
/// The writer is faithful to the data: a code is written as held (an unknown code stays for the DfE validator to report) and
/// an element the schema requires is left out when the data has no value for it, rather than invented. Complete data with
/// the census's codes gives a file valid against the year's schema.
/// </remarks>
public static class CinCensusWriter
{
    public const string SoftwareCode = "GoldenThread";

    public const string Release = "1.0";

    public const string SerialNo = "001";

    public static void Write(ChildLevelDataset data, Stream output, string collectionYear, string laCode)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        var startYear = CinCensusCodes.StartYear(collectionYear, nameof(collectionYear));
        if (laCode is not { Length: 3 } || !laCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"'{laCode}' is not a three-digit local authority code.", nameof(laCode));
        }

        var tree = CinCensusTree.Build(data);
        var referenceDate = CollectionYears.ReferenceDate(collectionYear);
        var usesGenderCurrent = CinCensusCodes.UsesGenderCurrent(startYear);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        };
        using var writer = XmlWriter.Create(output, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("Message");
        WriteHeader(writer, referenceDate, laCode);
        writer.WriteStartElement("Children");
        foreach (var child in tree)
        {
            WriteChild(writer, child, usesGenderCurrent);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteHeader(XmlWriter writer, DateOnly referenceDate, string laCode)
    {
        writer.WriteStartElement("Header");
        writer.WriteStartElement("CollectionDetails");
        writer.WriteElementString("Collection", "CIN");
        writer.WriteElementString("Year", referenceDate.Year.ToString(CultureInfo.InvariantCulture));
        WriteDate(writer, "ReferenceDate", referenceDate);
        writer.WriteEndElement();
        writer.WriteStartElement("Source");
        writer.WriteElementString("SourceLevel", "L");
        writer.WriteElementString("LEA", laCode);
        writer.WriteElementString("SoftwareCode", SoftwareCode);
        writer.WriteElementString("Release", Release);
        writer.WriteElementString("SerialNo", SerialNo);
        writer.WriteElementString("DateTime", referenceDate.ToString("yyyy-MM-dd'T00:00:00'", CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteChild(XmlWriter writer, CensusChild node, bool usesGenderCurrent)
    {
        var child = node.Child;
        writer.WriteStartElement("Child");
        writer.WriteStartElement("ChildIdentifiers");
        WriteText(writer, "LAchildID", child.LaChildId);
        WriteText(writer, "UPN", child.Upn);
        WriteText(writer, "FormerUPN", child.FormerUpn);
        WriteText(writer, "UPNunknown", child.UpnUnknownReason);
        WriteDate(writer, "PersonBirthDate", child.BirthDate);
        WriteDate(writer, "ExpectedPersonBirthDate", child.ExpectedBirthDate);
        if (usesGenderCurrent)
        {
            WriteText(writer, "GenderCurrent", child.GenderCurrent ?? CinCensusCodes.GenderCurrentFromSex(child.Sex));
        }
        else
        {
            WriteText(writer, "Sex", child.Sex ?? CinCensusCodes.SexFromGenderCurrent(child.GenderCurrent));
        }

        WriteDate(writer, "PersonDeathDate", child.DeathDate);
        writer.WriteEndElement();

        writer.WriteStartElement("ChildCharacteristics");
        WriteText(writer, "Ethnicity", child.Ethnicity);
        if (child.Disabilities.Count > 0)
        {
            writer.WriteStartElement("Disabilities");
            foreach (var disability in child.Disabilities)
            {
                WriteText(writer, "Disability", disability);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();

        foreach (var episode in node.Episodes)
        {
            WriteEpisode(writer, episode);
        }

        writer.WriteEndElement();
    }

    private static void WriteEpisode(XmlWriter writer, CensusEpisode episode)
    {
        var referral = episode.Referral;
        writer.WriteStartElement("CINdetails");
        WriteDate(writer, "CINreferralDate", referral.ReferralDate);
        WriteText(writer, "ReferralSource", referral.Source);
        WriteText(writer, "PrimaryNeedCode", referral.PrimaryNeedCode);
        WriteDate(writer, "CINclosureDate", referral.ClosureDate);
        WriteText(writer, "ReasonForClosure", referral.ClosureReason);
        WriteDate(writer, "DateOfInitialCPC", episode.Conference?.ConferenceDate);
        foreach (var assessment in episode.Assessments)
        {
            writer.WriteStartElement("Assessments");
            WriteDate(writer, "AssessmentActualStartDate", assessment.StartDate);
            WriteDate(writer, "AssessmentInternalReviewDate", assessment.InternalReviewDate);
            WriteDate(writer, "AssessmentAuthorisationDate", assessment.AuthorisationDate);
            if (assessment.Factors.Count > 0)
            {
                writer.WriteStartElement("FactorsIdentifiedAtAssessment");
                foreach (var factor in assessment.Factors)
                {
                    WriteText(writer, "AssessmentFactors", factor);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        foreach (var plan in episode.ChildInNeedPlans)
        {
            writer.WriteStartElement("CINPlanDates");
            WriteDate(writer, "CINPlanStartDate", plan.StartDate);
            WriteDate(writer, "CINPlanEndDate", plan.EndDate);
            writer.WriteEndElement();
        }

        foreach (var enquiry in episode.Enquiries)
        {
            writer.WriteStartElement("Section47");
            WriteDate(writer, "S47ActualStartDate", enquiry.Enquiry.StartDate);
            WriteDate(writer, "InitialCPCtarget", enquiry.Enquiry.InitialConferenceTargetDate);
            WriteDate(writer, "DateOfInitialCPC", enquiry.Conference?.ConferenceDate);
            WriteFlag(writer, "ICPCnotRequired", enquiry.Enquiry.ConferenceNotRequired);
            writer.WriteEndElement();
        }

        WriteFlag(writer, "ReferralNFA", referral.IsNoFurtherAction);
        foreach (var node in episode.ProtectionPlans)
        {
            var plan = node.Plan;
            writer.WriteStartElement("ChildProtectionPlans");
            WriteDate(writer, "CPPstartDate", plan.StartDate);
            WriteDate(writer, "CPPendDate", plan.EndDate);
            WriteText(writer, "InitialCategoryOfAbuse", plan.InitialCategory);
            WriteText(writer, "LatestCategoryOfAbuse", plan.LatestCategory);
            WriteText(writer, "NumberOfPreviousCPP", plan.NumberOfPreviousPlans?.ToString(CultureInfo.InvariantCulture));
            if (node.Reviews.Count > 0)
            {
                writer.WriteStartElement("Reviews");
                foreach (var review in node.Reviews)
                {
                    WriteDate(writer, "CPPreviewDate", review.ReviewDate);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteText(XmlWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteElementString(name, value);
        }
    }

    /// <summary>Writes a date as yyyy-mm-dd; <see cref="DateOnly.MinValue"/> stands for a required date the source did not give, and is left out.</summary>
    private static void WriteDate(XmlWriter writer, string name, DateOnly? value)
    {
        if (value is { } date && date != DateOnly.MinValue)
        {
            writer.WriteElementString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private static void WriteFlag(XmlWriter writer, string name, bool value) => writer.WriteElementString(name, value ? "1" : "0");
}
