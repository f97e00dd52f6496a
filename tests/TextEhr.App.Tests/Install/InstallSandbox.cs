namespace TextEhr.App.Tests.Install;

/// <summary>
/// A temporary <c>%LOCALAPPDATA%</c> for install.ps1, with fake program folders to install from. The script runs
/// for real under pwsh; off Windows it skips only the shortcuts, <c>HKCU\Console</c>, the font check, Unblock-File and
/// the running-process check. Dot-sourced runs only define the functions, so they are safe on Windows too.
/// </summary>
internal sealed class InstallSandbox : IDisposable
{
    public InstallSandbox()
    {
        Root = Directory.CreateTempSubdirectory("textehr-install-").FullName;
        LocalAppData = Directory.CreateDirectory(Path.Combine(Root, "local")).FullName;
    }

    public string Root { get; }

    public string LocalAppData { get; }

    public string ProgramDir => Path.Combine(LocalAppData, "Programs", "TextEhr");

    public string DataDir => Path.Combine(LocalAppData, "TextEhr");

    public string FragmentFile => Path.Combine(LocalAppData, "Microsoft", "Windows Terminal", "Fragments", "TextEhr", "textehr.json");

    /// <summary>A fake publish folder: <c>textehr.exe</c> holding <paramref name="version"/>, plus the given extra files.</summary>
    public string Build(string folderName, string version, params string[] extraFiles)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Root, folderName)).FullName;
        File.WriteAllText(Path.Combine(folder, "textehr.exe"), version);
        foreach (var file in extraFiles)
        {
            var path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, version);
        }

        return folder;
    }

    /// <summary><c>pwsh -File install.ps1</c> with these arguments, this sandbox as LOCALAPPDATA and TEXTEHR_DATA as given.</summary>
    public PwshResult Install(string? textEhrData, params string[] arguments)
    {
        // On Windows the script would also write the real Start menu, desktop and HKCU: those are for the manual checklist.
        Assert.False(OperatingSystem.IsWindows(), "The install.ps1 dry runs write shortcuts and HKCU on Windows; run them on Linux (CI) and use the README's checklist on Windows.");
        return PwshProcess.Run(["-File", InstallScript.PathOnDisk, .. arguments], Environment(textEhrData));
    }

    /// <summary>Runs <paramref name="script"/> after dot-sourcing install.ps1 (which then runs none of its steps).</summary>
    public PwshResult DotSourced(string script, string? textEhrData = null)
    {
        var file = Path.Combine(Root, $"test-{Guid.NewGuid():N}.ps1");
        File.WriteAllText(file, $". '{InstallScript.PathOnDisk.Replace("'", "''", StringComparison.Ordinal)}'\n{script}\n");
        return PwshProcess.Run(["-File", file], Environment(textEhrData));
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private Dictionary<string, string?> Environment(string? textEhrData) => new(StringComparer.Ordinal)
    {
        ["LOCALAPPDATA"] = LocalAppData,
        ["TEXTEHR_DATA"] = textEhrData,
    };
}
