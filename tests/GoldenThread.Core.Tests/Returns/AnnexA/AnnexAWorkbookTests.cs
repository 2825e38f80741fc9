using System.Globalization;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.AnnexA;

namespace GoldenThread.Core.Tests.Returns.AnnexA;

public sealed class AnnexAWorkbookTests
{
    private static readonly DateOnly _asAt = new(2025, 9, 30);

    /// <summary>Columns worked out from records the lists do not carry: not expected to survive a round trip.</summary>
    private static readonly HashSet<string> _derived = new(StringComparer.Ordinal)
    {
        "Number of Referrals in Last 12 Months", "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months", "Case Status",
        "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
        "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)", "Number of Placements in the Last 12 months",
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months", "Suitability of Accommodation", "Date the Child Entered Care",
    };

    private static readonly Lazy<byte[]> _demoWorkbook = new(() => Write(DemoReturns.All, _asAt));

    [Fact]
    public void The_demo_workbook_has_eleven_lists_each_with_rows()
    {
        var sheets = Workbooks.Cells(_demoWorkbook.Value);

        Assert.Equal(AnnexALists.All.Select(l => l.SheetName), sheets.Select(s => s.Sheet));
        Assert.Equal(AnnexALists.All.Select(l => l.Columns.Select(c => c.Name).ToArray()), sheets.Select(s => s.Rows[0].Select(v => (string)v!).ToArray()));
        Assert.All(sheets.Take(10), s => Assert.True(s.Rows.Count > 1, s.Sheet));
        Assert.Single(sheets[10].Rows);
    }

    [Fact]
    public void Contacts_are_those_of_the_six_months_up_to_the_as_at_date()
    {
        var contacts = Workbooks.Cells(_demoWorkbook.Value)[0].Rows.Skip(1).Select(r => DateOnly.FromDateTime((DateTime)r[5]!)).ToList();
        var expected = DemoReturns.All.Contacts.Count(c => c.ContactDate >= new DateOnly(2025, 3, 30) && c.ContactDate <= _asAt);

        Assert.Equal(expected, contacts.Count);
        Assert.All(contacts, d => Assert.InRange(d, new DateOnly(2025, 3, 30), _asAt));
    }

    [Fact]
    public void Written_then_read_the_lists_come_back_the_same()
    {
        var read = Read(_demoWorkbook.Value);

        Assert.Equal(_asAt, read.ReferenceDate);
        Assert.Equal(Workbooks.AsText(_demoWorkbook.Value, _derived), Workbooks.AsText(Write(read, _asAt), _derived));
        Assert.DoesNotContain(read.Problems, p => !p.Message.StartsWith("child ", StringComparison.Ordinal));
    }

    [Fact]
    public void Varied_sheet_names_headers_and_text_dates_read_the_same()
    {
        var sheets = Workbooks.Cells(_demoWorkbook.Value);
        var names = new[] { "Contacts", "List 2", "list 3 – referrals", "LIST4", "Section 47", "CIN", "List 7 Child Protection", "CLA", "Care Leavers", "Adoption", "Adopters" };
        var renamed = sheets.Select((s, i) =>
        {
            var header = s.Rows[0].Select(h => Vary((string)h!)).ToArray<object?>();
            var rows = s.Rows.Skip(1).Select(r => r.Select(v => v is DateTime d && i % 2 == 0 ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : v).ToArray());
            return (names[i], new List<object?[]> { header }.Concat(rows).ToList());
        }).Reverse().ToList();

        var varied = Read(Workbooks.Build(renamed));
        var canonical = Read(_demoWorkbook.Value);

        Assert.Equal(DemoReturns.Describe(canonical), DemoReturns.Describe(varied));
    }

