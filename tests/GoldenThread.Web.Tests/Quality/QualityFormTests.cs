using System.Net;
using System.Security.Claims;
using GoldenThread.Core.Quality;
using GoldenThread.Data.Quality;
using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Tests.Quality;

/// <summary>The quality forms: planning a round, grading, moderation, actions and management oversight, with GOV.UK errors.</summary>
public sealed class QualityFormTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task An_auditor_plans_a_round_and_the_sample_is_drawn_and_assigned()
    {
        var client = await SignedInClient.SignInAsync(factory, "auditor@demo.local");
        await using var db = factory.CreateContext();
        var template = await db.AuditTemplates.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        var response = await QualityForms.PostAsync(client, "/quality/rounds/new",
        [
            F("name", "Themed: care leavers"), F("kind", "themed"), F("population", "status=care-leaver"),
            F("population-date-day", "25"), F("population-date-month", "11"), F("population-date-year", "2026"),
            F("size", "3"), F("stratify", "no"), F("exclude-months", "0"), F("template", template.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            F("due-date-day", "23"), F("due-date-month", "12"), F("due-date-year", "2026"), F("seed", "20261125"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(@"^/quality/rounds/\d+\?created=true$", location);

        var round = await db.AuditRounds.OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal(("Themed: care leavers", AuditRoundKind.Themed, "status=care-leaver", 20261125UL), (round.Name, round.Kind, round.PopulationFilter, round.Seed));
        var audits = await db.Audits.Where(a => a.RoundId == round.Id).OrderBy(a => a.DrawPosition).ToListAsync();
        Assert.Equal(Math.Min(3, round.FrameCount), audits.Count);
        Assert.All(audits, a => Assert.Equal((AuditStatus.Assigned, new DateOnly(2026, 12, 23), "Demo QA Auditor"), (a.Status, a.DueDate, a.AuditorName)));

        var page = await client.GetDocumentAsync(location);
        Assert.Contains("Sample drawn", page.QuerySelector("[data-testid=notice]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(round.FrameSha256, page.QuerySelector("[data-testid=sha256]")!.TextContent.Trim());
        Assert.Equal(
            "goldenthread sample --population \"status=care-leaver\" --size 3 --seed 20261125 --date 2026-11-25 --out sample.csv",
            page.QuerySelector("[data-testid=command]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Planning_a_round_with_mistakes_lists_each_problem_in_GOV_UK_words()
    {
        var client = await SignedInClient.SignInAsync(factory, "auditor@demo.local");
        var response = await QualityForms.PostAsync(client, "/quality/rounds/new",
        [
            F("name", ""), F("population", "status=cp;colour=red"),
            F("population-date-day", "31"), F("population-date-month", "2"), F("population-date-year", "2026"),
            F("size", "ten"), F("stratify", "yes"), F("exclude-months", "6"),
            F("due-date-day", ""), F("due-date-month", ""), F("due-date-year", ""), F("seed", "-1"),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await QualityForms.ParseAsync(response);
        Assert.Equal(
            [
                "Enter a name for the audit round",
                "Select whether this is a monthly or a themed audit",
                "Population filter 'colour' is not known. Use status, plan, category, legal-status, service, team, min-weeks, max-weeks, min-months, max-months, min-age or max-age",
                "Population date must be a real date",
                "Sample size must be a whole number",
                "Select an audit template",
                "Enter the due date",
                "Seed must be a whole number, or leave it blank",
            ],
            QualityForms.ErrorSummary(page));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("#population", page.QuerySelectorAll(".govuk-error-summary__list a")[2].GetAttribute("href"));
    }

    [Fact]
    public async Task An_incomplete_audit_is_not_submitted_and_a_draft_is_kept()
    {
        await using var db = factory.CreateContext();
        var auditor = await db.Users.SingleAsync(u => u.Email == "auditor@demo.local");
        var audit = await db.Audits.Where(a => a.AuditorUserId == auditor.Id && a.Status == AuditStatus.Assigned).OrderBy(a => a.Id).FirstAsync();
        var questions = await db.AuditQuestions.Where(q => q.TemplateId == db.AuditRounds.Where(r => r.Id == audit.RoundId).Select(r => r.TemplateId).First()).OrderBy(q => q.Position).ToListAsync();
        var first = questions[0].Id;
        var client = await SignedInClient.SignInAsync(factory, "auditor@demo.local");

        var submit = await QualityForms.PostAsync(client, $"/quality/audits/{audit.Id}/edit", [F("action", "submit"), F($"grade-{first}", "good"), F($"evidence-{first}", "Seen in the notes.")]);
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        var errors = QualityForms.ErrorSummary(await QualityForms.ParseAsync(submit));
        Assert.Equal("Enter the evidence for question 1.2", errors[1]);
        Assert.Equal(["Select yes if the child was seen", "Enter the child's voice: what the child said, or how their views were gathered", "Select an overall grade"], errors.TakeLast(3));
        Assert.Equal((questions.Count - 1) * 2 + 3, errors.Count);
        Assert.Equal(AuditStatus.Assigned, (await db.Audits.AsNoTracking().SingleAsync(a => a.Id == audit.Id)).Status);

        var save = await QualityForms.PostAsync(client, $"/quality/audits/{audit.Id}/edit", [F("action", "save"), F($"grade-{first}", "good"), F($"evidence-{first}", "Seen in the notes."), F("area", "planning")]);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var saved = await db.Audits.AsNoTracking().Include(a => a.Answers).Include(a => a.Findings).SingleAsync(a => a.Id == audit.Id);
        Assert.Equal(AuditStatus.InProgress, saved.Status);
        Assert.Equal((Grade.Good, "Seen in the notes."), saved.Answers.Where(a => a.QuestionId == first).Select(a => (a.Grade!.Value, a.Evidence!)).Single());
        Assert.Equal([("planning", FindingKind.AreaForDevelopment)], saved.Findings.Select(f => (f.Theme, f.Kind)));
        var form = await client.GetDocumentAsync($"/quality/audits/{audit.Id}/edit");
        Assert.Equal("Seen in the notes.", form.QuerySelector($"#evidence-{first}")!.TextContent);
    }

    [Fact]
    public async Task A_moderator_must_give_a_reason_to_change_a_grade_and_can_then_raise_an_action()
    {
        await using var db = factory.CreateContext();
        var manager = await db.Users.SingleAsync(u => u.Email == "servicemanager@demo.local");
        var links = await db.OrgUnits.Select(o => new GoldenThread.Core.Caseload.OrgUnitLink(o.Id, o.ParentId)).ToListAsync();
        var service = GoldenThread.Core.Caseload.OrgUnitTree.SelfAndDescendants(links, manager.OrgUnitId!.Value);
        var audit = await db.Audits.Where(a => a.Status == AuditStatus.Submitted && a.TeamId != null && service.Contains(a.TeamId.Value)).OrderBy(a => a.Id).FirstOrDefaultAsync();
        Assert.NotNull(audit);
        var changed = audit.AuditorGrade == Grade.Inadequate ? "good" : "inadequate";
        var client = await SignedInClient.SignInAsync(factory, "servicemanager@demo.local");

        var noReason = await QualityForms.PostAsync(client, $"/quality/audits/{audit.Id}/moderate", [F("moderated-grade", changed), F("reason", " ")]);
        Assert.Equal(["Enter the reason for changing the grade"], QualityForms.ErrorSummary(await QualityForms.ParseAsync(noReason)));
        var noGrade = await QualityForms.PostAsync(client, $"/quality/audits/{audit.Id}/moderate", [F("reason", "x")]);
        Assert.Equal(["Select the moderated grade"], QualityForms.ErrorSummary(await QualityForms.ParseAsync(noGrade)));

        var done = await QualityForms.PostAsync(client, $"/quality/audits/{audit.Id}/moderate", [F("moderated-grade", changed), F("reason", "The plan has no timescales.")]);
        Assert.Equal($"/quality/audits/{audit.Id}?done=moderated", done.Headers.Location!.OriginalString);
        var moderated = await db.Audits.AsNoTracking().SingleAsync(a => a.Id == audit.Id);
        Assert.Equal((AuditStatus.Moderated, audit.AuditorGrade, Grades.FromSlug(changed), "The plan has no timescales.", manager.Id), (moderated.Status, moderated.AuditorGrade, moderated.ModeratedGrade, moderated.ModerationReason, moderated.ModeratorUserId));

        var badAction = await QualityForms.PostAsync(client, $"/quality/audits/{audit.Id}/actions/new", [F("description", ""), F("for", "team"), F("due-date-day", "30"), F("due-date-month", "2"), F("due-date-year", "2027"), F("objective", "abc")]);
        Assert.Equal(
            ["Enter what needs to be done", "Due date must be a real date", "Improvement plan objective must be a whole number, or leave it blank"],
            QualityForms.ErrorSummary(await QualityForms.ParseAsync(badAction)));
        var action = await QualityForms.PostAsync(client, $"/quality/audits/{audit.Id}/actions/new", [F("description", "Rewrite the plan with timescales."), F("for", "team"), F("due-date-day", "8"), F("due-date-month", "1"), F("due-date-year", "2027"), F("objective", "12")]);
        Assert.Equal(HttpStatusCode.Redirect, action.StatusCode);
        var raised = await db.AuditActions.AsNoTracking().Where(a => a.AuditId == audit.Id).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(("Rewrite the plan with timescales.", (long?)null, audit.TeamId, new DateOnly(2027, 1, 8), (long?)12, AuditActionStatus.Open), (raised.Description, raised.WorkerId, raised.TeamId, raised.DueDate, raised.ImprovementObjectiveId, raised.Status));

        var page = await client.GetDocumentAsync($"/quality/audits/{audit.Id}");
        Assert.Contains("Rewrite the plan with timescales.", page.QuerySelector("[data-testid=actions]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Grades.Name(audit.AuditorGrade!.Value), page.QuerySelector("[data-testid=auditor-grade]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Only_auditors_with_the_moderation_flag_and_service_managers_within_their_service_moderate()
    {
        // A submitted audit outside the service manager's service: the other moderation test only moderates inside it.
        await using var db = factory.CreateContext();
        var manager = await db.Users.SingleAsync(u => u.Email == "servicemanager@demo.local");
        var links = await db.OrgUnits.Select(o => new GoldenThread.Core.Caseload.OrgUnitLink(o.Id, o.ParentId)).ToListAsync();
        var service = GoldenThread.Core.Caseload.OrgUnitTree.SelfAndDescendants(links, manager.OrgUnitId!.Value);
        var audit = await db.Audits.Where(a => a.Status == AuditStatus.Submitted && (a.TeamId == null || !service.Contains(a.TeamId.Value))).OrderBy(a => a.Id).FirstAsync();
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<GoldenThreadUser>>();
            var second = new GoldenThreadUser { UserName = "auditor2@demo.local", Email = "auditor2@demo.local", DisplayName = "Second auditor (synthetic)", EmailConfirmed = true, LockoutEnabled = true };
            Assert.True((await users.CreateAsync(second, GoldenThreadWebFactory.Password)).Succeeded);
            await users.AddToRoleAsync(second, Roles.Auditor);
        }

        var plain = await SignedInClient.SignInAsync(factory, "auditor2@demo.local");
        var refused = await plain.GetAsync($"/quality/audits/{audit.Id}/moderate");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<GoldenThreadUser>>();
            var second = await users.FindByEmailAsync("auditor2@demo.local");
            await users.AddClaimAsync(second!, new Claim(QualityClaims.Moderator, "true"));
        }

        var flagged = await SignedInClient.SignInAsync(factory, "auditor2@demo.local");
        var form = await flagged.GetDocumentAsync($"/quality/audits/{audit.Id}/moderate");
        Assert.NotNull(form.QuerySelector("input[name=moderated-grade]"));

        var serviceManager = await SignedInClient.SignInAsync(factory, "servicemanager@demo.local");
        Assert.Equal(HttpStatusCode.NotFound, (await serviceManager.GetAsync($"/quality/audits/{audit.Id}/moderate")).StatusCode);
    }

    [Fact]
    public async Task A_team_manager_records_management_oversight_on_a_childs_record()
    {
        await using var db = factory.CreateContext();
        var manager = await db.Users.SingleAsync(u => u.Email == "teammanager@demo.local");
        var child = await db.Allocations.Where(GoldenThread.Core.Caseload.CaseloadRules.AllocationCurrentAt(GoldenThreadWebFactory.Today)).Where(a => a.TeamId == manager.OrgUnitId).Select(a => a.ChildId).FirstAsync();
        var client = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");

        var empty = await QualityForms.PostAsync(client, $"/quality/oversight/{child}", [F("decision-date-day", "26"), F("decision-date-month", "11"), F("decision-date-year", "2026"), F("decision", "")]);
        Assert.Equal(
            ["The date of the decision must be today or in the past", "Enter the decision and the reasons for it"],
            QualityForms.ErrorSummary(await QualityForms.ParseAsync(empty)));

        var before = await db.ManagementOversightDecisions.CountAsync(d => d.ChildId == child);
        var response = await QualityForms.PostAsync(client, $"/quality/oversight/{child}", [F("decision-date-day", "25"), F("decision-date-month", "11"), F("decision-date-year", "2026"), F("decision", "Continue the plan; review in four weeks.")]);
        Assert.Equal($"/quality/oversight/{child}?recorded=true", response.Headers.Location!.OriginalString);
        Assert.Equal(before + 1, await db.ManagementOversightDecisions.CountAsync(d => d.ChildId == child));
        var page = await client.GetDocumentAsync($"/quality/oversight/{child}");
        Assert.Contains("Continue the plan; review in four weeks.", page.QuerySelector("[data-testid=decisions]")!.TextContent, StringComparison.Ordinal);

        var outside = await db.Children.Where(c => !db.Allocations.Any(a => a.ChildId == c.Id && a.TeamId == manager.OrgUnitId)).Select(c => c.Id).FirstAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/quality/oversight/{outside}")).StatusCode);
    }
}
