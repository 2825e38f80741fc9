using GoldenThread.Core.Returns;
using GoldenThread.Data;
using GoldenThread.Data.Loads;
using GoldenThread.Web.Imports;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Data;

/// <summary>
/// Upload a return: the files are stored in a temporary folder and loaded in the background. The server's default 30 MB request
/// limit is raised for this page only, to <see cref="MaxRequestBytes"/> for all the files of one upload; each file is then checked
/// against Imports:MaxFileBytes (default 200 MB). The upload's job is recorded in the database, so its progress page works on
/// every web server; this server keeps the files and loads them.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class UploadModel(ImportJobQueue queue, GoldenThreadDbContext db, CurrentUser user, TimeProvider clock, IConfiguration configuration) : PageModel
{
    public const long MaxRequestBytes = 1024L * 1024 * 1024;

    public long MaxBytes => configuration.GetValue<long?>("Imports:MaxFileBytes") ?? 200L * 1024 * 1024;

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public string? CollectionYear { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Files.Count == 0)
        {
            Errors["files"] = "Select a file to upload";
        }

        foreach (var file in Files.Where(f => f.Length > MaxBytes))
        {
            Errors["files"] = $"The file {file.FileName} must be smaller than {MaxBytes / (1024 * 1024)} MB";
        }

        if (!string.IsNullOrWhiteSpace(CollectionYear) && !System.Text.RegularExpressions.Regex.IsMatch(CollectionYear.Trim(), "^20[0-9]{2}-[0-9]{2}$"))
        {
            Errors["collection-year"] = "Enter a collection year in the format 2024-25";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var folder = Directory.CreateTempSubdirectory("goldenthread-upload-");
        var year = string.IsNullOrWhiteSpace(CollectionYear) ? null : CollectionYear.Trim();
        var files = new List<ReturnFile>();
        ImportJob job;
        try
        {
            foreach (var file in Files)
            {
                var path = Path.Combine(folder.FullName, Path.GetFileName(file.FileName));
                await using (var target = System.IO.File.Create(path))
                {
                    await file.CopyToAsync(target, cancellationToken);
                }

                files.Add(ReturnFile.FromPath(path));
            }

            job = await new ImportJobStore(db).AddAsync(string.Join(", ", files.Select(f => f.FileName)), year, user.UserId, user.UserName, clock.GetUtcNow(), cancellationToken);
        }
        catch
        {
            // Nothing was queued: the files are not kept.
            folder.Delete(recursive: true);
            throw;
        }

        queue.Enqueue(new ImportRun(job.Id, job.PublicId, files, folder, year, user.UserName));
        return RedirectToPage("/Data/UploadStatus", new { id = job.PublicId });
    }
}