    [Fact]
    public void Text_that_would_run_as_a_formula_is_neutralised_and_read_back_as_it_was()
    {
        var dataset = OneContact("=HYPERLINK(\"http://example.invalid\",\"x\")");
        dataset.Children[0].Ethnicity = "@SUM(A1)";

        var bytes = Write(dataset, _asAt);
        var contact = Workbooks.Cells(bytes)[0].Rows[1];
        var read = Read(bytes);

        Assert.Equal(["C1", "a) Male", "'@SUM(A1)"], contact[..3]);
        Assert.Equal("'=HYPERLINK(\"http://example.invalid\",\"x\")", contact[6]);
        Assert.Equal("=HYPERLINK(\"http://example.invalid\",\"x\")", Assert.Single(read.Contacts).Source);
        Assert.Equal("@SUM(A1)", read.Children[0].Ethnicity);
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+44 1234", "'+44 1234")]
    [InlineData("-2", "'-2")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Neutralise_guards_only_formula_starts(string text, string expected) =>
        Assert.Equal(expected, AnnexAWorkbookWriter.Neutralise(text));

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused() =>
        AssertFails("annex-a.xlsx: not an Excel workbook (.xlsx): the file is not a zip package", "Child Unique ID,Gender\nC1,M\n"u8.ToArray());

    [Fact]
    public void A_missing_list_is_refused()
    {
        var sheets = Workbooks.Cells(Write(OneContact("6"), _asAt)).Where(s => !s.Sheet.StartsWith("List 7 ", StringComparison.Ordinal));

        AssertFails(
            "annex-a.xlsx: no sheet for list 7 (Child protection): expected a sheet named like 'List 7', 'List 7 - Child protection' or 'Child protection'",
            Workbooks.Build(sheets));
    }

    [Fact]
    public void A_header_without_a_required_column_is_refused()
    {
        var sheets = Workbooks.Cells(Write(OneContact("6"), _asAt));
        sheets[0].Rows[0][5] = "Contact date (old)";

        AssertFails(
            "annex-a.xlsx, sheet 'List 1 - Contacts', row 1, column 'Date of Contact': missing from the header of list 1 (Contacts)",
            Workbooks.Build(sheets));
    }

    [Fact]
    public void An_impossible_text_date_is_refused()
    {
        var sheets = Workbooks.Cells(Write(OneContact("6"), _asAt));
        sheets[0].Rows[1][5] = "31/02/2025";

        AssertFails(
            "annex-a.xlsx, sheet 'List 1 - Contacts', row 2, column 'Date of Contact': '31/02/2025' is not a real date (expected dd/mm/yyyy)",
            Workbooks.Build(sheets));
    }

    [Fact]
    public void Adopters_are_counted_not_kept()
    {
        var sheets = Workbooks.Cells(Write(OneContact("6"), _asAt));
        sheets[10].Rows.Add(["AD1", null, "b) Female", "a) White", "False", "False", new DateTime(2025, 5, 1), null, null, null, null, null, null, null, null, null, null, null, null]);

        var read = Read(Workbooks.Build(sheets));

        Assert.Equal(
            "annex-a.xlsx, sheet 'List 11 - Adopters': list 11 holds 1 prospective adopters; GoldenThread keeps no adopter records, so they are counted, not kept",
            string.Join("; ", read.Problems.Select(p => $"{p.Location}: {p.Message}")));
    }

    private static ChildLevelDataset OneContact(string source)
    {
        var dataset = new ChildLevelDataset { Collection = ReturnCollections.AnnexA };
        dataset.Children.Add(new Child { Id = 1, LaChildId = "C1", Sex = "M", Ethnicity = "WBRI", BirthDate = new DateOnly(2015, 1, 2) });
        dataset.Contacts.Add(new Contact { Id = 1, ChildId = 1, ContactDate = new DateOnly(2025, 8, 1), Source = source });
        return dataset;
    }

    /// <summary>A header as another council might spell it: synonyms, other case, other spacing and punctuation.</summary>
    private static string Vary(string header) => header switch
    {
        AnnexALists.ChildId => "Child ID",
        AnnexALists.Gender => "Sex",
        AnnexALists.BirthDate => "DOB",
        AnnexALists.Worker => "Allocated worker:",
        _ => header.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal).Replace("(", string.Empty, StringComparison.Ordinal),
    };

    private static byte[] Write(ChildLevelDataset dataset, DateOnly asAt)
    {
        using var stream = new MemoryStream();
        AnnexAWorkbookWriter.Write(dataset, asAt, stream);
        return stream.ToArray();
    }

    private static ChildLevelDataset Read(byte[] bytes) => AnnexAWorkbookReader.Read(new MemoryStream(bytes), "annex-a.xlsx", _asAt);

    private static void AssertFails(string message, byte[] bytes)
    {
        var exception = Assert.Throws<ReturnFormatException>(() => Read(bytes));
        Assert.Equal(message, exception.Message);
    }
}
