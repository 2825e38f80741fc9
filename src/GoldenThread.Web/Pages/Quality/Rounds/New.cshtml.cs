using System.Globalization;
using System.Security.Cryptography;
using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Data.Quality;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Quality.Rounds;

/// <summary>Plan a round: population, sample, template and due date; the sample is drawn and auditors assigned on saving.</summary>
public sealed partial class NewModel(GoldenThreadDbContext db, QualityAccess access, TimeProvider clock, IOptions<QualitySettings> settings, ILogger<NewModel> logger) : PageModel
{
    public const int MaxSampleSize = 500;

    public FormErrors Errors { get; } = [];

    public IReadOnlyList<AuditTemplate> Templates { get; private set; } = [];

    public string? Name { get; private set; }

    public string? Kind { get; private set; }

    public string? Population { get; private set; }

    public FormDate PopulationDate { get; private set; } = new(null, null, null);

    public string? Size { get; private set; }

    public string? Stratify { get; private set; }

    public string? ExcludeMonths { get; private set; }

    public string? Template { get; private set; }

    public FormDate DueDate { get; private set; } = new(null, null, null);

    public string? Seed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadTemplatesAsync(cancellationToken);
        var today = access.Today;
        Kind = "monthly";
        PopulationDate = FormDate.From(today);
        DueDate = FormDate.From(today.AddDays(settings.Value.AuditDueDays));
        Stratify = "yes";
        ExcludeMonths = "6";
        Template = Templates.FirstOrDefault()?.Id.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadTemplatesAsync(cancellationToken);
        var form = Request.Form;
        Name = form["name"].ToString().Trim();
        Kind = form["kind"];
        Population = form["population"].ToString().Trim();
        PopulationDate = FormDate.Read(form, "population-date");
        Size = form["size"].ToString().Trim();
        Stratify = form["stratify"];
        ExcludeMonths = form["exclude-months"].ToString().Trim();
        Template = form["template"];
        DueDate = FormDate.Read(form, "due-date");
        Seed = form["seed"].ToString().Trim();

        if (string.IsNullOrEmpty(Name))
        {
            Errors.Add("name", "Enter a name for the audit round");
        }
        else if (Name.Length > 200)
        {
            Errors.Add("name", "The name must be 200 characters or fewer");
        }

        if (Kind is not ("monthly" or "themed"))
        {
            Errors.Add("kind", "Select whether this is a monthly or a themed audit");
        }

        var filter = PopulationFilter.TryParse(Population, out var filterErrors);
        if (filterErrors.Count > 0)
        {
            Errors.Add("population", filterErrors[0]);
        }

        var date = PopulationDate.Parse("population date", out var dateError);
        if (dateError is not null)
        {
            Errors.Add("population-date", dateError);
        }

        if (!int.TryParse(Size, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            Errors.Add("size", string.IsNullOrEmpty(Size) ? "Enter the sample size" : "Sample size must be a whole number");
        }
        else if (size is < 1 or > MaxSampleSize)
        {
            Errors.Add("size", $"Sample size must be between 1 and {MaxSampleSize}");
        }

        if (Stratify is not ("yes" or "no"))
        {
            Errors.Add("stratify", "Select yes if the sample should be stratified by team");
        }

        if (!int.TryParse(string.IsNullOrEmpty(ExcludeMonths) ? "0" : ExcludeMonths, NumberStyles.None, CultureInfo.InvariantCulture, out var exclude) || exclude > 120)
        {
            Errors.Add("exclude-months", "Months must be a whole number from 0 to 120");
        }

        var template = Templates.FirstOrDefault(t => t.Id.ToString(CultureInfo.InvariantCulture) == Template);
        if (template is null)
        {
            Errors.Add("template", "Select an audit template");
        }

        var due = DueDate.Parse("due date", out var dueError);
        if (dueError is not null)
        {
            Errors.Add("due-date", dueError);
        }
        else if (date is { } d && due < d)
        {
            Errors.Add("due-date", "The due date must be the same as or after the population date");
        }

        ulong seed = 0;
        if (string.IsNullOrEmpty(Seed))
        {
            seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)) >> 11;
        }
        else if (!ulong.TryParse(Seed, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            Errors.Add("seed", "Seed must be a whole number, or leave it blank");
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var outcome = await SampleDrawer.DrawAsync(db, filter!, date!.Value, new SampleRequest(size, seed, Stratify == "yes", exclude), cancellationToken);
        if (!outcome.Selection.IsValid)
        {
            Errors.Add("population", outcome.Selection.Errors[0]);
            return Page();
        }

        if (outcome.Result!.Sample.Count == 0)
        {
            Errors.Add("population", "No children match the population at that date");
            return Page();
        }

        var auditors = await AuditorDirectory.LoadAsync(db, cancellationToken);
        if (auditors.Count == 0)
        {
            Errors.Add("name", "There are no auditors to assign the audits to");
            return Page();
        }

        var assignments = AuditorAllocation.Assign(outcome.Result.Sample, auditors);
        var plan = new RoundPlan(Name!, Kind == "themed" ? AuditRoundKind.Themed : AuditRoundKind.Monthly, template!.Id, due!.Value, access.DisplayName);
        var round = await AuditRoundWriter.CreateAsync(db, plan, outcome, assignments, clock.GetUtcNow(), cancellationToken);
        LogDrawn(logger, round.Id, outcome.Result.Sample.Count, round.FrameCount);
        return Redirect($"/quality/rounds/{round.Id}?created=true");
    }

    private async Task LoadTemplatesAsync(CancellationToken cancellationToken)
    {
        await AuditTemplates.EnsureDefaultsAsync(db, cancellationToken);
        Templates = await db.AuditTemplates.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit round {RoundId} drawn: {Audits} audits from a frame of {Frame}")]
    private static partial void LogDrawn(ILogger logger, long roundId, int audits, int frame);
}
