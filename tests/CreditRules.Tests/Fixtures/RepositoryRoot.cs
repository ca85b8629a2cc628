namespace CreditRules.Tests.Fixtures;

/// <summary>Finds the repository root: the nearest folder above the test binaries that holds CreditRules.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "CreditRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No folder above '" + AppContext.BaseDirectory + "' holds CreditRules.sln.");
    }
}
