using System.Text.Json;
using TextEhr.App.Hosting;

namespace TextEhr.App.Tests.Install;

/// <summary>
/// install.ps1's own functions run by the real pwsh: the PowerShell parser, dot-sourcing without side effects,
/// the -NonInteractive check, and the data folder resolved as the app resolves it and refused where an upgrade or
/// uninstall would delete it.
/// </summary>
public sealed class InstallScriptLogicTests
{
    private const string NotFullPath = "TEXTEHR_DATA がフルパスではありません";
    private const string Overlaps = "更新や削除で消すフォルダ";

    // One pwsh run answers every data-folder case below; each case is then its own test.
    private static readonly Lazy<(string LocalAppData, Dictionary<string, DataFolderAnswer> Answers)> DataFolderAnswers = new(AskAboutDataFolders);

    [Fact]
    public void The_PowerShell_parser_finds_no_errors_in_install_ps1()
    {
        var script = $"$errors = $null; $tokens = $null; [void][System.Management.Automation.Language.Parser]::ParseFile('{Quoted(InstallScript.PathOnDisk)}', [ref]$tokens, [ref]$errors); "
            + "\"$($PSVersionTable.PSVersion) errors=$($errors.Count)\"; foreach ($e in $errors) { $e.ToString() }";

        var result = PwshProcess.Run(["-Command", script], new Dictionary<string, string?>(StringComparer.Ordinal));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("errors=0", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_sourcing_defines_the_functions_and_runs_no_step()
    {
        using var sandbox = new InstallSandbox();

        var result = sandbox.DotSourced(
            "foreach ($name in 'Resolve-DataFolder', 'Assert-DataOutsideProgram', 'Remove-Folder', 'Install-ProgramFiles', 'Invoke-Install', 'Invoke-Uninstall') { (Get-Command $name -CommandType Function).Name }",
            textEhrData: "relative-but-not-looked-at");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["Resolve-DataFolder", "Assert-DataOutsideProgram", "Remove-Folder", "Install-ProgramFiles", "Invoke-Install", "Invoke-Uninstall"], Lines(result.Output));
        Assert.Empty(Directory.GetFileSystemEntries(sandbox.LocalAppData));
    }

    [Fact]
    public void NonInteractive_is_recognised_on_the_command_line_in_its_short_forms()
    {
        using var sandbox = new InstallSandbox();

        var result = sandbox.DotSourced(string.Join('\n',
            "Test-NonInteractiveArgument @('pwsh', '-NoProfile', '-NonInteractive', '-File', 'install.ps1')",
            "Test-NonInteractiveArgument @('powershell.exe', '-noni', '-File', 'install.ps1')",
            "Test-NonInteractiveArgument @('powershell.exe', '/NonInteractive', '-File', 'install.ps1')",
            "Test-NonInteractiveArgument @('powershell.exe', '-NoProfile', '-NoLogo', '-ExecutionPolicy', 'Bypass', '-File', 'install.ps1', '-SkipPassphrase')",
            "Test-Interactive"));

        Assert.True(result.ExitCode == 0, result.ToString());
        // The last: this pwsh itself runs with -NonInteractive and no console input.
        Assert.Equal(["True", "True", "True", "False", "False"], Lines(result.Output));
    }

    [Fact]
    public void A_stored_TEXTEHR_DATA_that_the_shortcut_would_use_is_checked_too()
    {
        using var sandbox = new InstallSandbox();
        var inside = Path.Combine(sandbox.LocalAppData, "Programs", "TextEhr", "data");

        // Stand-ins for the user's and the machine's environment (Windows only; null here).
        var result = sandbox.DotSourced($$"""
            function Check([string]$User, [string]$Machine) {
                function Get-StoredDataSetting([string]$Scope) { if ($Scope -eq 'User') { $User } else { $Machine } }
                try { Assert-StoredDataSettings; 'accepted' } catch { 'refused: ' + $_.Exception.Message.Split("`n")[0] }
            }
            Check '' ''
            Check 'data' ''
            Check '' '{{inside.Replace("'", "''", StringComparison.Ordinal)}}'
            Check $env:TEXTEHR_DATA ''
            Assert-StoredDataSettings
            'real: accepted'
            """, textEhrData: Path.Combine(sandbox.Root, "clinic"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = Lines(result.Output).Where(line => line.StartsWith("accepted", StringComparison.Ordinal) || line.StartsWith("refused", StringComparison.Ordinal) || line.StartsWith("real", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal("accepted", lines[0]);
        Assert.StartsWith($"refused: {NotFullPath}(「data」)", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("refused: ", lines[2], StringComparison.Ordinal);
        Assert.Contains(Overlaps, lines[2], StringComparison.Ordinal);
        Assert.Equal("accepted", lines[3]);
        Assert.Equal("real: accepted", lines[4]);
        Assert.Contains("ショートカットから起動した TextEhr は、環境変数 TEXTEHR_DATA(User)の「data」を使います", result.Output, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> DataFolderSettings => new()
    {
        // Relative or drive-relative: the app would resolve these against the program folder.
        { "data", "relative" },
        { @"..\x", "relative" },
        { "./data", "relative" },
        { "  {L}/TextEhr", "relative" },
        { @"C:data", "relative" },
        // The app ignores an empty or blank TEXTEHR_DATA and uses the default.
        { "", "default" },
        { "   ", "default" },
        // Inside, equal to or above a folder the script deletes, however written.
        { "{L}/Programs/TextEhr", "overlaps" },
        { "{L}/Programs/TextEhr/", "overlaps" },
        { "{L}/Programs/TextEhr/data", "overlaps" },
        { "{L}/Programs/TextEhr/data ", "overlaps" },
        { "{L}/Programs/TextEhr/sub/../data", "overlaps" },
        { "{L}/Programs/x/../TextEhr//data", "overlaps" },
        { "{L}/programs/TEXTEHR/data", "overlaps" },
        { "{L}/Programs/TextEhr.new/data", "overlaps" },
        { "{L}/Programs/TextEhr.old", "overlaps" },
        { "{L}/Microsoft/Windows Terminal/Fragments/TextEhr/data", "overlaps" },
        { "{L}/Programs", "overlaps" },
        { "{L}", "overlaps" },
        // Beside them: accepted, and resolved to the very folder the app uses.
        { "{L}/TextEhr", "accepted" },
        { "{L}/Programs/TextEhrData", "accepted" },
        { "{L}/Programs/TextEhr.data", "accepted" },
        { "{L}/clinic [1]/../clinic data/", "accepted" },
        { "{L}/TextEhr ", "accepted" },
    };

    [Theory]
    [MemberData(nameof(DataFolderSettings))]
    public void TEXTEHR_DATA_is_resolved_as_the_app_does_and_refused_where_the_script_deletes(string setting, string expected)
    {
        var (localAppData, answers) = DataFolderAnswers.Value;
        var answer = answers[setting];
        var value = setting.Replace("{L}", localAppData, StringComparison.Ordinal);

        switch (expected)
        {
            case "relative":
                Assert.True(answer.Refused, $"{setting}: {answer.Text}");
                Assert.Contains(NotFullPath, answer.Text, StringComparison.Ordinal);
                Assert.Contains($"「{value}」", answer.Text, StringComparison.Ordinal);
                break;
            case "overlaps":
                Assert.True(answer.Refused, $"{setting}: {answer.Text}");
                Assert.Contains(Overlaps, answer.Text, StringComparison.Ordinal);
                break;
            case "default":
                Assert.False(answer.Refused, $"{setting}: {answer.Text}");
                Assert.Equal(Path.Combine(localAppData, "TextEhr"), answer.Text);
                break;
            default:
                Assert.False(answer.Refused, $"{setting}: {answer.Text}");
                Assert.Equal(DataFolderLocation.Resolve(null, name => string.Equals(name, DataFolderLocation.EnvironmentVariable, StringComparison.Ordinal) ? value : null), answer.Text);
                break;
        }
    }

    private static (string, Dictionary<string, DataFolderAnswer>) AskAboutDataFolders()
    {
        using var sandbox = new InstallSandbox();
        var settings = DataFolderSettings.Select(row => (string)row[0]).ToList();
        var input = Path.Combine(sandbox.Root, "settings.json");
        File.WriteAllText(input, JsonSerializer.Serialize(settings.Select(setting => setting.Replace("{L}", sandbox.LocalAppData, StringComparison.Ordinal))));
        var result = sandbox.DotSourced($$"""
            $answers = foreach ($setting in (Get-Content -LiteralPath '{{Quoted(input)}}' -Raw -Encoding UTF8 | ConvertFrom-Json)) {
                try {
                    $folder = Resolve-DataFolder $setting
                    Assert-DataOutsideProgram $folder
                    [pscustomobject]@{ Refused = $false; Text = $folder }
                }
                catch {
                    [pscustomobject]@{ Refused = $true; Text = $_.Exception.Message }
                }
            }
            ConvertTo-Json -InputObject @($answers) -Compress
            """);
        Assert.True(result.ExitCode == 0, result.ToString());
        var answers = JsonSerializer.Deserialize<List<DataFolderAnswer>>(result.Output)!;
        Assert.Equal(settings.Count, answers.Count);
        // The sandbox is gone after this; only the strings are kept.
        return (sandbox.LocalAppData, settings.Zip(answers).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal));
    }

    private static string Quoted(string path) => path.Replace("'", "''", StringComparison.Ordinal);

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed record DataFolderAnswer(bool Refused, string Text);
}
