namespace GoldenThread.Core.Returns.AnnexA;

/// <summary>How a column's cells are read and written.</summary>
public enum AnnexAColumnType
{
    Text,
    Date,
    Number,
}

/// <summary>A column of an Annex A list: its header as Ofsted words it, whether it is required, its type, and other headers councils use for it.</summary>
public sealed record AnnexAColumn(string Name, bool Required, AnnexAColumnType Type, IReadOnlyList<string> Synonyms);

/// <summary>One of the eleven Annex A lists: its number, name, the sheet names it goes by, and its columns in order.</summary>
public sealed record AnnexAList(int Number, string Name, IReadOnlyList<string> SheetAliases, IReadOnlyList<AnnexAColumn> Columns)
{
    /// <summary>A shorter name for the sheet where the list's name is too long for one (Excel allows 31 characters).</summary>
    public string? ShortName { get; init; }

    /// <summary>The sheet name the writer uses, e.g. "List 1 - Contacts".</summary>
    public string SheetName => $"List {Number} - {ShortName ?? Name}";

    public AnnexAColumn Column(string name) => Columns.First(c => c.Name == name);

    internal AnnexAList WithShortName(string shortName) => this with { ShortName = shortName };
}

/// <summary>
/// The Annex A lists and their columns (Ofsted ILACS Annex A, child-level lists for the six months before an inspection),
/// copied from the shared reference <c>reference/annex-a/annex_a_columns_detail.csv</c> (list, position, column name,
/// required, data type): names, order, required flags and types are as there. The synonyms are headers councils' exports
/// use for the same column.
/// </summary>
public static class AnnexALists
{
    public const string ChildId = "Child Unique ID";
    public const string Gender = "Gender";
    public const string Ethnicity = "Ethnicity";
    public const string BirthDate = "Date of Birth";
    public const string Age = "Age of Child (Years)";
    public const string Disability = "Does the Child have a Disability";
    public const string Team = "Allocated Team";
    public const string Worker = "Allocated Worker";

    public static AnnexAList Contacts { get; } = List(1, "Contacts", ["contacts"], Person(), D("Date of Contact", true), T("Contact Source", true, "source"));

    public static AnnexAList EarlyHelp { get; } = List(
        2,
        "Early help",
        ["earlyhelp", "earlyhelpassessments"],
        Person(),
        D("Assessment start date", true, "earlyhelpstartdate"),
        D("Assessment completion date", false, "earlyhelpenddate"),
        T("Organisation completing assessment", true, "organisation", "provider"));

    public static AnnexAList Referrals { get; } = List(
        3,
        "Referrals",
        ["referrals"],
        Person(),
        D("Date of referral", false, "referraldate"),
        T("Referral Source", true, "source"),
        T("Referral NFA?", true, "nfa", "referralnfa"),
        N("Number of Referrals in Last 12 Months", true),
        Allocated());

    public static AnnexAList Assessments { get; } = List(
        4,
        "Assessments",
        ["assessments"],
        Person(),
        T(Disability, true, "disability", "disabled"),
        D("Continuous Assessment Start Date", true, "assessmentstartdate"),
        T("Child Seen During Continuous Assessment", false, "childseen"),
        D("Continuous Assessment Date of Authorisation", false, "assessmentauthorisationdate", "authorisationdate"),
        T("Was the child assessed as requiring LA children's social care support?", false),
        Allocated());

    public static AnnexAList Section47 { get; } = List(
        5,
        "Section 47 enquiries and initial child protection conferences",
        ["section47enquiriesandinitialchildprotectionconferences", "section47", "s47", "s47icpc", "section47enquiries"],
        Person(),
        T(Disability, true, "disability", "disabled"),
        D("Strategy discussion initiating Section 47 Enquiry Start Date", true, "section47startdate", "s47startdate"),
        T("Was an Initial Child Protection Conference deemed unnecessary?", false, "icpcnotrequired"),
        D("Date of Initial Child Protection Conference", false, "icpcdate", "dateoficpc"),
        T("Did the Initial Child Protection Conference Result in a Child Protection Plan", false, "icpcresultedinplan"),
        N("Number of Section 47 Enquiries in the last 12 months", true),
        N("Number of ICPCs in the last 12 months", true),
        Allocated()).WithShortName("Section 47 and ICPC");

