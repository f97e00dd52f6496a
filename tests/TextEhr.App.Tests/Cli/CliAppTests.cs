using TextEhr.App.Cli;
using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Cli;

public sealed class CliAppTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Unknown_command_shows_the_parse_error_and_a_Japanese_hint_with_exit_code_2()
    {
        var result = _clinic.RunRaw(string.Empty, "frobnicate");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
        Assert.Contains(CliMessages.HelpHint(CliApp.ExecutableName), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_names_the_subcommand_in_the_hint()
    {
        var result = _clinic.Run("patient", "add", "--colour", "blue");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--colour", result.Error, StringComparison.Ordinal);
        Assert.Contains(CliMessages.HelpHint("textehr patient add"), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_subcommand_is_bad_input()
    {
        var result = _clinic.RunRaw(string.Empty, "note");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.HelpHint("textehr note"), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_command_in_Japanese()
    {
        var result = _clinic.RunRaw(string.Empty, "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        foreach (var command in new[] { "init", "demo", "patient", "note", "audit", "check", "bench" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains(CliMessages.RootDescription, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_patient_add_lists_every_field_option()
    {
        var result = _clinic.RunRaw(string.Empty, "patient", "add", "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        foreach (var option in new[]
        {
            "--name", "--kana", "--sex", "--birth", "--postal", "--address", "--phone", "--occupation", "--memo",
            "--insurance-kind", "--insurer", "--symbol", "--number", "--branch", "--relation", "--valid-from",
            "--valid-to", "--copay", "--public", "--allergy", "--data", "--user", "--json",
        })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("patient find ヤマ")]
    [InlineData("patient show 1")]
    [InlineData("patient add --name 山田　太郎 --kana ヤマダ　タロウ --sex 男 --birth S50.3.1")]
    [InlineData("note add 1 --s 頭痛")]
    [InlineData("note history 1")]
    [InlineData("audit verify")]
    [InlineData("check")]
    public void Commands_on_a_folder_without_a_clinic_say_how_to_make_one(string commandLine)
    {
        var result = _clinic.Run(commandLine.Split(' '));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains(CliMessages.NotInitialised(_clinic.Folder), result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_clinic.DatabasePath));
    }

    [Fact]
    public void Blank_data_option_is_bad_input()
    {
        var result = _clinic.RunRaw(string.Empty, "check", "--data", " ");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.DataFolderInvalid(" "), result.Error, StringComparison.Ordinal);
    }
}
