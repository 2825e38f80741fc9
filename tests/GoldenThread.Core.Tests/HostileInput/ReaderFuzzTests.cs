using System.Text;
using CsCheck;
using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Tests.HostileInput;

/// <summary>
/// Property-based fuzzing of the return readers: valid-ish CIN census XML and SSDA903 CSV, mutated by dropping,
/// duplicating and garbling fields and bytes. Whatever comes in, a reader either reads it or throws
/// <see cref="ReturnFormatException"/> naming the file (never another exception), and every file is read in well under a
/// second. Bounded by time so the suite stays fast.
/// </summary>
public sealed class ReaderFuzzTests
{
    private static readonly TimeSpan MostPerFile = TimeSpan.FromSeconds(5);

    private static readonly string[] CinChildFields =
    [
        "<LAchildID>{0}</LAchildID>", "<UPN>A123456789012</UPN>", "<PersonBirthDate>{1}</PersonBirthDate>", "<Sex>{2}</Sex>",
    ];

    private static readonly Gen<string> Date = Gen.OneOf(
        Gen.Date[new DateTime(1990, 1, 1), new DateTime(2030, 1, 1)].Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf("2024-02-30", "0001-01-01", "9999-12-31", "31/03/2024", "", "2024-13-01", "yesterday"));

    private static readonly Gen<string> Identifier = Gen.OneOf(
        Gen.String[Gen.Char.AlphaNumeric, 1, 12],
        Gen.OneOf("=1+2", "@SUM(A1)", "-x", "+x", "&amp;", "<![CDATA[x]]>", new string('C', 101)));

    /// <summary>A CIN census of 1–4 children with random values, some impossible.</summary>
    private static readonly Gen<string> CinCensus =
        Gen.Select(Identifier, Date, Gen.OneOf("M", "F", "U", "X", ""), Date, Date, (id, birth, sex, referral, closure) => (id, birth, sex, referral, closure)).Array[1, 4].Select(children =>
        {
            var text = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails>
                <Source><SourceLevel>L</SourceLevel><LEA>211</LEA><SoftwareCode>x</SoftwareCode><Release>1</Release><SerialNo>1</SerialNo><DateTime>2025-03-31T00:00:00</DateTime></Source></Header><Children>
                """);
            foreach (var (id, birth, sex, referral, closure) in children)
            {
                text.Append("<Child><ChildIdentifiers>");
                foreach (var field in CinChildFields)
                {
                    text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, field, id, birth, sex));
                }

                text.Append("</ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>");
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"<CINdetails><CINreferralDate>{referral}</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>{closure}</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><Assessments><AssessmentActualStartDate>{referral}</AssessmentActualStartDate></Assessments></CINdetails></Child>");
            }

            return text.Append("</Children></Message>\n").ToString();
        });

    /// <summary>An SSDA903 header table of 1–6 rows with random values, some impossible.</summary>
    private static readonly Gen<string> Ssda903Header =
        Gen.Select(Identifier, Gen.OneOf("1", "2", "3", ""), Gen.OneOf(Date, Gen.Date[new DateTime(2000, 1, 1), new DateTime(2024, 1, 1)].Select(d => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))), Gen.OneOf("WBRI", "=1", "", "\"WB,RI\""), (id, sex, birth, ethnic) => $"{id},{sex},{birth},{ethnic},,,\r\n")
            .Array[1, 6].Select(rows => "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n" + string.Concat(rows));

    /// <summary>Mutations of a file's bytes: cut, drop a range, duplicate a range, overwrite bytes with garbage.</summary>
    private static Gen<byte[]> Mutated(Gen<string> files) =>
        Gen.Select(files, Gen.Int[0, 4], Gen.Double.Unit, Gen.Double.Unit, Gen.Byte.Array[1, 16]).Select((text, kind, a, b, garbage) =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var start = (int)(a * bytes.Length);
            var length = (int)(b * (bytes.Length - start));
            return kind switch
            {
                0 => bytes,
                1 => bytes[..start],
                2 => [.. bytes[..start], .. bytes[(start + length)..]],
                3 => [.. bytes[..(start + length)], .. bytes[start..]],
                _ => [.. bytes[..start], .. garbage, .. bytes[Math.Min(bytes.Length, start + garbage.Length)..]],
            };
        });

    [Fact]
    public void Mutated_cin_census_files_are_read_or_refused_with_a_return_format_error()
    {
        var outcomes = new Outcomes();
        Mutated(CinCensus).Sample(bytes => outcomes.Add(Read("census.xml", bytes)), iter: 100_000, time: 10, threads: 1);
        Assert.True(outcomes.Read > 0 && outcomes.Refused > 0, outcomes.ToString());
    }

    [Fact]
    public void Mutated_ssda903_tables_are_read_or_refused_with_a_return_format_error()
    {
        var outcomes = new Outcomes();
        Mutated(Ssda903Header).Sample(bytes => outcomes.Add(Read("header.csv", bytes)), iter: 100_000, time: 10, threads: 1);
        Assert.True(outcomes.Read > 0 && outcomes.Refused > 0, outcomes.ToString());
    }

    /// <summary>
    /// Reads one file: true when read, false when refused with a <see cref="ReturnFormatException"/> naming it. Any other
    /// exception, or a read slower than <see cref="MostPerFile"/>, fails the property (CsCheck then shrinks the input).
    /// </summary>
    private static bool Read(string name, byte[] bytes)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            ReturnReader.Read([ReturnFile.FromBytes(name, bytes)], collectionYear: "2024-25");
            return true;
        }
        catch (ReturnFormatException exception) when (exception.Location.File == name && exception.Message.StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }
        finally
        {
            if (clock.Elapsed > MostPerFile)
            {
                throw new TimeoutException($"{name} took {clock.Elapsed.TotalSeconds:F1} s to read");
            }
        }
    }

    private sealed class Outcomes
    {
        public int Read { get; private set; }

        public int Refused { get; private set; }

        public void Add(bool read)
        {
            if (read)
            {
                Read++;
            }
            else
            {
                Refused++;
            }
        }

        public override string ToString() => $"{Read} read, {Refused} refused";
    }
}
