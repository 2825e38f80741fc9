using System.Text;
using GoldenThread.Core.Retention;
using GoldenThread.Data;
using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Admin;

/// <summary>
/// Administrators: the children whose records are past their retention date today (the same list as
/// <c>goldenthread retention</c>), with a CSV download for review. Nothing is deleted here.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class RetentionModel(GoldenThreadDbContext db, TimeProvider clock) : PageModel
{
    public DateOnly AsAt { get; private set; }

    public int ChildCount { get; private set; }

    public IReadOnlyList<RetentionDue> Due { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ReadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await ReadAsync(cancellationToken);
        await using var writer = new StringWriter();
        RecordRetention.WriteCsv(Due, writer);
        return File(new UTF8Encoding(false).GetBytes(writer.ToString()), "text/csv", $"retention-{AsAt:yyyy-MM-dd}.csv");
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        AsAt = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var all = await ChildLevelDatasetLoader.LoadAsync(db, cancellationToken);
        ChildCount = all.Children.Count;
        Due = RecordRetention.PastRetention(all, AsAt);
    }
}
