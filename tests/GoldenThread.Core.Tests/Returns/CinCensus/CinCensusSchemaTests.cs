using System.Xml;
using System.Xml.Schema;
using GoldenThread.Core.Returns.CinCensus;
using static GoldenThread.Core.Tests.Returns.CinCensus.CinCensusSamples;

namespace GoldenThread.Core.Tests.Returns.CinCensus;

public sealed class CinCensusSchemaTests
{
    [Theory]
    [InlineData("2023-24")]
    [InlineData("2024-25")]
    [InlineData("2025-26")]
    public void Written_census_is_valid_against_the_years_schema(string year)
    {
        var written = Write(CinCensusExtract.For(DemoRecords, year), year);

        var findings = Validate(written, year);

        Assert.Empty(findings);
    }

    [Fact]
    public void The_validator_rejects_a_2024_25_file_against_the_2023_24_schema()
    {
        var extract = CinCensusExtract.For(DemoRecords, "2024-25");
        var written = Write(extract, "2024-25");

        var findings = Validate(written, "2023-24");

        // One finding per child: Sex where the 2023-24 schema expects GenderCurrent.
        Assert.Equal(extract.Children.Count, findings.Count);
        Assert.All(findings, f => Assert.Contains("invalid child element 'Sex'", f, StringComparison.Ordinal));
    }

    /// <summary>Every error and warning the schema validator reports for the file.</summary>
    private static List<string> Validate(byte[] xml, string year)
    {
        var schemas = new XmlSchemaSet();
        using (var xsd = XmlReader.Create(Path.Combine(RepositoryPaths.SharedReference, "cin-census", $"cin-census-{year}.xsd")))
        {
            schemas.Add(null, xsd);
        }

        schemas.Compile();
        var findings = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) => findings.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return findings;
    }
}
