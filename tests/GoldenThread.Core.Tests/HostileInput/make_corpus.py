#!/usr/bin/env python3
"""Writes the checked-in hostile-input corpus (small files) from three valid synthetic returns.

Usage: make_corpus.py BASELINE_DIR CORPUS_DIR
BASELINE_DIR holds cin.xml, 903/ssda903_2024-25_header.csv, 903/ssda903_2024-25_episodes.csv, 903/ssda903_2024-25.xml and
annexa.xlsx, written by `goldenthread demo --children 40 --years 2 --today 2025-03-31` then `goldenthread export cin|903|annex-a`.
The files are deterministic (seeded garbage, fixed zip timestamps). Huge files are not here: HostileCorpus.cs in
GoldenThread.Testing generates them at test time.
"""
import io
import os
import random
import re
import sys
import zipfile

base, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
for name in os.listdir(out):
    if name != "corpus.json":
        os.remove(os.path.join(out, name))


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def read(path):
    with open(os.path.join(base, path), "rb") as f:
        return f.read()


# ---------------------------------------------------------------- CIN census XML: the header and two children
cin_full = read("cin.xml").decode("utf-8")
second = [m.end() for m in re.finditer("</Child>", cin_full)][1]
cin = cin_full[:second] + "\n  </Children>\n</Message>\n"
decl = '<?xml version="1.0" encoding="utf-8"?>\n'
body = cin[len(decl):]
first_id = re.search("<LAchildID>([^<]*)</LAchildID>", cin).group(1)


def cin_with(old, new, count=1):
    assert old in cin, old
    return cin.replace(old, new, count)


def cin_id(value):
    return cin_with(f"<LAchildID>{first_id}</LAchildID>", f"<LAchildID>{value}</LAchildID>")


write("cin-empty.xml", b"")
write("cin-whitespace-only.xml", "  \n\t\n   \n")
write("cin-bom-only.xml", b"\xef\xbb\xbf")
write("cin-truncated-in-header.xml", cin[: cin.index("<SoftwareCode>") + 6])
child_mid = cin.index("<PrimaryNeedCode>")
write("cin-truncated-in-child.xml", cin[:child_mid])
write("cin-truncated-in-tag.xml", cin[: cin.index("<ReasonForClosure>") + 8])
write("cin-truncated-before-end.xml", cin[: cin.rindex("</Message>")])
write("cin-truncated-in-value.xml", cin[: cin.index("<CINreferralDate>") + len("<CINreferralDate>") + 5])
write("cin-utf16le-no-bom.xml", cin.encode("utf-16-le"))
write("cin-utf16be-no-bom.xml", cin.encode("utf-16-be"))
write("cin-utf16-bom-but-utf8-declared.xml", cin.encode("utf-16"))
write("cin-latin1-bytes.xml", cin_id("DEMO\u00e9").encode("latin-1"))
write("cin-invalid-utf8-overlong.xml", cin_id("XX").encode().replace(b"<LAchildID>XX", b"<LAchildID>\xc0\xaf"))
write("cin-invalid-utf8-lone-continuation.xml", cin_id("XX").encode().replace(b"<LAchildID>XX", b"<LAchildID>\x80\x80"))
write("cin-invalid-utf8-cut-sequence.xml", cin_id("XX").encode().replace(b"<LAchildID>XX", b"<LAchildID>\xe2\x82"))
write("cin-raw-nul-byte.xml", cin_id("XX").encode().replace(b"<LAchildID>XX", b"<LAchildID>A\x00B"))
write("cin-nul-character-reference.xml", cin_id("A&#0;B"))
write("cin-control-character-reference.xml", cin_id("A&#x1;B"))
write("cin-surrogate-character-reference.xml", cin_id("A&#xD800;B"))
write("cin-undeclared-entity.xml", cin_id("&secret;"))
write("cin-billion-laughs.xml", decl + """<!DOCTYPE Message [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
""" + body.replace(f"<LAchildID>{first_id}</LAchildID>", "<LAchildID>&lol9;</LAchildID>"))
write("cin-external-entity-file.xml", decl + '<!DOCTYPE Message [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
      + body.replace(f"<LAchildID>{first_id}</LAchildID>", "<LAchildID>&xxe;</LAchildID>"))
write("cin-external-entity-http.xml", decl + '<!DOCTYPE Message [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/leak">]>\n'
      + body.replace(f"<LAchildID>{first_id}</LAchildID>", "<LAchildID>&xxe;</LAchildID>"))
