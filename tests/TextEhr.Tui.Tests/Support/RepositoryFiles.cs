namespace TextEhr.Tui.Tests.Support;

/// <summary>Files of the repository itself, found by walking up from the test assembly to TextEhr.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Themes => Path.Combine(Root, "themes");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TextEhr.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("TextEhr.sln not found above " + AppContext.BaseDirectory);
    }
}
