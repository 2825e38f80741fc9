using System.Net;
using GoldenThread.Core.Improvement;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Plan;

/// <summary>
/// Changing the plan: an owner's update with evidence, overrides, editing and recording indicator values, each written to the
/// updates log with who, when and before → after; on SQLite and PostgreSQL. Each test changes different demo items.
/// </summary>
public abstract class PlanChangeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GoldenThreadWebFactory
{
    [Fact]
    public async Task An_owner_records_an_update_and_the_RAG_and_updates_log_change()
    {
        // Action 2.2.3 (the demo service manager's) is amber only because the milestone due 15 November 2026 was missed.
        var client = await SignedInClient.SignInAsync(factory, "servicemanager@demo.local");
        var id = await PlanTestData.ActionIdAsync(factory, "2.2.3");
        var before = await client.GetDocumentAsync($"/plan/actions/{id}");
        Assert.Equal("Amber", PlanTestData.RagOf(before, "[data-testid=action-rag]"));
        long milestone;
        await using (var db = factory.CreateContext())
        {
            milestone = await db.Set<PlanMilestone>().Where(m => m.ActionId == id && m.CompletedOn == null).Select(m => m.Id).SingleAsync();
        }

        var response = await PlanTestData.PostUpdateAsync(client, id, new()
        {
            ["Progress"] = "90",
            ["Status"] = "InProgress",
            ["CompletedMilestones"] = milestone.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Note"] = "Panel met on 20 November; 14 of 16 children reviewed.",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/plan/actions/{id}", response.Headers.Location!.OriginalString);

        var after = await client.GetDocumentAsync($"/plan/actions/{id}");
        Assert.Equal("Update recorded. Action 2.2.3 is now Green.", after.QuerySelector("[data-testid=notice]")!.TextContent.Trim());
        Assert.Equal("Green", PlanTestData.RagOf(after, "[data-testid=action-rag]"));
        Assert.Equal("90%", after.QuerySelector("[data-testid=progress]")!.TextContent.Trim());
        var latest = after.QuerySelector("[data-testid=updates] li")!;
        Assert.StartsWith("Progress update by Demo Service Manager, 25 November 2026 10:00", latest.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("“Panel met on 20 November; 14 of 16 children reviewed.”", latest.QuerySelector("[data-testid=update-note]")!.TextContent.Trim());
        Assert.Equal(
            ["Progress: 85% → 90%", "Milestone: Legal gateway panel reviews the first cohort: Not completed → Completed on 25 November 2026"],
            latest.QuerySelectorAll("[data-testid=update-change]").Select(li => li.TextContent.Trim()));

        await using var check = factory.CreateContext();
        var logged = await check.PlanUpdates.Include(u => u.Changes).Where(u => u.ActionId == id).OrderByDescending(u => u.Id).FirstAsync();
        var manager = await check.Users.SingleAsync(u => u.Email == "servicemanager@demo.local");
        Assert.Equal((manager.Id, "Demo Service Manager", "Progress update"), (logged.UserId, logged.UserName, logged.Summary));
        Assert.Equal(factory.Clock.GetUtcNow(), logged.At);
    }

    [Fact]
    public async Task An_update_without_a_note_or_with_bad_progress_says_what_to_fix_and_changes_nothing()
    {
        var client = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        var id = await PlanTestData.ActionIdAsync(factory, "2.1.2");
        var response = await PlanTestData.PostUpdateAsync(client, id, new() { ["Progress"] = "120", ["Status"] = "InProgress", ["Note"] = " " });
        var page = await PlanTestData.ParseAsync(response);
        Assert.Equal(
            ["Enter progress as a whole number from 0 to 100", "Enter what has happened since the last update"],
            page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["#progress", "#note"], page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        await using var db = factory.CreateContext();
        Assert.Equal(10, (await db.PlanActions.SingleAsync(a => a.Id == id)).ProgressPercent);
    }

    [Fact]
    public async Task Evidence_files_are_checked_by_content_and_size_and_only_child_level_roles_open_them()
    {
        // Action 4.1.2 belongs to the demo QA auditor; progress and status are left as they were.
        var client = await SignedInClient.SignInAsync(factory, "auditor@demo.local");
        var id = await PlanTestData.ActionIdAsync(factory, "4.1.2");
        var fields = new Dictionary<string, string> { ["Progress"] = "60", ["Status"] = "InProgress", ["Note"] = "Draft report attached.", ["EvidenceTitle"] = "Draft learning report" };

        var disguised = await PlanTestData.ParseAsync(await PlanTestData.PostUpdateAsync(client, id, fields, ("report.pdf", "MZ not really a pdf"u8.ToArray(), "application/pdf")));
        Assert.Equal(["The selected file must be a PDF, DOCX, XLSX, PNG or JPG"], disguised.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));

        var big = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.7"u8.CopyTo(big);
        var tooBig = await PlanTestData.ParseAsync(await PlanTestData.PostUpdateAsync(client, id, fields, ("report.pdf", big, "application/pdf")));
        Assert.Equal(["The selected file must be smaller than 10MB"], tooBig.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));

        var badLink = await PlanTestData.ParseAsync(await PlanTestData.PostUpdateAsync(client, id, new(fields) { ["EvidenceTitle"] = "", ["EvidenceLink"] = "javascript:alert(1)" }));
        Assert.Equal(
            ["Enter a link in the correct format, like https://www.example.com", "Enter a title for the evidence"],
            badLink.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));

        var saved = await PlanTestData.PostUpdateAsync(client, id, new(fields) { ["EvidenceLink"] = "https://intranet.example/learning-report" }, ("chart.png", PlanTestData.Png, "image/png"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetDocumentAsync($"/plan/actions/{id}");
        Assert.Equal("Update recorded. Action 4.1.2 is now Red.", page.QuerySelector("[data-testid=notice]")!.TextContent.Trim());
        Assert.Equal("https://intranet.example/learning-report", page.QuerySelector("[data-testid=evidence-link]")!.GetAttribute("href"));
        var file = page.QuerySelector("a[data-testid=evidence-file]")!;
        Assert.Equal("Draft learning report", file.TextContent.Trim());
        Assert.Contains("(chart.png, 70 bytes)", file.ParentElement!.TextContent, StringComparison.Ordinal);

        var download = await client.GetAsync(file.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(PlanTestData.Png, await download.Content.ReadAsByteArrayAsync());

        var leadMember = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        PlanTestData.AssertAccessDenied(await leadMember.GetAsync(file.GetAttribute("href")!));
        var asLeadMember = await leadMember.GetDocumentAsync($"/plan/actions/{id}");
        Assert.Null(asLeadMember.QuerySelector("a[data-testid=evidence-file]"));
        Assert.Equal("Draft learning report", asLeadMember.QuerySelector("span[data-testid=evidence-file]")!.TextContent.Trim());

        await using var db = factory.CreateContext();
        var updates = await db.PlanUpdates.Include(u => u.Changes).Where(u => u.ActionId == id).OrderBy(u => u.Id).ToListAsync();
        Assert.Equal(["Progress update", "Progress update"], updates.Select(u => u.Summary));
        Assert.Equal(
            [
                "Evidence: none → Draft learning report (file chart.png, 70 bytes)",
                "Evidence: none → Draft learning report (link https://intranet.example/learning-report)",
            ],
            updates[^1].Changes.OrderBy(c => c.Id).Select(c => $"{c.Field}: {c.Before ?? "none"} → {c.After}"));
    }

    [Fact]
    public async Task Someone_who_does_not_own_an_action_cannot_post_an_update_to_it()
    {
        var owner = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        var id = await PlanTestData.ActionIdAsync(factory, "2.1.1");
        var token = await PlanTestData.TokenAsync(owner, $"/plan/actions/{id}/update");
        var socialWorker = await SignedInClient.SignInAsync(factory, "socialworker@demo.local");
        var socialToken = await PlanTestData.TokenAsync(socialWorker, "/plan");
        var response = await socialWorker.Http.PostAsync(new Uri($"/plan/actions/{id}/update", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Progress"] = "100",
            ["Status"] = "Completed",
            ["Note"] = "Not mine",
            ["__RequestVerificationToken"] = socialToken,
        }));
        PlanTestData.AssertAccessDenied(response);
        Assert.NotEmpty(token);
        await using var db = factory.CreateContext();
        Assert.Equal(ActionStatus.InProgress, (await db.PlanActions.SingleAsync(a => a.Id == id)).Status);
        Assert.False(await db.PlanUpdates.AnyAsync(u => u.ActionId == id && u.Note == "Not mine"));
    }

    [Fact]
    public async Task A_director_sets_an_objectives_RAG_by_hand_with_a_reason_and_can_remove_it()
    {
        var id = await PlanTestData.ObjectiveIdAsync(factory, "1.2");
        var manager = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        var managerToken = await PlanTestData.TokenAsync(manager, "/plan");
        PlanTestData.AssertAccessDenied(await manager.Http.PostAsync(new Uri($"/plan/edit/rag/objective/{id}", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Choice"] = "Green",
            ["Reason"] = "Looks fine",
            ["__RequestVerificationToken"] = managerToken,
        })));

        var director = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var path = $"/plan/edit/rag/objective/{id}";
        var missing = await PlanTestData.ParseAsync(await PlanTestData.PostAsync(director, path, [new("Choice", "Green"), new("Reason", "")]));
        Assert.Equal(["Enter a reason for setting the RAG status by hand"], missing.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
        var noChoice = await PlanTestData.ParseAsync(await PlanTestData.PostAsync(director, path, [new("Reason", "x")]));
        Assert.Equal(["Select a RAG status"], noChoice.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));

        var set = await PlanTestData.PostAsync(director, path, [new("Choice", "Green"), new("Reason", "Protocol signed by all partners on 24 November")]);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var page = await director.GetDocumentAsync($"/plan/objectives/{id}");
        Assert.Equal("The RAG of objective 1.2 was set to Green by hand.", page.QuerySelector("[data-testid=notice]")!.TextContent.Trim());
        Assert.Equal("Green", PlanTestData.RagOf(page, "[data-testid=objective-rag]"));
        Assert.Equal("(set by Demo Director of Children's Services: Protocol signed by all partners on 24 November)", page.QuerySelector("[data-testid=objective-rag] [data-testid=rag-override]")!.TextContent.Trim());
        Assert.Equal("Computed: Amber", page.QuerySelector("[data-testid=objective-rag] [data-testid=rag-computed]")!.TextContent.Trim());
        var logged = page.QuerySelector("[data-testid=updates] li")!;
        Assert.StartsWith("RAG set by hand by Demo Director of Children's Services", logged.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(
            "RAG: Amber (computed) → Green (set by Demo Director of Children's Services: Protocol signed by all partners on 24 November)",
            logged.QuerySelector("[data-testid=update-change]")!.TextContent.Trim());

        var exceptions = await director.GetDocumentAsync("/plan/exceptions");
        Assert.NotNull(exceptions.QuerySelector("[data-testid='exception-objective-1.2']"));

        Assert.Equal(HttpStatusCode.Redirect, (await PlanTestData.PostAsync(director, path, [new("Choice", "Computed")])).StatusCode);
        var cleared = await director.GetDocumentAsync($"/plan/objectives/{id}");
        Assert.Equal("Amber", PlanTestData.RagOf(cleared, "[data-testid=objective-rag]"));
        Assert.Null(cleared.QuerySelector("[data-testid=objective-rag] [data-testid=rag-override]"));
        Assert.Equal(
            "RAG: Green (set by Demo Director of Children's Services: Protocol signed by all partners on 24 November) → Amber (computed)",
            cleared.QuerySelector("[data-testid=updates] li [data-testid=update-change]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_director_edits_an_action_with_GOV_UK_date_errors_and_adds_an_action_and_a_milestone()
    {
        var director = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var id = await PlanTestData.ActionIdAsync(factory, "3.2.3");
        var path = $"/plan/edit/actions/{id}";
        var form = await director.GetDocumentAsync(path);
        string Value(string name) => ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector($"input[name='{name}']")!).Value;
        var owner = form.QuerySelector("select[name=Owner] option[selected]")!.GetAttribute("value")!;
        var lead = form.QuerySelector("select[name=Lead] option[selected]")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("ActionTitle", Value("ActionTitle")), new("Owner", owner), new("Lead", lead),
            new("start-day", Value("start-day")), new("start-month", Value("start-month")), new("start-year", Value("start-year")),
            new("due-day", "31"), new("due-month", "2"), new("due-year", "2027"),
        };
        var bad = await PlanTestData.ParseAsync(await PlanTestData.PostAsync(director, path, fields));
        Assert.Equal(["Enter a date in the format 31 3 2025"], bad.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
        Assert.Equal("#due-day", bad.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));

        fields[^3] = new("due-day", "31");
        fields[^2] = new("due-month", "3");
        var saved = await PlanTestData.PostAsync(director, path, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await director.GetDocumentAsync($"/plan/actions/{id}");
        Assert.Equal("Due date: 25 March 2027 → 31 March 2027", page.QuerySelector("[data-testid=updates] li [data-testid=update-change]")!.TextContent.Trim());

        var milestone = await PlanTestData.PostAsync(director, path, [new("MilestoneTitle", "Course booked"), new("milestone-due-day", "15"), new("milestone-due-month", "1"), new("milestone-due-year", "2027")], "Milestone");
        Assert.Equal(HttpStatusCode.Redirect, milestone.StatusCode);
        page = await director.GetDocumentAsync($"/plan/actions/{id}");
        Assert.Contains("Course booked", page.QuerySelector("[data-testid=milestones]")!.TextContent, StringComparison.Ordinal);

        var objective = await PlanTestData.ObjectiveIdAsync(factory, "3.2");
        var added = await PlanTestData.PostAsync(director, $"/plan/edit/actions?objective={objective}",
        [
            new("ActionTitle", "Exit interviews for every leaver"), new("Owner", owner), new("Lead", lead),
            new("start-day", "1"), new("start-month", "12"), new("start-year", "2026"),
            new("due-day", "31"), new("due-month", "1"), new("due-year", "2027"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var addedPage = await director.GetDocumentAsync(added.Headers.Location!.OriginalString);
        Assert.Equal("3.2.4 Exit interviews for every leaver", addedPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Action added", addedPage.QuerySelector("[data-testid=updates] li strong")!.TextContent.Trim());
    }

    [Fact]
    public async Task Recording_an_indicator_value_off_trajectory_turns_its_objective_red()
    {
        // Objective 4.2 is green; cla_reviews_in_timescale is expected at 85% from 26 September 2026 (tolerance 3).
        var director = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var objective = await PlanTestData.ObjectiveIdAsync(factory, "4.2");
        long indicator;
        await using (var db = factory.CreateContext())
        {
            indicator = await db.PlanIndicators.Where(i => i.ObjectiveId == objective && i.IndicatorId == "cla_reviews_in_timescale").Select(i => i.Id).SingleAsync();
        }

        var response = await PlanTestData.PostAsync(director, $"/plan/edit/indicators/{indicator}", [new("Value", "80"), new("as-at-day", "24"), new("as-at-month", "11"), new("as-at-year", "2026")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await director.GetDocumentAsync($"/plan/objectives/{objective}");
        Assert.Equal("Red", PlanTestData.RagOf(page, "[data-testid=objective-rag]"));
        Assert.Equal(
            "Children in care reviews within timescale: Off trajectory: 80% at 24 November 2026 against 85% expected by 26 September 2026",
            page.QuerySelector("[data-testid=reasons] li")!.TextContent.Trim());
        Assert.Equal(
            "Children in care reviews within timescale (cla_reviews_in_timescale): 86% at 10 November 2026 → 80% at 24 November 2026",
            page.QuerySelector("[data-testid=updates] li [data-testid=update-change]")!.TextContent.Trim());
    }
}

public sealed class SqlitePlanChangeTests(SqliteWebFactory factory) : PlanChangeTests<SqliteWebFactory>(factory);

public sealed class PostgreSqlPlanChangeTests(PostgreSqlWebFactory factory) : PlanChangeTests<PostgreSqlWebFactory>(factory);
