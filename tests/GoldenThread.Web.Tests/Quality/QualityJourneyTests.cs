using GoldenThread.Core.Caseload;
using GoldenThread.Core.Quality;
using GoldenThread.Web.Tests.Journeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GoldenThread.Web.Tests.Quality;

/// <summary>In a real browser: an auditor completes and submits an assigned audit; a moderator changes the grade with a reason; the QA overview updates.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class QualityJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_auditor_submits_an_audit_a_moderator_changes_its_grade_and_the_overview_updates()
    {
        // An audit assigned to the demo auditor, of a child held in the demo service manager's service.
        long auditId;
        List<long> questions;
        await using (var db = browser.Factory.CreateContext())
        {
            var manager = await db.Users.SingleAsync(u => u.Email == "servicemanager@demo.local");
            var auditor = await db.Users.SingleAsync(u => u.Email == "auditor@demo.local");
            var links = await db.OrgUnits.Select(o => new OrgUnitLink(o.Id, o.ParentId)).ToListAsync();
            var service = OrgUnitTree.SelfAndDescendants(links, manager.OrgUnitId!.Value);
            var audit = await db.Audits.Where(a => a.AuditorUserId == auditor.Id && a.Status == AuditStatus.Assigned && a.TeamId != null && service.Contains(a.TeamId.Value))
                .OrderBy(a => a.Id).FirstOrDefaultAsync();
            Assert.NotNull(audit);
            auditId = audit.Id;
            var template = await db.AuditRounds.Where(r => r.Id == audit.RoundId).Select(r => r.TemplateId).SingleAsync();
            questions = await db.AuditQuestions.Where(q => q.TemplateId == template).OrderBy(q => q.Position).Select(q => q.Id).ToListAsync();
        }

        // The service manager's overview before.
        var moderatorPage = await browser.SignInAsync("servicemanager@demo.local");
        await moderatorPage.GotoAsync("/quality");
        var changesBefore = int.Parse(await moderatorPage.Locator("[data-testid=qa-moderation-changes]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var doneBefore = int.Parse(await moderatorPage.Locator("[data-testid=qa-completed]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        // The auditor completes and submits the audit.
        var auditorPage = await browser.SignInAsync("auditor@demo.local");
        await auditorPage.GetByRole(AriaRole.Link, new() { Name = "Quality assurance" }).ClickAsync();
        await Assertions.Expect(auditorPage.Locator("h1")).ToHaveTextAsync("Quality assurance");
        await auditorPage.GetByRole(AriaRole.Link, new() { Name = "Your audits and audits to moderate" }).ClickAsync();
        await auditorPage.Locator($"[data-testid=my-audits] tr[data-audit-id='{auditId}'] a").ClickAsync();
        await Assertions.Expect(auditorPage.Locator("h1")).ToContainTextAsync("Audit of ");
        foreach (var question in questions)
        {
            await auditorPage.Locator($"input[name='grade-{question}'][value='good']").CheckAsync();
            await auditorPage.Locator($"#evidence-{question}").FillAsync("The case notes for October show this clearly.");
        }

        await auditorPage.GetByLabel("Yes").First.CheckAsync();
        await auditorPage.GetByLabel("The child's voice").FillAsync("Said they feel listened to at school.");
        await auditorPage.Locator("#area-planning").CheckAsync();
        await auditorPage.Locator("#strength-visits").CheckAsync();
        await auditorPage.Locator("input[name='overall-grade'][value='good']").CheckAsync();
        await BrowserFixture.ScreenshotAsync(auditorPage, "audit-form");
        await auditorPage.GetByRole(AriaRole.Button, new() { Name = "Submit audit" }).ClickAsync();
        await Assertions.Expect(auditorPage.Locator("[data-testid=notice]")).ToHaveTextAsync("Audit submitted. It will be moderated next.");
        await Assertions.Expect(auditorPage.Locator("[data-testid=auditor-grade]")).ToHaveTextAsync("Good");
        await auditorPage.Context.CloseAsync();

        // The moderator changes the grade with a reason.
        await moderatorPage.GotoAsync("/quality/audits");
        await moderatorPage.Locator($"[data-testid=to-moderate] tr[data-audit-id='{auditId}'] a").ClickAsync();
        await moderatorPage.GetByRole(AriaRole.Button, new() { Name = "Moderate this audit" }).ClickAsync();
        await moderatorPage.GetByRole(AriaRole.Button, new() { Name = "Confirm moderation" }).ClickAsync();
        await Assertions.Expect(moderatorPage.Locator(".govuk-error-summary")).ToContainTextAsync("Select the moderated grade");
        await moderatorPage.GetByLabel("Requires improvement").CheckAsync();
        await moderatorPage.GetByRole(AriaRole.Button, new() { Name = "Confirm moderation" }).ClickAsync();
        await Assertions.Expect(moderatorPage.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reason for changing the grade");
        await moderatorPage.GetByLabel("Reason").FillAsync("The plan has no timescales, so planning cannot be good.");
        await moderatorPage.GetByRole(AriaRole.Button, new() { Name = "Confirm moderation" }).ClickAsync();
        await Assertions.Expect(moderatorPage.Locator("[data-testid=notice]")).ToHaveTextAsync("Moderation recorded. Both grades are kept.");
        await Assertions.Expect(moderatorPage.Locator("[data-testid=auditor-grade]")).ToHaveTextAsync("Good");
        await Assertions.Expect(moderatorPage.Locator("[data-testid=moderated-grade]")).ToContainTextAsync("Requires improvement");
        await Assertions.Expect(moderatorPage.Locator("[data-testid=moderation-reason]")).ToHaveTextAsync("The plan has no timescales, so planning cannot be good.");

        // The overview counts one more audit done and one more grade changed at moderation.
        await moderatorPage.GetByRole(AriaRole.Link, new() { Name = "Quality assurance" }).ClickAsync();
        await Assertions.Expect(moderatorPage.Locator("[data-testid=qa-moderation-changes]")).ToHaveTextAsync((changesBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(moderatorPage.Locator("[data-testid=qa-completed]")).ToHaveTextAsync((doneBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await BrowserFixture.ScreenshotAsync(moderatorPage, "quality-overview");
        await moderatorPage.Context.CloseAsync();

        await using var check = browser.Factory.CreateContext();
        var saved = await check.Audits.AsNoTracking().SingleAsync(a => a.Id == auditId);
        Assert.Equal((AuditStatus.Moderated, Grade.Good, Grade.RequiresImprovement), (saved.Status, saved.AuditorGrade!.Value, saved.ModeratedGrade!.Value));
    }
}
