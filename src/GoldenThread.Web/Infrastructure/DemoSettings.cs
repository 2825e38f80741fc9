namespace GoldenThread.Web.Infrastructure;

/// <summary>Settings under <c>Demo</c>: whether a first start creates the synthetic demo authority, and its size.</summary>
public sealed class DemoSettings
{
    public bool SeedOnFirstStart { get; set; } = true;

    public int Children { get; set; } = 20000;

    public int Years { get; set; } = 6;

    public int Seed { get; set; } = 42;
}
