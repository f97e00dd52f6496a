using TextEhr.App.Cli;
using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Logging;

public sealed class LogContentTests : IDisposable
{
    private const string Name = "鬼灯 朔太郎";
    private const string Kana = "ホオズキ サクタロウ";
    private const string Phone = "090-8765-4321";
    private const string NoteText = "ぽんぽこ山で転倒";
    private const string Memo = "ひみつのメモ";

    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Logs_hold_ids_and_never_names_kana_phone_or_note_text()
    {
        // Given a scripted session that types distinctive personal data.
        _clinic.Init();
        var added = _clinic.Run(
            "patient", "add", "--name", Name, "--kana", Kana, "--sex", "男", "--birth", "S40.4.4",
            "--phone", Phone, "--memo", Memo, "--json");
        Assert.Equal(ExitCodes.Ok, added.ExitCode);
        var note = _clinic.Run("note", "add", "1", "--s", NoteText, "--confirm", "--json");
        Assert.Equal(ExitCodes.Ok, note.ExitCode);
        Assert.Equal(ExitCodes.Ok, _clinic.Run("patient", "show", "1").ExitCode);
        Assert.Equal(ExitCodes.Ok, _clinic.Run("patient", "find", "ホオズキ").ExitCode);
        Assert.Equal(ExitCodes.BadInput, _clinic.Run("patient", "add", "--name", "鬼灯朔太郎").ExitCode);

        // When the log files are read.
        var logs = string.Join('\n', Directory.GetFiles(_clinic.LogsFolder, "textehr-*.log").Select(File.ReadAllText));

        // Then the IDs are there and the personal data is not.
        Assert.Contains("Patient 1 registered by 1", logs, StringComparison.Ordinal);
        Assert.Contains("Chart entry 1 version 1 confirmed by 1", logs, StringComparison.Ordinal);
        Assert.Contains("Patient 1 shown to 1", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { "鬼灯", "朔太郎", "ホオズキ", "サクタロウ", "8765", "4321", "ぽんぽこ", Memo, "S40.4.4" })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Log_file_rolls_by_day_under_logs()
    {
        _clinic.Init();

        var files = Directory.GetFiles(_clinic.LogsFolder, "textehr-*.log");

        var file = Assert.Single(files);
        Assert.Matches(@"textehr-\d{8}\.log$", file);
    }
}