write("cin-parameter-entity.xml", decl + '<!DOCTYPE Message [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>\n' + body)
write("cin-external-dtd.xml", decl + '<!DOCTYPE Message SYSTEM "file:///etc/passwd">\n' + body)
write("cin-empty-dtd.xml", decl + "<!DOCTYPE Message []>\n" + body)
write("cin-dtd-after-comment.xml", decl + "<!-- census -->\n<!DOCTYPE Message [<!ENTITY a \"b\">]>\n" + body)
write("cin-xinclude.xml", cin_with("<ChildIdentifiers>", '<ChildIdentifiers><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>'))
write("cin-undefined-prefix.xml", cin_with("<ChildIdentifiers>", "<ChildIdentifiers><x:Note>hello</x:Note>"))
write("cin-mismatched-tags.xml", cin_with("</UPN>", "</PersonBirthDate>"))
write("cin-duplicate-attribute.xml", cin_with("<Children>", '<Children a="1" a="2">'))
write("cin-unclosed-comment.xml", cin_with("<Children>", "<Children><!-- never closed"))
write("cin-two-roots.xml", cin + "<Message></Message>\n")
write("cin-text-after-root.xml", cin + "trailing text\n")
write("cin-garbage-after-root.xml", cin.encode() + bytes(random.Random(7).randrange(256) for _ in range(256)))
write("cin-wrong-root.xml", cin.replace("<Message>", "<Census>").replace("</Message>", "</Census>"))
write("cin-wrong-collection.xml", cin_with("<Collection>CIN</Collection>", "<Collection>SSDA903</Collection>"))
write("cin-no-children.xml", cin[: cin.index("<Children>")] + "</Message>\n")
write("cin-unknown-elements.xml", cin_with("<ChildCharacteristics>", "<FavouriteColour>blue</FavouriteColour><ChildCharacteristics>"))
write("cin-lea-not-digits.xml", cin_with("<LEA>211</LEA>", "<LEA>=1+1</LEA>"))
write("cin-year-not-year.xml", cin_with("<Year>2025</Year>", "<Year>twenty</Year>"))
birth = re.search("<PersonBirthDate>([^<]*)</PersonBirthDate>", cin).group(1)
write("cin-date-31-february.xml", cin_with(f"<PersonBirthDate>{birth}</PersonBirthDate>", "<PersonBirthDate>2019-02-31</PersonBirthDate>"))
write("cin-date-29-february-2023.xml", cin_with(f"<PersonBirthDate>{birth}</PersonBirthDate>", "<PersonBirthDate>2023-02-29</PersonBirthDate>"))
write("cin-date-year-0001.xml", cin_with(f"<PersonBirthDate>{birth}</PersonBirthDate>", "<PersonBirthDate>0001-01-01</PersonBirthDate>"))
write("cin-date-year-9999.xml", cin_with(f"<PersonBirthDate>{birth}</PersonBirthDate>", "<PersonBirthDate>9999-12-31</PersonBirthDate>"))
write("cin-date-month-13.xml", cin_with(f"<PersonBirthDate>{birth}</PersonBirthDate>", "<PersonBirthDate>2019-13-01</PersonBirthDate>"))
write("cin-date-english-format.xml", cin_with(f"<PersonBirthDate>{birth}</PersonBirthDate>", "<PersonBirthDate>31/03/2019</PersonBirthDate>"))
write("cin-date-with-time.xml", cin_with(f"<PersonBirthDate>{birth}</PersonBirthDate>", "<PersonBirthDate>2019-03-31T00:00:00</PersonBirthDate>"))
write("cin-lachildid-101-characters.xml", cin_id("C" * 101))
write("cin-lachildid-5000-characters.xml", cin_id("C" * 5000))
for prefix, label in [("=", "equals"), ("+", "plus"), ("-", "minus"), ("@", "at"), ("&#9;=", "tab"), ("&#13;=", "cr")]:
    write(f"cin-formula-lachildid-{label}.xml", cin_id(prefix + "HYPERLINK(\"http://example.invalid/\",\"open\")"))
