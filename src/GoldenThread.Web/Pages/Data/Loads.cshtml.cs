using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Data.Loads;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Data;

/// <summary>Every load, newest first, with rollback of the newest current load.</summary>
public sealed class LoadsModel(GoldenThreadDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public IReadOnlyList<DataLoad> Loads { get; private set; } = [];

    public long? NewestChildLevelLoad { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadListAsync(cancellationToken);

    public async Task<IActionResult> OnPostRollbackAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            var load = await new LoadRollback(db).RollbackAsync(id, user.UserName, clock.GetUtcNow(), cancellationToken);
            Notice = $"Load {load.Id} ({load.FileName}) was rolled back. The data is as it was before that load.";
            return RedirectToPage();
        }
        catch (LoadRollbackException ex)
        {
            Error = ex.Message;
            await LoadListAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadListAsync(CancellationToken cancellationToken)
    {
        Loads = await db.DataLoads.AsNoTracking().OrderByDescending(l => l.Id).ToListAsync(cancellationToken);
        NewestChildLevelLoad = Loads.Where(l => l.Status == DataLoadStatus.Committed && l.Collection != LoadRollback.PublishedStatisticsCollection)
            .Select(l => (long?)l.Id).FirstOrDefault();
    }
}