    public static AnnexAList ChildrenInNeed { get; } = List(
        6,
        "Children in need",
        ["childreninneed", "cin"],
        Person(),
        T(Disability, true, "disability", "disabled"),
        D("CIN Start Date", false, "cinstart"),
        T("Primary Need Code", true, "primaryneed"),
        D("Date Child Was Last Seen", false, "lastseen"),
        D("CIN Closure Date", false, "cinclosure", "closuredate"),
        T("Reason for Closure", false, "closurereason"),
        T("Case Status", true),
        Allocated());

    public static AnnexAList ChildProtection { get; } = List(
        7,
        "Child protection",
        ["childprotection", "cp", "childprotectionplans", "cpplans"],
        Person(),
        T(Disability, true, "disability", "disabled"),
        D("Child Protection Plan Start Date", true, "cpplanstartdate", "planstartdate"),
        T("Initial Category of Abuse", true),
        T("Latest Category of Abuse", true),
        D("Date of the Last Statutory Visit", false, "laststatutoryvisit"),
        T("Was the Child Seen Alone?", false, "seenalone"),
        D("Date of latest review conference", false, "latestreviewconference"),
        D("Child Protection Plan End Date", false, "cpplanenddate", "planenddate"),
        T("Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)", true),
        N("Number of Previous Child Protection Plans", true),
        Allocated());

    public static AnnexAList ChildrenLookedAfter { get; } = List(
        8,
        "Children looked after",
        ["childrenlookedafter", "cla", "lookedafterchildren", "childrenincare"],
        Person(),
        T("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", true, "uasc"),
        T(Disability, true, "disability", "disabled"),
        D("Date Started to be Looked After", true, "datestartedlookedafter"),
        T("Child's Category of Need", true, "categoryofneed"),
        T("Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)", true),
        D("Start date of current legal status", true),
        T("Child's Legal Status", true, "legalstatus"),
        D("Date of Latest Statutory Review", false, "latestreview"),
        D("Date of Last Social Work Visit", false, "lastvisit"),
        T("What is the permanence plan for this child?", false, "permanenceplan"),
        D("Date of Last IRO Visit / Contact to the Child", false),
        D("Date of Last Health Assessment", false),
        D("Date of Last Dental Check", false),
        N("Number of Placements in the Last 12 months", true),
        D("Date Ceased to be Looked After", false),
        T("Reason Ceased to be Looked After", false),
        D("Start Date of Most Recent Placement", true),
        T("Placement Type", true),
        T("Placement Provider", true),
        T("Placement postcode", true),
        T("URN of Placement", false, "urn"),
        T("Placement Location", true),
        T("LA of Placement", true),
        N("Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months", true),
        N("Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months", true),
        T("Was the child offered a Return Interview after their last missing episode (Y/N)?", false),
        T("Did the child accept a Return Interview after their last missing episode (Y/N)?", false),
        Allocated());

    public static AnnexAList CareLeavers { get; } = List(
        9,
        "Care leavers",
        ["careleavers"],
        Person(),
        T("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", true, "uasc"),
        T(Disability, true, "disability", "disabled"),
        T(Team, true, "team"),
        T(Worker, true, "worker", "socialworker"),
        T("Allocated Personal Advisor", true, "personaladvisor", "personaladviser", "allocatedpersonaladviser"),
        T("Eligibility Category", true),
        D("Latest Pathway Plan Review Date", false),
        T("LA in Touch", true, "intouch"),
        D("Latest Date of Contact", false),
        T("Type of Accommodation", false),
        T("Suitability of Accommodation", false),
        T("Activity Status", false));