cin_prefixes = [("=", "equals"), ("+", "plus"), ("-", "minus"), ("@", "at"), ("&#9;=", "tab"), ("&#13;=", "cr")]
for element, short in [("UPN", "upn"), ("Ethnicity", "ethnicity"), ("ReferralSource", "source"), ("PrimaryNeedCode", "need"), ("ReasonForClosure", "closure")]:
    for prefix, label in cin_prefixes:
        write(f"cin-formula-{short}-{label}.xml", re.sub(f"<{element}>[^<]*</{element}>", f"<{element}>{prefix}1+2</{element}>", cin, count=1))
write("cin-flag-not-a-flag.xml", re.sub("<Sex>[^<]*</Sex>", "<Sex>M</Sex>", cin, count=1).replace("<ReferralSource>", "<ReferralNFA>maybe</ReferralNFA><ReferralSource>", 1))

# ---------------------------------------------------------------- SSDA903 CSV: the header and episodes tables
header = read("903/ssda903_2024-25_header.csv").decode("utf-8")
episodes = read("903/ssda903_2024-25_episodes.csv").decode("utf-8")
hlines = header.strip("\r\n").split("\r\n") if "\r\n" in header else header.strip("\n").split("\n")
elines = episodes.strip("\r\n").split("\r\n") if "\r\n" in episodes else episodes.strip("\n").split("\n")
crlf = "\r\n"


def table(lines):
    return crlf.join(lines) + crlf


def with_field(lines, column, value, row=1):
    cols = lines[0].split(",")
    i = cols.index(column)
    result = list(lines)
    fields = result[row].split(",")
    fields[i] = value
    result[row] = ",".join(fields)
    return table(result)


write("903-empty.csv", b"")
write("903-blank-lines-only.csv", "\r\n\r\n\r\n")
write("903-wrong-columns.csv", "CHILD,FAVOURITE_COLOUR,SHOE_SIZE\r\nC1,blue,5\r\n")
write("903-missing-column.csv", table([",".join(c for c in hlines[0].split(",") if c != "ETHNIC")] + [",".join(f for j, f in enumerate(l.split(",")) if j != 3) for l in hlines[1:]]))
write("903-extra-column.csv", table([hlines[0] + ",NICKNAME"] + [l + ",x" for l in hlines[1:]]))
write("903-duplicate-column.csv", table([hlines[0] + ",UPN"] + [l + ",x" for l in hlines[1:]]))
write("903-row-too-many-fields.csv", table(hlines[:2] + [hlines[2] + ",extra,extra"] + hlines[3:]))
write("903-row-too-few-fields.csv", table(hlines[:2] + [",".join(hlines[2].split(",")[:3])] + hlines[3:]))
write("903-unclosed-quote.csv", table(hlines[:2]) + '"' + hlines[2])
write("903-quote-inside-unquoted-field.csv", with_field(hlines, "ETHNIC", 'WB"RI'))
write("903-text-after-closing-quote.csv", with_field(hlines, "ETHNIC", '"WBRI"x'))
write("903-truncated-in-date.csv", table(hlines[:2]) + hlines[2][: hlines[2].rindex("/") + 2])
write("903-truncated-in-row.csv", table(hlines[:2]) + hlines[2][:4])
write("903-utf16le-no-bom.csv", table(hlines).encode("utf-16-le"))
write("903-utf16-bom.csv", table(hlines).encode("utf-16"))
write("903-latin1-bytes.csv", with_field(hlines, "UPN", "CAF\u00c9").encode("latin-1"))
write("903-invalid-utf8.csv", with_field(hlines, "UPN", "XX").encode().replace(b",XX,", b",\xc3\x28,"))
write("903-nul-bytes.csv", with_field(hlines, "UPN", "XX").encode().replace(b",XX,", b",A\x00B,"))
write("903-date-31-february.csv", with_field(hlines, "DOB", "31/02/2015"))
write("903-date-zeros.csv", with_field(hlines, "DOB", "00/00/0000"))
write("903-date-year-0001.csv", with_field(hlines, "DOB", "01/01/0001"))
write("903-date-year-9999.csv", with_field(hlines, "DOB", "31/12/9999"))
write("903-date-iso.csv", with_field(hlines, "DOB", "2015-03-31"))
write("903-date-american.csv", with_field(hlines, "DOB", "12/31/2015"))
write("903-child-101-characters.csv", with_field(hlines, "CHILD", "C" * 101))
write("903-sex-not-a-code.csv", with_field(hlines, "SEX", "X"))
write("903-episodes-decom-31-april.csv", with_field(elines, "DECOM", "31/04/2024"))
prefixes = [("=", "equals"), ("+", "plus"), ("-", "minus"), ("@", "at"), ("\t=", "tab"), ("\r=", "cr")]


