namespace GoldenThread.Core.Tests;

/// <summary>Finds the repository root and the shared reference folder beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SharedReference => Path.Combine(Root, "..", "shared", "reference");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GoldenThread.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Could not find GoldenThread.slnx above " + AppContext.BaseDirectory);
    }
}