    public static AnnexAList Adoption { get; } = List(
        10,
        "Adoption",
        ["adoption", "adoptions", "childrenadopted"],
        [
            T(ChildId, true, "childid", "id", "uniqueid", "lachildid"),
            T("Family identifier", false),
            T(Gender, true, "sex"),
            T(Ethnicity, true),
            D(BirthDate, false, "dob", "birthdate"),
            N(Age, false, "age"),
            T(Disability, true, "disability", "disabled"),
        ],
        D("Date the Child Entered Care", true),
        D("Date of Decision that Child Should be Placed for Adoption", true),
        D("Date of Placement Order", false),
        D("Date of Matching Child and Prospective Adopters", false),
        D("Date Placed for Adoption", false),
        D("Date of Adoption Order", false),
        D("Date of Decision that Child Should No Longer be Placed for Adoption", false),
        T("Reason Why Child No Longer Placed for Adoption", false),
        D("Date the child was placed for fostering in FFA or concurrent planning placement", false));

    /// <summary>List 11 is about prospective adopters, not children: GoldenThread holds none, so it reads only how many rows there are.</summary>
    public static AnnexAList Adopters { get; } = List(
        11,
        "Adopters",
        ["adopters", "prospectiveadopters"],
        [T("Individual adopter identifier", true, "adopterid"), T("Family identifier", false), T(Gender, true, "sex"), T(Ethnicity, true), T("Disability", true)],
        T("Is the (prospective) adopter fostering for adoption?", true),
        D("Date enquiry received", true),
        D("Date Stage 1 started", false),
        D("Date Stage 1 ended", false),
        D("Date Stage 2 started", false),
        D("Date Stage 2 ended", false),
        D("Date application submitted", false),
        D("Date application approved", false),
        D("Date adopter matched with child(ren)", false),
        D("Date child/children placed with adopter(s)", false),
        N("No. of children placed", false),
        D("Date of Adoption Order", false),
        D("Date of leaving adoption process", false),
        T("Reason for leaving adoption process", false));

    public static IReadOnlyList<AnnexAList> All { get; } =
        [Contacts, EarlyHelp, Referrals, Assessments, Section47, ChildrenInNeed, ChildProtection, ChildrenLookedAfter, CareLeavers, Adoption, Adopters];

    /// <summary>Lower case letters and digits only: how sheet names and headers are compared.</summary>
    public static string Normalise(string text) =>
        string.Concat((text ?? string.Empty).Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static AnnexAColumn[] Person() =>
    [
        T(ChildId, true, "childid", "id", "uniqueid", "lachildid"),
        T(Gender, true, "sex"),
        T(Ethnicity, true),
        D(BirthDate, false, "dob", "birthdate"),
        N(Age, false, "age"),
    ];

    private static AnnexAColumn[] Allocated() => [T(Team, true, "team"), T(Worker, true, "worker", "socialworker")];

    private static AnnexAList List(int number, string name, string[] aliases, AnnexAColumn[] first, params object[] rest)
    {
        var columns = new List<AnnexAColumn>(first);
        foreach (var item in rest)
        {
            if (item is AnnexAColumn column)
            {
                columns.Add(column);
            }
            else
            {
                columns.AddRange((AnnexAColumn[])item);
            }
        }

        return new AnnexAList(number, name, aliases, columns);
    }

    private static AnnexAColumn T(string name, bool required, params string[] synonyms) => new(name, required, AnnexAColumnType.Text, synonyms);

    private static AnnexAColumn D(string name, bool required, params string[] synonyms) => new(name, required, AnnexAColumnType.Date, synonyms);

    private static AnnexAColumn N(string name, bool required, params string[] synonyms) => new(name, required, AnnexAColumnType.Number, synonyms);
}
