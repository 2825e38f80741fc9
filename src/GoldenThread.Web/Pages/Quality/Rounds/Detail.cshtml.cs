using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Quality.Rounds;

/// <summary>A round: how it was drawn (to re-draw it), what it found, and its audits (child-level roles only, within scope).</summary>
public sealed class DetailModel(GoldenThreadDbContext db, QualityAccess access, IOptions<QualitySettings> settings) : PageModel
{
    public sealed record AuditRow(Audit Audit, string ChildName, string LaChildId, string Team);

    public AuditRound Round { get; private set; } = null!;

    public string TemplateName { get; private set; } = string.Empty;

    public string PopulationWords { get; private set; } = string.Empty;

    public LearningSummary Summary { get; private set; } = null!;

    public ActionSummary Actions { get; private set; } = null!;

    public bool ShowAudits { get; private set; }

    public IReadOnlyList<AuditRow> Audits { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, [FromQuery(Name = "created")] bool created, CancellationToken cancellationToken)
    {
        if (await db.AuditRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } round)
        {
            return NotFound();
        }

        Round = round;
        Created = created;
        Today = access.Today;
        TemplateName = await db.AuditTemplates.Where(t => t.Id == round.TemplateId).Select(t => t.Name).SingleAsync(cancellationToken);
        PopulationWords = PopulationFilter.TryParse(round.PopulationFilter, out _)?.Describe() ?? round.PopulationFilter;
        var teams = await access.TeamIdsAsync(cancellationToken);
        var audits = await QualityQueries.Audits(db, teams).Where(a => a.RoundId == id).Include(a => a.Findings).OrderBy(a => a.DrawPosition).ToListAsync(cancellationToken);
        Summary = LearningSummary.Compute(audits, Today, settings.Value.InadequateTolerancePercent);
        var auditIds = audits.Select(a => a.Id).ToList();
        Actions = ActionSummary.Compute(await db.AuditActions.AsNoTracking().Where(a => auditIds.Contains(a.AuditId)).ToListAsync(cancellationToken), Today);
        ShowAudits = access.MaySeeAuditRecords;
        if (ShowAudits)
        {
            var childIds = audits.Select(a => a.ChildId).ToList();
            var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
            var names = await QualityQueries.TeamNamesAsync(db, cancellationToken);
            Audits = [.. audits.Select(a => new AuditRow(
                a,
                children[a.ChildId].DisplayName,
                children[a.ChildId].LaChildId,
                a.TeamId is { } t ? names.GetValueOrDefault(t, "Unknown team") : "Not allocated"))];
        }

        return Page();
    }
}
