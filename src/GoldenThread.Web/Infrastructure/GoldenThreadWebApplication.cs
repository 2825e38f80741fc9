using System.Threading.RateLimiting;
using GoldenThread.Core.Calendar;
using GoldenThread.Data;
using GoldenThread.Data.Security;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Quality;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace GoldenThread.Web;

public static class GoldenThreadWebApplication
{
    public static WebApplicationBuilder AddGoldenThread(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var settings = DatabaseSettings.From(configuration["Database:Provider"], configuration.GetConnectionString("GoldenThread"));
        var services = builder.Services;
        builder.AddGoldenThreadObservability();
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
        });
        services.AddDataProtection().PersistKeysToDbContext<GoldenThreadDbContext>().SetApplicationName("GoldenThread");

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.ChildLevel, p => p.RequireAuthenticatedUser().RequireRole(Roles.ChildLevel))
            .AddPolicy(Policies.DataManagement, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.Analyst))
            .AddPolicy(Policies.PlanEdit, p => p.RequireAuthenticatedUser().RequireRole(Roles.Director, Roles.Administrator));
        services.AddGoldenThreadQuality(configuration);
        services.AddGoldenThreadDashboards();
        services.AddGoldenThreadSecurity(configuration);
        services.AddSingleton<Imports.ImportJobQueue>();
        services.AddSingleton<Imports.ImportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Imports.ImportWorker>());

        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Accessibility");
            options.Conventions.AuthorizeFolder("/Children", Policies.ChildLevel);
            options.Conventions.AuthorizePage("/Overview/Children", Policies.ChildLevel);
            options.Conventions.AuthorizeFolder("/Data", Policies.DataManagement);
            options.Conventions.AuthorizePage("/Indicators/Children", Policies.ChildLevel);
            options.Conventions.AuthorizeFolder("/DataQuality", Policies.ChildLevel);
            options.Conventions.AddPageApplicationModelConvention("/Account/SignIn", model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.SignIn)));
            options.Conventions.AddPageApplicationModelConvention("/Data/Upload", model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.Upload)));
            options.Conventions.AuthorizeFolder("/Plan/Edit", Policies.PlanEdit);
            options.Conventions.AddQualityConventions();
            options.Conventions.AddSecurityConventions();
        });
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ChildRecordAccessLog>();
        services.AddScoped<DataProvenance>();
        services.AddSingleton<Indicators.IndicatorService>();
        services.AddSingleton<Indicators.BenchmarkService>();
        services.AddSingleton<Indicators.MonthEndSnapshotService>();
        services.AddHostedService(sp => sp.GetRequiredService<Indicators.MonthEndSnapshotService>());
        services.AddSingleton<DataQuality.DataQualityService>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var signInLimit = configuration.GetValue<int?>("RateLimits:SignInPerMinute") ?? 30;
            var uploadLimit = configuration.GetValue<int?>("RateLimits:UploadsPerMinute") ?? 10;
            options.AddPolicy(RateLimits.SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signInLimit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
            options.AddPolicy(RateLimits.Upload, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = uploadLimit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        services.AddScoped<Improvement.PlanStore>();
        services.AddScoped<Improvement.PlanAccess>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Observability.ReadyTag]);
        return builder;
    }

    public static WebApplication UseGoldenThread(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseGoldenThreadRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            // Strict-Transport-Security on HTTPS responses only; never in Development, where it would stick to localhost.
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseGoldenThreadRouteCapture();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapGoldenThreadHealth();
        app.MapGoldenThreadMetrics();
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

public static class RateLimits
{
    /// <summary>Sign-in attempts: 30 a minute from one address (setting RateLimits:SignInPerMinute), on top of account lockout after 5 failures.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Uploads: 10 a minute per person (setting RateLimits:UploadsPerMinute).</summary>
    public const string Upload = "upload";
}

public static class Policies
{
    public const string ChildLevel = nameof(ChildLevel);

    /// <summary>Loading, reloading and rolling back data: Administrators and Analysts.</summary>
    public const string DataManagement = nameof(DataManagement);

    /// <summary>Editing the improvement plan: Directors and Administrators (action owners update their own actions).</summary>
    public const string PlanEdit = nameof(PlanEdit);
}
