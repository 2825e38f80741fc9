using System.Net;

namespace GoldenThread.Web.Tests.Security;

/// <summary>Sessions end after Authentication:IdleTimeoutMinutes without a request; each request starts the count again.</summary>
public sealed class IdleTimeoutTests(IdleTimeoutFactory factory) : IClassFixture<IdleTimeoutFactory>
{
    [Fact]
    public async Task A_session_slides_while_used_and_ends_after_the_idle_timeout()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        // Used every 6 minutes for 18 minutes: past the 10-minute timeout since sign-in, but never idle for 10.
        for (var i = 0; i < 3; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(6));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overview")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var expired = await client.GetAsync("/overview");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/account/sign-in", SecurityForms.Location(expired), StringComparison.Ordinal);
    }
}
