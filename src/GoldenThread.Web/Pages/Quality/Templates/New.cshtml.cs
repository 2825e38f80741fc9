using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Data.Quality;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Quality.Templates;

/// <summary>Add a template: a name, a description, and questions one a line as "Group | Question | Guidance".</summary>
public sealed class NewModel(GoldenThreadDbContext db) : PageModel
{
    public FormErrors Errors { get; } = [];

    public string? Name { get; private set; }

    public string? Description { get; private set; }

    public string? Questions { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Name = Request.Form["name"].ToString().Trim();
        Description = Request.Form["description"].ToString().Trim();
        Questions = Request.Form["questions"].ToString();
        if (string.IsNullOrEmpty(Name))
        {
            Errors.Add("name", "Enter a name for the template");
        }
        else if (Name.Length > 200)
        {
            Errors.Add("name", "The name must be 200 characters or fewer");
        }
        else if (await db.AuditTemplates.AnyAsync(t => t.Name == Name, cancellationToken))
        {
            Errors.Add("name", "A template with this name already exists");
        }

        if (Description.Length > 2000)
        {
            Errors.Add("description", "The description must be 2000 characters or fewer");
        }

        var questions = AuditTemplates.ParseQuestions(Questions, out var problems);
        if (problems.Count > 0)
        {
            Errors.Add("questions", problems[0]);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        db.AuditTemplates.Add(new AuditTemplate
        {
            Name = Name!,
            Description = string.IsNullOrEmpty(Description) ? null : Description,
            Questions = [.. questions.Select((q, i) => new AuditQuestion { GroupName = q.Group, Position = i + 1, Text = q.Text, Guidance = q.Guidance })],
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/quality/templates");
    }
}
