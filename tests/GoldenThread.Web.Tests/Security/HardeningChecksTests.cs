using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Tests.Security;

/// <summary>The app with one extra address that throws, to see what a person is shown when something fails.</summary>
public sealed class FailingRequestFactory : SqliteWebFactory
{
    public const string FailingPath = "/test-only/fail";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, FailingStartupFilter>());
    }

    // Added after the app's own pipeline, so the exception passes back through its exception handler.
    private sealed class FailingStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) => context.Request.Path == FailingPath
                ? throw new InvalidOperationException("Synthetic failure with secret detail SELECT * FROM children")
                : nextMiddleware(context));
        };
    }
}

/// <summary>Go-live hardening: antiforgery on every form, no stack traces, HSTS on HTTPS, no inline script.</summary>
public sealed class HardeningChecksTests(FailingRequestFactory factory) : IClassFixture<FailingRequestFactory>
{
    [Fact]
    public async Task Every_page_with_a_post_handler_refuses_a_post_without_the_antiforgery_token()
    {
        var descriptors = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>().ToList();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        // Whichever of these may use a form must be refused for the missing token (400); the others are refused before that.
        var clients = new List<HttpClient> { SignedInClient.Anonymous(factory) };
        foreach (var email in new[] { "admin@demo.local", "director@demo.local", "auditor@demo.local", "servicemanager@demo.local" })
        {
            clients.Add((await SignedInClient.SignInAsync(factory, email)).Http);
        }

        var checkedForms = new List<string>();
        foreach (var descriptor in descriptors)
        {
            var compiled = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            var handlers = compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)).ToList();
            if (handlers.Count == 0)
            {
                continue;
            }

            var template = descriptor.AttributeRouteInfo!.Template!;
            var path = "/" + System.Text.RegularExpressions.Regex.Replace(
                template,
                "{([a-zA-Z]+)(:[^}]*)?(\\?)?}",
                m => m.Groups[2].Value.Contains("regex", StringComparison.Ordinal) ? "action" : m.Groups[3].Success ? string.Empty : "1").TrimEnd('/');
            foreach (var handler in handlers)
            {
                var url = handler.Name is null ? path : $"{path}?handler={handler.Name}";
                var statuses = new List<string>();
                foreach (var client in clients)
                {
                    var response = await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([new("field", "value")]));
                    var refusedFirst = response.StatusCode == HttpStatusCode.Redirect
                        && SecurityForms.Location(response) is var location
                        && (location.StartsWith("/account/sign-in?", StringComparison.Ordinal) || location.StartsWith("/account/access-denied", StringComparison.Ordinal));
                    Assert.True(response.StatusCode == HttpStatusCode.BadRequest || refusedFirst, $"POST {url} without a token gave {(int)response.StatusCode}");
                    statuses.Add(response.StatusCode.ToString());
                }

                Assert.True(statuses.Contains(nameof(HttpStatusCode.BadRequest)), $"No one allowed to use {url} was refused for the token: {string.Join(", ", statuses)}");

                checkedForms.Add(url);
            }
        }

        // The sign-in, two-factor, user administration and plan forms are among those checked.
        Assert.Contains("/account/sign-in", checkedForms);
        Assert.Contains("/account/sign-in/two-factor", checkedForms);
        Assert.Contains("/admin/users/1?handler=Lock", checkedForms);
        Assert.Contains("/plan/edit/objectives/1", checkedForms);
        Assert.True(checkedForms.Count >= 20, $"Only {checkedForms.Count} forms found");
    }

    [Fact]
    public async Task A_failure_shows_the_GOV_UK_error_page_without_any_detail()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var response = await client.GetAsync(FailingRequestFactory.FailingPath);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1 class=\"govuk-heading-l\">Sorry, there is a problem with the service</h1>", html, StringComparison.Ordinal);
        Assert.Contains("govuk-template", html, StringComparison.Ordinal);
        foreach (var leak in new[] { "Synthetic failure", "SELECT", "InvalidOperationException", "   at ", "StackTrace", ".cs:line" })
        {
            Assert.DoesNotContain(leak, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HTTPS_responses_carry_Strict_Transport_Security_and_HTTP_ones_do_not()
    {
        var https = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://goldenthread.synthetic-council.example"), AllowAutoRedirect = false });
        var secure = await https.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        Assert.Equal("max-age=2592000", secure.Headers.GetValues("Strict-Transport-Security").Single());
        var plain = await SignedInClient.Anonymous(factory).GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task New_pages_use_no_inline_script_or_style_so_the_strict_policy_needs_no_nonces()
    {
        var client = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        foreach (var path in new[] { "/admin/users", "/admin/users/new", "/admin/audit", "/admin/child-access?child=1", "/account/two-factor", "/account/two-factor/enrol" })
        {
            var page = await client.GetDocumentAsync(path);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"{path} has an inline script"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
        }
    }
}
