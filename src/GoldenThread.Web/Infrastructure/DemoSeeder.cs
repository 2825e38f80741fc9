using System.Security.Cryptography;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Infrastructure;

/// <summary>
/// On start: applies migrations; on a first start with demo seeding on, generates the synthetic demo authority
/// and creates one user per role. The password comes from GOLDENTHREAD_DEMO_PASSWORD, or is generated and printed once.
/// </summary>
public sealed partial class DemoSeeder(
    GoldenThreadDbContext db,
    UserManager<GoldenThreadUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<DemoSettings> settings,
    TimeProvider clock,
    WorkingDayCalendar calendar,
    IConfiguration configuration,
    ILogger<DemoSeeder> logger)
{
    public const string PasswordVariable = "GOLDENTHREAD_DEMO_PASSWORD";

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await DatabaseRegistration.MigrateAsync(db, cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (configuration.GetValue("PublishedStatistics:LoadShipped", true))
        {
            // DfE and ONS statistics shipped with the product, so benchmarks work out of the box; skipped once loaded.
            await GoldenThread.Data.Published.ShippedPublishedStatistics.LoadAllAsync(db, "first start", clock.GetUtcNow(), cancellationToken);
        }

        var demo = settings.Value;
        if (!demo.SeedOnFirstStart)
        {
            return;
        }

        if (!await db.Children.AnyAsync(cancellationToken) && !await db.OrgUnits.AnyAsync(cancellationToken))
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var options = new DemoOptions(demo.Children, demo.Years, demo.Seed, today);
            LogCreating(logger, demo.Children, demo.Years);
            var authority = DemoAuthorityGenerator.Generate(options, calendar);
            await new DemoAuthorityWriter(db).WriteAsync(authority, options, "first start", clock.GetUtcNow(), cancellationToken: cancellationToken);
            LogCreated(logger, authority.RecordCount);
        }

        if (!await db.Users.AnyAsync(cancellationToken) && await db.OrgUnits.AnyAsync(cancellationToken))
        {
            await CreateDemoUsersAsync(cancellationToken);
        }

        await Improvement.DemoPlanSeeder.SeedAsync(db, clock, cancellationToken);
        await new Data.Indicators.IndicatorTargetStore(db).SeedDemoTargetsAsync(clock.GetUtcNow(), cancellationToken);
        await Data.Quality.QualityDemo.SeedAsync(db, DateOnly.FromDateTime(clock.GetLocalNow().Date), clock.GetUtcNow(), demo.Seed, cancellationToken);
    }

    private async Task CreateDemoUsersAsync(CancellationToken cancellationToken)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = GeneratePassword();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var current = CaseloadRules.AllocationCurrentAt(today);
        var busiestTeam = await DemoUserPlacement.TeamsBusiestFirst(db.Allocations, today).FirstAsync(cancellationToken);
        var team = await db.OrgUnits.SingleAsync(o => o.Id == busiestTeam, cancellationToken);
        var busiestWorker = await db.Allocations.Where(current).Where(a => a.TeamId == team.Id)
            .GroupBy(a => a.WorkerId)
            .Select(g => new { WorkerId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.WorkerId)
            .FirstAsync(cancellationToken);

        var people = new (string Role, string Email, string Name, long? OrgUnit, long? Worker)[]
        {
            (Roles.Administrator, "admin@demo.local", "Demo Administrator", null, null),
            (Roles.Analyst, "analyst@demo.local", "Demo Performance Analyst", null, null),
            (Roles.Director, "director@demo.local", "Demo Director of Children's Services", null, null),
            (Roles.LeadMember, "leadmember@demo.local", "Demo Lead Member for Children", null, null),
            (Roles.ServiceManager, "servicemanager@demo.local", "Demo Service Manager", team.ParentId, null),
            (Roles.TeamManager, "teammanager@demo.local", "Demo Team Manager", team.Id, null),
            (Roles.SocialWorker, "socialworker@demo.local", "Demo Social Worker", team.Id, busiestWorker.WorkerId),
            (Roles.Auditor, "auditor@demo.local", "Demo QA Auditor", null, null),
        };
        foreach (var person in people)
        {
            var user = new GoldenThreadUser
            {
                UserName = person.Email,
                Email = person.Email,
                EmailConfirmed = true,
                DisplayName = person.Name,
                OrgUnitId = person.OrgUnit,
                WorkerId = person.Worker,
                LockoutEnabled = true,
            };
            var result = await users.CreateAsync(user, password!);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create the demo user {person.Email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, person.Role);
        }

        if (generated)
        {
            // Printed once to the console for the person starting the app; never written to the logs.
            Console.WriteLine($"Demo users created (admin@demo.local, analyst@demo.local, director@demo.local, leadmember@demo.local, servicemanager@demo.local, teammanager@demo.local, socialworker@demo.local, auditor@demo.local). Their password, shown only this once: {password}");
        }
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = new char[20];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        // Identity's defaults ask for an upper-case letter, a lower-case letter and a digit.
        return new string(chars) + "Aa1";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Creating the synthetic demo authority: {Children} children over {Years} years")]
    private static partial void LogCreating(ILogger logger, int children, int years);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synthetic demo authority created: {Records} records")]
    private static partial void LogCreated(ILogger logger, int records);
}
