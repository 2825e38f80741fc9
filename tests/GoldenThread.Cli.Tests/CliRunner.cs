using GoldenThread.Cli;

namespace GoldenThread.Cli.Tests;

/// <summary>Runs the goldenthread command in-process, as a user would type it, and returns its exit code and error output.</summary>
internal static class CliRunner
{
    private static readonly SemaphoreSlim ConsoleLock = new(1, 1);

    public static async Task<(int ExitCode, string Error)> RunAsync(params string[] args)
    {
        await ConsoleLock.WaitAsync();
        var previous = Console.Error;
        try
        {
            using var error = new StringWriter();
            Console.SetError(error);
            var code = await GoldenThreadCommandLine.Build().Parse(args).InvokeAsync();
            return (code, error.ToString());
        }
        finally
        {
            Console.SetError(previous);
            ConsoleLock.Release();
        }
    }

    public static string TempDatabase() => Path.Combine(Path.GetTempPath(), $"goldenthread-cli-{Guid.NewGuid():N}.db");
}
