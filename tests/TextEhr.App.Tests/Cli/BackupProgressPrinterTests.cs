using TextEhr.App.Backup;
using TextEhr.App.Cli;

namespace TextEhr.App.Tests.Cli;

/// <summary>
/// <c>textehr backup</c>'s progress: a percentage for the long stages, rewritten in place on a terminal and
/// a few whole lines (every 10 %) when the output goes to a file or a pipe.
/// </summary>
public sealed class BackupProgressPrinterTests
{
    private const string Writing = BackupMessages.StageWriting + "…";

    [Fact]
    public void On_a_terminal_the_percentage_is_rewritten_in_place_after_a_carriage_return()
    {
        using var output = new StringWriter();
        var printer = new BackupProgressPrinter(output, inPlace: true);

        Send(printer);

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal(BackupMessages.StageCopying + "…", lines[0]);
        Assert.Equal(BackupMessages.StageChecking + "…", lines[1]);

        // One line for the stage, each new whole percent after a carriage return, then the next stage below.
        var frames = lines[2].Split('\r');
        Assert.Equal(Writing, frames[0]);
        Assert.Equal([.. Enumerable.Range(0, 101).Where(p => p % 7 == 0 || p == 100).Select(p => $"{Writing} {p}%")], frames[1..]);
        Assert.StartsWith(BackupMessages.StageVerifying + "…\r", lines[3], StringComparison.Ordinal);
        Assert.EndsWith(" 100%", lines[3], StringComparison.Ordinal);
        Assert.Equal(BackupMessages.StageRecording + "…", lines[4]);
        Assert.Equal(string.Empty, lines[5]);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public void Redirected_the_percentage_is_a_whole_line_every_ten_percent_without_carriage_returns()
    {
        using var output = new StringWriter();
        var printer = new BackupProgressPrinter(output, inPlace: false);

        Send(printer);

        var text = output.ToString();
        Assert.DoesNotContain('\r', text);
        var lines = text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        string[] writing = [Writing, .. Enumerable.Range(1, 10).Select(step => $"{Writing} {step * 10}%")];
        Assert.Equal([BackupMessages.StageCopying + "…", BackupMessages.StageChecking + "…"], lines[..2]);
        Assert.Equal(writing, lines[2..13]);
        Assert.Equal(BackupMessages.StageVerifying + "…", lines[13]);
        Assert.Equal($"{BackupMessages.StageVerifying}… 100%", lines[23]);
        Assert.Equal([BackupMessages.StageRecording + "…"], lines[24..]);
    }

    [Fact]
    public void A_failure_midway_ends_the_open_line_so_the_message_starts_on_its_own()
    {
        using var output = new StringWriter();
        var printer = new BackupProgressPrinter(output, inPlace: true);

        printer.Report(new BackupProgress(BackupStage.Writing, BackupMessages.StageWriting, 0.42));
        printer.EndLine();
        output.Write("書き込めませんでした");

        Assert.Equal($"{Writing}\r{Writing} 42%{Environment.NewLine}書き込めませんでした", output.ToString());
    }

    /// <summary>A backup's reports: two stages without a fraction, writing in steps of 7 %, verifying in 1 %, recording, done.</summary>
    private static void Send(BackupProgressPrinter printer)
    {
        printer.Report(new BackupProgress(BackupStage.Copying, BackupMessages.StageCopying));
        printer.Report(new BackupProgress(BackupStage.Checking, BackupMessages.StageChecking));
        foreach (var percent in Enumerable.Range(0, 101).Where(p => p % 7 == 0).Append(100))
        {
            // Each value twice: a repeated percentage is not printed again.
            printer.Report(new BackupProgress(BackupStage.Writing, BackupMessages.StageWriting, percent / 100.0));
            printer.Report(new BackupProgress(BackupStage.Writing, BackupMessages.StageWriting, percent / 100.0));
        }

        foreach (var percent in Enumerable.Range(0, 101))
        {
            printer.Report(new BackupProgress(BackupStage.Verifying, BackupMessages.StageVerifying, percent / 100.0));
        }

        printer.Report(new BackupProgress(BackupStage.Recording, BackupMessages.StageRecording));
        printer.Report(new BackupProgress(BackupStage.Done, BackupMessages.StageDone, 1));
    }
}
