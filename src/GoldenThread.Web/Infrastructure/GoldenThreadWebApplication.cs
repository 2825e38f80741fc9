using GoldenThread.Core.Calendar;
using GoldenThread.Data;
using GoldenThread.Data.Security;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace GoldenThread.Web;

public static class GoldenThreadWebApplication
{
    public static WebApplicationBuilder AddGoldenThread(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var settings = DatabaseSettings.From(configuration["Database:Provider"], configuration.GetConnectionString("GoldenThread"));
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddGoldenThreadDatabase(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(WorkingDayCalendar.EnglandAndWales);
        services.AddOptions<DemoSettings>().Bind(configuration.GetSection("Demo"));

        services.AddIdentity<GoldenThreadUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<GoldenThreadDbContext>()
            .AddClaimsPrincipalFactory<ScopeClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "goldenthread";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
        });
        services.AddDataProtection().PersistKeysToDbContext<GoldenThreadDbContext>().SetApplicationName("GoldenThread");

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.ChildLevel, p => p.RequireAuthenticatedUser().RequireRole(Roles.ChildLevel))
            .AddPolicy(Policies.DataManagement, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.Analyst));
        services.AddGoldenThreadQuality(configuration);
        services.AddSingleton<Imports.ImportJobQueue>();
        services.AddSingleton<Imports.ImportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Imports.ImportWorker>());

        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AuthorizeFolder("/Children", Policies.ChildLevel);
            options.Conventions.AuthorizePage("/Overview/Children", Policies.ChildLevel);
            options.Conventions.AuthorizeFolder("/Data", Policies.DataManagement);
            options.Conventions.AddQualityConventions();
        });
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ChildRecordAccessLog>();
        services.AddScoped<DataProvenance>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication UseGoldenThread(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Applies migrations and, on a first start with demo seeding on, creates the synthetic demo authority and its users.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider);
        await seeder.PrepareAsync(app.Lifetime.ApplicationStopping);
    }
}

public static class Policies
{
    public const string ChildLevel = nameof(ChildLevel);

    /// <summary>Loading, reloading and rolling back data: Administrators and Analysts.</summary>
    public const string DataManagement = nameof(DataManagement);
}
