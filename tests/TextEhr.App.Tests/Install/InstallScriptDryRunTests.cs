using System.Diagnostics;
using System.Text.Json;

namespace TextEhr.App.Tests.Install;

/// <summary>
/// install.ps1 run for real by pwsh with -NonInteractive against a temporary LOCALAPPDATA and fake publish
/// folders: install, upgrade, uninstall, a broken source and a failed swap. Off Windows the script skips only the
/// shortcuts, HKCU\Console and the font check, so every file step here is the one a Windows PC runs.
/// </summary>
public sealed class InstallScriptDryRunTests
{
    [Fact]
    public void A_non_interactive_install_copies_from_a_folder_with_brackets_creates_the_data_and_exits_0()
    {
        using var sandbox = new InstallSandbox();
        var source = sandbox.Build("publish [1]", "v1", Path.Combine("runtimes", "win-x64", "native", "e_sqlite3.dll"));
        // Any managed assembly carries a product version, as the real textehr.dll does.
        var assembly = typeof(InstallSandbox).Assembly.Location;
        File.Copy(assembly, Path.Combine(source, "textehr.dll"));
        var version = FileVersionInfo.GetVersionInfo(assembly).ProductVersion;

        var result = sandbox.Install(null, "-ProgramSource", source);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("v1", File.ReadAllText(Path.Combine(sandbox.ProgramDir, "textehr.exe")));
        Assert.True(File.Exists(Path.Combine(sandbox.ProgramDir, "runtimes", "win-x64", "native", "e_sqlite3.dll")));
        Assert.True(Directory.Exists(sandbox.DataDir));
        Assert.False(Directory.Exists(sandbox.ProgramDir + ".new"));
        Assert.False(Directory.Exists(sandbox.ProgramDir + ".old"));
        Assert.Contains("対話できない実行(-NonInteractive など)なので、合言葉(パスフレーズ)は尋ねませんでした", result.Output, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(version));
        Assert.Contains($"入れる版: {version}(", result.Output, StringComparison.Ordinal);
        Assert.Contains(source, result.Output, StringComparison.Ordinal);
        Assert.Contains("入りました。", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Windows_Terminal_fragment_starts_the_installed_program_in_BIZ_UDGothic()
    {
        using var sandbox = new InstallSandbox();

        var result = sandbox.Install(null, "-ProgramSource", sandbox.Build("publish", "v1"));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var fragment = JsonDocument.Parse(File.ReadAllText(sandbox.FragmentFile));
        var profile = Assert.Single(fragment.RootElement.GetProperty("profiles").EnumerateArray().ToList());
        var exe = Path.Combine(sandbox.ProgramDir, "textehr.exe");
        Assert.Equal("TextEhr 電子カルテ", profile.GetProperty("name").GetString());
        Assert.Equal($"\"{exe}\"", profile.GetProperty("commandline").GetString());
        Assert.Equal(sandbox.ProgramDir, profile.GetProperty("startingDirectory").GetString());
        Assert.Equal("BIZ UDGothic", profile.GetProperty("font").GetProperty("face").GetString());
        Assert.Equal(15, profile.GetProperty("font").GetProperty("size").GetInt32());
    }

    [Fact]
    public void An_upgrade_replaces_only_the_program_and_keeps_the_data()
    {
        using var sandbox = new InstallSandbox();
        Assert.True(sandbox.Install(null, "-ProgramSource", sandbox.Build("v1", "v1", "old-only.dll")).ExitCode == 0);
        var patients = Path.Combine(sandbox.DataDir, "textehr.db");
        File.WriteAllText(patients, "patients");

        var result = sandbox.Install(null, "-ProgramSource", sandbox.Build("v2", "v2", "textehr.dll"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("v2", File.ReadAllText(Path.Combine(sandbox.ProgramDir, "textehr.exe")));
        Assert.True(File.Exists(Path.Combine(sandbox.ProgramDir, "textehr.dll")));
        Assert.False(File.Exists(Path.Combine(sandbox.ProgramDir, "old-only.dll")));
        Assert.False(Directory.Exists(sandbox.ProgramDir + ".old"));
        Assert.Equal("patients", File.ReadAllText(patients));
    }

    [Fact]
    public void Uninstall_removes_the_program_and_fragment_keeps_the_data_and_does_not_follow_links()
    {
        using var sandbox = new InstallSandbox();
        var data = Path.Combine(sandbox.Root, "clinic data");
        Assert.True(sandbox.Install(data, "-ProgramSource", sandbox.Build("publish", "v1")).ExitCode == 0);
        File.WriteAllText(Path.Combine(data, "textehr.db"), "patients");
        // A link inside the program folder to the data, and one to a file: removing the program must not empty them.
        Directory.CreateSymbolicLink(Path.Combine(sandbox.ProgramDir, "data-link"), data);
        var note = Path.Combine(sandbox.Root, "note.txt");
        File.WriteAllText(note, "note");
        File.CreateSymbolicLink(Path.Combine(sandbox.ProgramDir, "runtimes-note"), note);

        var result = sandbox.Install(data, "-Uninstall");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(Directory.Exists(sandbox.ProgramDir));
        Assert.False(File.Exists(sandbox.FragmentFile));
        Assert.Equal("patients", File.ReadAllText(Path.Combine(data, "textehr.db")));
        Assert.Equal("note", File.ReadAllText(note));
        Assert.Contains($"データは消していません: {data}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_without_textehr_exe_stops_and_the_old_program_stays()
    {
        using var sandbox = new InstallSandbox();
        Assert.True(sandbox.Install(null, "-ProgramSource", sandbox.Build("v1", "v1")).ExitCode == 0);
        var empty = Directory.CreateDirectory(Path.Combine(sandbox.Root, "empty")).FullName;

        var result = sandbox.Install(null, "-ProgramSource", empty);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("textehr.exe がありません", result.Output, StringComparison.Ordinal);
        Assert.Equal("v1", File.ReadAllText(Path.Combine(sandbox.ProgramDir, "textehr.exe")));
    }

    [Fact]
    public void A_relative_TEXTEHR_DATA_stops_the_install_before_anything_is_written()
    {
        using var sandbox = new InstallSandbox();

        var result = sandbox.Install("data", "-ProgramSource", sandbox.Build("publish", "v1"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("止まりました / stopped: TEXTEHR_DATA がフルパスではありません(「data」)", result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(sandbox.LocalAppData));
    }

    [Fact]
    public void In_a_checkout_with_the_SDK_it_publishes_afresh_into_an_emptied_folder_instead_of_installing_an_old_build()
    {
        using var sandbox = new InstallSandbox();
        var project = Directory.CreateDirectory(Path.Combine(sandbox.Root, "src", "TextEhr.App")).FullName;
        var publish = sandbox.Build("publish", "stale", "old.dll");

        // A function named dotnet wins over the real one: it records the call and leaves a fresh build behind.
        var result = sandbox.DotSourced($$"""
            $ProjectDir = '{{Quoted(project)}}'
            $PublishDir = '{{Quoted(publish)}}'
            function dotnet { "called: dotnet $args"; "stale left: $(Test-Path -LiteralPath (Join-Path $PublishDir 'old.dll'))"; New-Item -ItemType Directory -Path $PublishDir -Force | Out-Null; Set-Content -LiteralPath (Join-Path $PublishDir 'textehr.exe') -Value 'fresh' -NoNewline; $global:LASTEXITCODE = 0 }
            "found: $(Find-Program)"
            """);

        Assert.True(result.ExitCode == 0, result.ToString());
        // A function sees -p:X=Y as two words; the real dotnet gets it whole.
        Assert.Contains($"called: dotnet publish {project} -c Release -r win-x64 --self-contained -p: PublishReadyToRun=true -o {publish}", result.Output, StringComparison.Ordinal);
        Assert.Contains($"found: {publish}", result.Output, StringComparison.Ordinal);
        Assert.Equal("fresh", File.ReadAllText(Path.Combine(publish, "textehr.exe")));
        // The folder was emptied before the build, so a file only the older build had is not installed with the new one.
        Assert.Contains("stale left: False", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(publish, "old.dll")));
    }

    [Fact]
    public void When_the_new_folder_cannot_be_put_in_place_the_old_program_is_put_back()
    {
        using var sandbox = new InstallSandbox();
        Assert.True(sandbox.Install(null, "-ProgramSource", sandbox.Build("v1", "v1")).ExitCode == 0);
        var v2 = sandbox.Build("v2", "v2");

        // A function named Rename-Item wins over the cmdlet: it refuses the one rename of TextEhr.new to TextEhr.
        var result = sandbox.DotSourced($$"""
            function Rename-Item([string]$LiteralPath, [string]$NewName) {
                if ($LiteralPath -eq $StagingDir) { throw 'simulated: access denied' }
                Microsoft.PowerShell.Management\Rename-Item -LiteralPath $LiteralPath -NewName $NewName
            }
            try { Install-ProgramFiles '{{Quoted(v2)}}'; 'no error' } catch { $_.Exception.Message }
            """);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("新しいプログラムに入れ替えられなかったので、前のプログラムに戻しました", result.Output, StringComparison.Ordinal);
        Assert.Contains("simulated: access denied", result.Output, StringComparison.Ordinal);
        Assert.Equal("v1", File.ReadAllText(Path.Combine(sandbox.ProgramDir, "textehr.exe")));
        Assert.False(Directory.Exists(sandbox.ProgramDir + ".old"));
    }

    private static string Quoted(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