def quote(value):
    return '"' + value.replace('"', '""') + '"'


for prefix, label in prefixes:
    write(f"903-formula-child-{label}.csv", with_field(hlines, "CHILD", quote(prefix + "HYPERLINK(\"http://example.invalid/\")")))
for column in ["UPN", "ETHNIC"]:
    for prefix, label in prefixes:
        write(f"903-formula-{column.lower()}-{label}.csv", with_field(hlines, column, quote(prefix + "1+2")))
for column in ["RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]:
    for prefix, label in prefixes:
        write(f"903-formula-ep-{column.lower().replace('_', '-')}-{label}.csv", with_field(elines, column, quote(prefix + "1+2"), row=2))


def lines_of(name):
    text = read(f"903/ssda903_2024-25_{name}.csv").decode("utf-8")
    return text.strip("\r\n").split("\r\n")


# Every other table's text fields: a row of the baseline where it has one, else a made-up row for a looked-after child.
made_up = {
    "missing": "DEMO000007,24/08/2023,M,01/05/2024,03/05/2024",
    "sw_episodes": "DEMO000007,24/08/2023,SW1,01/05/2024,,",
    "prev_perm": "DEMO000007,24/08/2023,Z1,999,",
    "oc2": "DEMO000009,07/10/2014,,SDQ1,0,1,1,1,1,0,,",
    "ad1": "DEMO000007,24/08/2023,01/02/2024,01/03/2024,0,L0,MM,L0",
}
for name, short, columns in [
    ("reviews", "rv", ["REVIEW_CODE"]),
    ("oc3", "oc3", ["IN_TOUCH", "ACTIV", "ACCOM"]),
    ("placed_adoption", "pa", ["REASON_PLACED_CEASED"]),
    ("missing", "mis", ["MISSING"]),
    ("sw_episodes", "sw", ["SW_ID", "SW_REASON"]),
    ("prev_perm", "pp", ["PREV_PERM", "LA_PERM"]),
    ("oc2", "oc2", ["SDQ_REASON"]),
    ("ad1", "ad1", ["NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]),
]:
    tlines = lines_of(name)
    if len(tlines) == 1:
        tlines = tlines + [made_up[name]]
    for column in columns:
        for prefix, label in prefixes:
            write(f"903-formula-{short}-{column.lower().replace('_', '-')}-{label}.csv", with_field(tlines, column, quote(prefix + "1+2")))

# ---------------------------------------------------------------- SSDA903 XML
x903 = read("903/ssda903_2024-25.xml").decode("utf-8")
x903 = x903[: [m.end() for m in re.finditer("</CHILD>", x903)][1]] + "\n</EXPSSDA903>\n"
xbody = x903[len(decl):]
x_id = re.search("<CHILDID>([^<]*)</CHILDID>", x903).group(1)
write("903x-truncated.xml", x903[: x903.index("<ETHNIC>") + 4])
write("903x-billion-laughs.xml", decl + '<!DOCTYPE EXPSSDA903 [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n'
      + xbody.replace(f"<CHILDID>{x_id}</CHILDID>", "<CHILDID>&c;</CHILDID>"))
write("903x-external-entity-file.xml", decl + '<!DOCTYPE EXPSSDA903 [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
      + xbody.replace(f"<CHILDID>{x_id}</CHILDID>", "<CHILDID>&xxe;</CHILDID>"))
write("903x-external-entity-http.xml", decl + '<!DOCTYPE EXPSSDA903 [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/leak">]>\n'
      + xbody.replace(f"<CHILDID>{x_id}</CHILDID>", "<CHILDID>&xxe;</CHILDID>"))
write("903x-unknown-element.xml", x903.replace("<HEADER>", "<HEADER><NICKNAME>x</NICKNAME>", 1))
write("903x-date-31-february.xml", re.sub("<DOB>[^<]*</DOB>", "<DOB>31/02/2010</DOB>", x903, count=1))
write("903x-childid-101-characters.xml", x903.replace(f"<CHILDID>{x_id}</CHILDID>", f"<CHILDID>{'C' * 101}</CHILDID>"))
write("903x-formula-childid.xml", x903.replace(f"<CHILDID>{x_id}</CHILDID>", "<CHILDID>=HYPERLINK(\"http://example.invalid/\")</CHILDID>"))
write("903x-no-childid.xml", x903.replace(f"<CHILDID>{x_id}</CHILDID>", ""))
write("903x-invalid-utf8.xml", x903.encode().replace(f"<CHILDID>{x_id}".encode(), b"<CHILDID>\xff\xfe"))

# ---------------------------------------------------------------- Annex A workbooks
xlsx = read("annexa.xlsx")
FIXED = (2025, 1, 1, 0, 0, 0)


def rezip(edit=None, add=None, drop=(), order=None):
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            data = source.read(info.filename)
            if edit and info.filename in edit:
                data = edit[info.filename](data.decode("utf-8")).encode("utf-8")
            target.writestr(zipfile.ZipInfo(info.filename, FIXED), data, zipfile.ZIP_DEFLATED)
        for name, data in (add or {}).items():
            target.writestr(zipfile.ZipInfo(name, FIXED), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def sheet_name_edit(text):
    return re.sub(r'name="[^"]*"', lambda m, c=iter(range(1, 100)): f'name="Sheet{next(c)}"', text)


zipped = zipfile.ZipFile(io.BytesIO(xlsx))
workbook_xml = zipped.read("xl/workbook.xml").decode()
sheet1 = zipped.read("xl/worksheets/sheet1.xml").decode()
write("annexa-truncated-half.xlsx", xlsx[: len(xlsx) // 2])
write("annexa-truncated-central-directory.xlsx", xlsx[:-60])
write("annexa-zip-signature-then-garbage.xlsx", b"PK\x03\x04" + bytes(random.Random(11).randrange(256) for _ in range(2000)))
empty_zip = io.BytesIO()
zipfile.ZipFile(empty_zip, "w").close()
write("annexa-empty-zip.xlsx", empty_zip.getvalue())
text_zip = io.BytesIO()
with zipfile.ZipFile(text_zip, "w") as z:
    z.writestr(zipfile.ZipInfo("notes.txt", FIXED), "not a workbook")
write("annexa-zip-without-workbook.xlsx", text_zip.getvalue())
write("annexa-wrong-sheet-names.xlsx", rezip(edit={"xl/workbook.xml": lambda t: re.sub(r'(<x:sheet )name="[^"]*"', lambda m, c=iter(range(1, 100)): f'{m.group(1)}name="Sheet{next(c)}"', t)}))
write("annexa-missing-list-3.xlsx", rezip(edit={"xl/workbook.xml": lambda t: re.sub(r'<x:sheet name="List 3[^"]*"[^>]*/>', "", t)}))
write("annexa-wrong-columns.xlsx", rezip(edit={"xl/worksheets/sheet1.xml": lambda t: t.replace("<x:v>Child Unique ID</x:v>", "<x:v>Shoe size</x:v>", 1)}))
content_types = zipped.read("[Content_Types].xml").decode()
write("annexa-external-link.xlsx", rezip(
    edit={"xl/_rels/workbook.xml.rels": lambda t: t.replace("</Relationships>", '<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'),
          "[Content_Types].xml": lambda t: t.replace("</Types>", '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>')},
    add={"xl/externalLinks/externalLink1.xml": '<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></externalLink>',
         "xl/externalLinks/_rels/externalLink1.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file://server/share/secret.xlsx" TargetMode="External"/></Relationships>'}))
write("annexa-external-hyperlink-relationship.xlsx", rezip(
    edit={"xl/worksheets/_rels/sheet1.xml.rels": lambda t: t.replace("</Relationships>", '<Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject" Target="http://127.0.0.1:9/payload" TargetMode="External"/></Relationships>')}))
write("annexa-macros.xlsx", rezip(
    edit={"[Content_Types].xml": lambda t: t.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')},
    add={"xl/vbaProject.bin": bytes(random.Random(13).randrange(256) for _ in range(512))}))
write("annexa-macro-enabled-content-type.xlsx", rezip(
    edit={"[Content_Types].xml": lambda t: t.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")}))
write("annexa-dtd-in-sheet.xlsx", rezip(edit={"xl/worksheets/sheet1.xml": lambda t: t.replace("?>", '?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>', 1)}))
write("annexa-external-entity-in-shared-strings.xlsx", rezip(edit={"xl/sharedStrings.xml": lambda t: t.replace("?>", '?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 1)}))
write("annexa-dtd-in-workbook.xlsx", rezip(edit={"xl/workbook.xml": lambda t: t.replace("?>", '?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/leak">]>', 1)}))


def cell_edit(sheet, column_letter, row, value):
    def edit(text):
        pattern = rf'<x:c r="{column_letter}{row}"[^>]*?(/>|>.*?</x:c>)'
        assert re.search(pattern, text), (sheet, column_letter, row)
        return re.sub(pattern, lambda m: f'<x:c r="{column_letter}{row}" t="str" s="2"><x:v>{value}</x:v></x:c>', text, count=1)
    return rezip(edit={sheet: edit})


write("annexa-date-31-february.xlsx", cell_edit("xl/worksheets/sheet1.xml", "F", 2, "31/02/2024"))
write("annexa-date-year-0001.xlsx", cell_edit("xl/worksheets/sheet1.xml", "D", 2, "01/01/0001"))
write("annexa-date-not-a-date.xlsx", cell_edit("xl/worksheets/sheet1.xml", "F", 2, "next Tuesday"))
write("annexa-child-id-101-characters.xlsx", cell_edit("xl/worksheets/sheet3.xml", "A", 2, "C" * 101))
for prefix, label in [("=", "equals"), ("+", "plus"), ("-", "minus"), ("@", "at")]:
    write(f"annexa-formula-child-id-{label}.xlsx", cell_edit("xl/worksheets/sheet3.xml", "A", 2, prefix + "HYPERLINK(&quot;http://example.invalid/&quot;)"))


def lying_sizes(declared):
    """A valid workbook whose zip headers declare a far larger uncompressed size for one part than it has."""
    data = bytearray(rezip())
    z = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = z.getinfo("xl/worksheets/sheet6.xml")
    # local header: uncompressed size at offset 22
    data[info.header_offset + 22: info.header_offset + 26] = declared.to_bytes(4, "little")
    # central directory entry
    name = info.filename.encode()
    central = bytes(data).index(b"PK\x01\x02" + bytes(data[bytes(data).index(b"PK\x01\x02") + 4: bytes(data).index(b"PK\x01\x02") + 4]))
    position = 0
    while True:
        position = bytes(data).index(b"PK\x01\x02", position)
        name_length = int.from_bytes(data[position + 28: position + 30], "little")
        if bytes(data[position + 46: position + 46 + name_length]) == name:
            data[position + 24: position + 28] = declared.to_bytes(4, "little")
            break
        position += 4
    return bytes(data)


write("annexa-declared-4gb-part.xlsx", lying_sizes(0xFFFFFFF0))
write("annexa-declared-size-too-small.xlsx", lying_sizes(100))

# ---------------------------------------------------------------- published statistics (DfE explore-education-statistics CSV)
published_header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000"
published_row = "2025,Reporting year,Local authority,E92000001,England,E12000007,London,211,Tower Hamlets,E09000030,Children looked after on 31 March each year,60000,500,83"


def published(*rows):
    return published_header + "\r\n" + "".join(r + "\r\n" for r in rows)


write("published-wrong-columns.csv", "time_period,geographic_level,favourite_colour\r\n202425,National,blue\r\n")
write("published-count-not-a-number.csv", published(published_row.replace(",500,", ",five hundred,")))
write("published-formula-count.csv", published(published_row.replace(",500,", ",=1+2,")))
write("published-row-too-many-fields.csv", published(published_row + ",extra"))
write("published-unclosed-quote.csv", published(published_row.replace("Tower Hamlets", '"Tower Hamlets')))
write("published-invalid-utf8-header.csv", published(published_row).encode().replace(b"la_name", b"la_n\xe9me"))
write("published-period-not-a-year.csv", published(published_row.replace("2025,", "twenty,", 1)))

# ---------------------------------------------------------------- anything else
rng = random.Random(42)
write("binary-garbage.bin", bytes(rng.randrange(256) for _ in range(4096)))
write("png-named-as-xml.xml", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(512)))
write("pdf-named-as-csv.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
write("gzip-named-as-xml.xml", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(rng.randrange(256) for _ in range(256)))
write("ole-compound-named-as-xlsx.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
write("windows-executable.csv", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(rng.randrange(256) for _ in range(512)))
write("bom-only.csv", b"\xef\xbb\xbf")
write("single-nul.csv", b"\x00")
