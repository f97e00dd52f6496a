using System.Globalization;
using TextEhr.App.Backup;

namespace TextEhr.App.Cli;

/// <summary>
/// Prints each stage as it starts ("暗号化して書き込んでいます…") and, for the stages that report how far they
/// are (encrypting and verifying gigabytes takes minutes), a percentage. On a terminal the percentage is
/// rewritten in place after a carriage return; redirected to a file or a pipe, a log gets a few whole
/// lines instead, one per 10 %, since a carriage return there is noise. Reports are printed on the thread
/// that sends them, so lines come out in order (Progress&lt;T&gt; would post them to the thread pool).
/// </summary>
internal sealed class BackupProgressPrinter(TextWriter output, bool inPlace) : IProgress<BackupProgress>
{
    private const int LineStep = 10;

    private readonly Lock _gate = new();
    private BackupStage? _stage;
    private string _caption = string.Empty;
    private int _shown = -1;
    private bool _lineOpen;

    public void Report(BackupProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (value.Stage == BackupStage.Done)
            {
                EndLineLocked();
                return;
            }

            if (_stage != value.Stage)
            {
                StartStage(value);
            }

            if (value.Fraction is { } fraction)
            {
                // A hair over, so 0.29 (28.999… in binary) shows as 29 % and not 28 %.
                ShowPercent((int)Math.Floor((Math.Clamp(fraction, 0, 1) * 100) + 1e-9));
            }
        }
    }

    /// <summary>For the command's output: in place on a terminal, whole lines into a file or a pipe.</summary>
    public static BackupProgressPrinter For(CliSession session) =>
        new(session.Out, session.Context.IsOutputTerminal);

    /// <summary>
    /// Ends a line left open on the terminal, so an error or the result starts on its own line; a stage
    /// reported again afterwards (a second try with another passphrase) prints its caption again.
    /// </summary>
    public void EndLine()
    {
        lock (_gate)
        {
            EndLineLocked();
        }
    }

    private void StartStage(BackupProgress value)
    {
        EndLineLocked();
        _stage = value.Stage;
        _caption = value.Caption + "…";
        _shown = -1;
        if (inPlace)
        {
            output.Write(_caption);
            _lineOpen = true;
        }
        else
        {
            output.WriteLine(_caption);
        }

        output.Flush();
    }

    private void ShowPercent(int percent)
    {
        if (inPlace)
        {
            if (percent != _shown)
            {
                _shown = percent;
                output.Write("\r" + Line(percent));
                output.Flush();
            }

            return;
        }

        // Whole lines at 10, 20 … 100 %; 0 % says nothing the stage's own line did not.
        var step = percent / LineStep * LineStep;
        if (step > 0 && step > _shown)
        {
            _shown = step;
            output.WriteLine(Line(step));
            output.Flush();
        }
    }

    private string Line(int percent) => _caption + " " + percent.ToString(CultureInfo.InvariantCulture) + "%";

    private void EndLineLocked()
    {
        _stage = null;
        if (_lineOpen)
        {
            output.WriteLine();
            output.Flush();
            _lineOpen = false;
        }
    }
}
