using System.Text;
using System.Text.RegularExpressions;

namespace TextEhr.App.Tests.Install;

/// <summary>
/// install.ps1 checked as text: where it writes, that it never deletes the data, the console font and size,
/// 5.1 syntax (pwsh 7 is what runs it in <see cref="InstallScriptLogicTests"/> and <see cref="InstallScriptDryRunTests"/>),
/// the BOM and the <c>-Uninstall</c> switch. The checkers are also run on broken copies of the script, so each
/// check is shown to fail when it should.
/// </summary>
public sealed class InstallScriptTests
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    [Fact]
    public void Every_path_it_writes_is_under_the_users_own_folders_or_HKCU_Console()
    {
        var script = InstallScript.Load();

        Assert.Empty(script.PathProblems());
        var written = script.WriteSites().Where(site => !site.Removes).SelectMany(site => site.Paths).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(@"%LOCALAPPDATA%\Programs\TextEhr.new", written);
        Assert.Contains(@"%Programs%\TextEhr 電子カルテ.lnk", written);
        Assert.Contains(@"%Desktop%\TextEhr 電子カルテ.lnk", written);
        Assert.Contains(@"Console\TextEhr 電子カルテ", written);
        Assert.Contains(@"Console\%LOCALAPPDATA%_Programs_TextEhr_textehr.exe", written);
        Assert.Contains(@"%LOCALAPPDATA%\Microsoft\Windows Terminal\Fragments\TextEhr\textehr.json", written);
        Assert.Contains(@"%PSScriptRoot%\publish", written);
    }

    [Fact]
    public void The_data_folder_is_the_apps_default_and_is_created_but_never_removed()
    {
        var script = InstallScript.Load();

        Assert.Equal([@"%LOCALAPPDATA%\TextEhr", "%TEXTEHR_DATA%"], script.DataFolders);
        Assert.Contains(script.WriteSites(), site => site is { Command: "New-Item", Variable: "DataDir", Removes: false });
        var removed = script.WriteSites().Where(site => site.Removes).SelectMany(site => site.Paths).ToList();
        Assert.Contains(@"%LOCALAPPDATA%\Programs\TextEhr", removed, StringComparer.Ordinal);
        Assert.DoesNotContain(removed, path => path.Equals(@"%LOCALAPPDATA%\TextEhr", StringComparison.OrdinalIgnoreCase));
        // Uninstall says where the data stays.
        Assert.Matches(new Regex(@"function Invoke-Uninstall[\s\S]*?Say ""[^""]*データ[^""]*\$DataDir""", RegexOptions.None, RegexTimeout), script.Code);
    }

    public static TheoryData<string, string> BrokenScripts => new()
    {
        { "Remove-Item -LiteralPath $DataDir -Recurse -Force", "can remove the data folder" },
        { "$Mine = Join-Path $env:LOCALAPPDATA 'TextEhr'\nRemove-Item -LiteralPath $Mine -Recurse", "can remove the data folder" },
        { "foreach ($gone in @($ProgramDir, $DataDir)) { Remove-Item -LiteralPath $gone -Recurse }", "can remove the data folder" },
        { "Remove-Item -LiteralPath $Nowhere -Recurse", "can remove the data folder: ?" },
        { "$Elsewhere = 'C:\\TextEhr'\nNew-Item -ItemType Directory -Path $Elsewhere", "writes outside the user's folders: C:\\TextEhr" },
        { "$Shared = Join-Path $env:ProgramFiles 'TextEhr'\nCopy-Item -Path x -Destination $Shared", "writes outside the user's folders: %ProgramFiles%\\TextEhr" },
        { "Set-Content -Path 'C:\\Windows\\textehr.txt' -Value 1", "Set-Content is used 1 time(s)" },
        { "[Microsoft.Win32.Registry]::LocalMachine.CreateSubKey('SOFTWARE\\TextEhr')", "LocalMachine is used" },
        { "$Run = 'Software\\Microsoft\\Windows\\CurrentVersion\\Run'\n[Microsoft.Win32.Registry]::CurrentUser.CreateSubKey($Run)", "writes outside the user's folders: Software" },
        { "Get-Date > C:\\log.txt", "> is used" },
        { "Remove-Folder $DataDir", "can remove the data folder" },
        { "$gone = Get-Item -LiteralPath $DefaultDataDir -Force\n$gone.Delete()", "can remove the data folder" },
        { "$unknown.Delete()", "can remove the data folder: ?" },
    };

    [Fact]
    public void Every_folder_it_removes_is_one_the_data_folder_is_checked_against()
    {
        var script = InstallScript.Load();

        var removed = script.Values("Folder").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(removed, script.Values("guarded").Order(StringComparer.Ordinal).ToList());
        Assert.Equal(
            [@"%LOCALAPPDATA%\Microsoft\Windows Terminal\Fragments\TextEhr", @"%LOCALAPPDATA%\Programs\TextEhr", @"%LOCALAPPDATA%\Programs\TextEhr.new", @"%LOCALAPPDATA%\Programs\TextEhr.old", @"%PSScriptRoot%\publish"],
            removed);
        // The removal goes through Remove-Folder only, which never recurses with Remove-Item -Recurse.
        Assert.DoesNotMatch(new Regex(@"Remove-Item\b[^\n]*-Recurse", RegexOptions.None, RegexTimeout), script.Code);
    }

    [Theory]
    [MemberData(nameof(BrokenScripts))]
    public void The_path_check_catches_a_broken_script(string addedLines, string expectedProblem)
    {
        var broken = new InstallScript(InstallScript.Load().Text + "\n" + addedLines + "\n");

        Assert.Contains(broken.PathProblems(), problem => problem.Contains(expectedProblem, StringComparison.Ordinal));
    }

    [Fact]
    public void It_uses_only_what_Windows_PowerShell_5_1_understands()
    {
        var script = InstallScript.Load();

        Assert.Empty(script.CompatibilityProblems());
        Assert.Contains("#Requires -Version 5.1", script.Text, StringComparison.Ordinal);
        Assert.Contains("Set-StrictMode -Version Latest", script.Code, StringComparison.Ordinal);
        Assert.Contains("$ErrorActionPreference = 'Stop'", script.Code, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> PowerShell7Lines => new()
    {
        { "$dir = $env:TEXTEHR_DATA ?? $default", "null-coalescing ??" },
        { "$length = $name?.Length", "null-conditional ?. or ?[" },
        { "dotnet --info && Write-Host ok", "pipeline chain &&" },
        { "dotnet --info || exit 1", "pipeline chain ||" },
        { "$size = $big ? 24 : 20", "ternary ? :" },
        { "1..3 | ForEach-Object -Parallel { $_ }", "ForEach-Object -Parallel" },
        { "Set-Content -Path $FragmentFile -Value $json -Encoding utf8NoBOM", "utf8NoBOM encoding" },
    };

    [Theory]
    [MemberData(nameof(PowerShell7Lines))]
    public void The_compatibility_check_catches_PowerShell_7_syntax(string line, string expectedProblem)
    {
        var broken = new InstallScript(InstallScript.Load().Text + "\n" + line + "\n");

        Assert.Contains(expectedProblem, broken.CompatibilityProblems(), StringComparer.Ordinal);
    }

    [Fact]
    public void Strings_and_comments_do_not_count_as_code()
    {
        var script = new InstallScript("# a ?? b && c\n<# Remove-Item -LiteralPath $DataDir #>\nWrite-Host 'x ? y : z || Set-Content > f'\nWrite-Host \"`\"&&`\"\"\n");

        Assert.Empty(script.CompatibilityProblems());
        Assert.Empty(script.PathProblems());
    }

    [Fact]
    public void The_file_starts_with_a_BOM_so_PowerShell_5_1_reads_the_Japanese_as_UTF_8()
    {
        var bytes = File.ReadAllBytes(InstallScript.PathOnDisk);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        Assert.Contains("TextEhr 電子カルテ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Uninstall_is_a_switch_that_runs_the_uninstall()
    {
        var code = InstallScript.Load().Code;

        Assert.Matches(new Regex(@"param\s*\([\s\S]*?\[switch\]\$Uninstall\b", RegexOptions.None, RegexTimeout), code);
        Assert.Matches(new Regex(@"if \(\$Uninstall\) \{ Invoke-Uninstall \}", RegexOptions.None, RegexTimeout), code);
    }

    [Fact]
    public void The_console_and_Windows_Terminal_use_BIZ_UDGothic_at_a_large_size()
    {
        var script = InstallScript.Load();

        Assert.Equal(["BIZ UDゴシック"], script.Values("FontFace"));
        Assert.Equal(["BIZ UDGothic"], script.Values("FontFaceLatin"));
        Assert.Contains("$key.SetValue('FaceName', $FontFace,", script.Code, StringComparison.Ordinal);
        Assert.Contains("FontSize = $FontHeightPixels * 0x10000", script.Code, StringComparison.Ordinal);
        Assert.Contains("font = [ordered]@{ face = $FontFaceLatin; size = $FontSizePoints }", script.Code, StringComparison.Ordinal);
        Assert.InRange(Number(script, "FontHeightPixels"), 18, 32);
        Assert.InRange(Number(script, "FontSizePoints"), 13, 24);
        Assert.InRange(Number(script, "Columns"), 80, 120);
        Assert.InRange(Number(script, "Rows"), 24, 40);
        foreach (var setting in new[] { "FontFamily = 0x36", "FontWeight = 400", "CodePage = 65001", "WindowSize = $Rows * 0x10000 + $Columns", "ScreenBufferSize = $Rows * 0x10000 + $Columns" })
        {
            Assert.Contains(setting, script.Code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_message_is_Japanese_first_with_English_second()
    {
        var code = InstallScript.Load().Code;
        var calls = Regex.Matches(code, @"(?<!function )\b(Say|Stop-Install)\s+(?<ja>""[^""]*""|'[^']*')\s+`?\s*(?<en>""[^""]*""|'[^']*')", RegexOptions.ExplicitCapture, RegexTimeout);

        Assert.True(calls.Count >= 12, $"only {calls.Count} messages found");
        foreach (Match call in calls)
        {
            Assert.Matches(new Regex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", RegexOptions.None, RegexTimeout), call.Groups["ja"].Value);
            Assert.DoesNotMatch(new Regex(@"[\p{IsHiragana}\p{IsKatakana}]", RegexOptions.None, RegexTimeout), call.Groups["en"].Value);
        }
    }

    private static int Number(InstallScript script, string variable) =>
        int.Parse(Assert.Single(script.Values(variable)), System.Globalization.CultureInfo.InvariantCulture);
}
