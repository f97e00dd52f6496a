using TextEhr.App.Backup;

namespace TextEhr.App.Cli;

/// <summary>
/// Prints each stage once, as it starts ("暗号化して書き込んでいます…"), on the thread that reports it,
/// so lines come out in order (Progress&lt;T&gt; would post them to the thread pool).
/// </summary>
internal sealed class BackupProgressPrinter(TextWriter output) : IProgress<BackupProgress>
{
    private readonly Lock _gate = new();
    private BackupStage? _last;

    public void Report(BackupProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (_last == value.Stage || value.Stage == BackupStage.Done)
            {
                return;
            }

            _last = value.Stage;
            output.WriteLine(value.Caption + "…");
        }
    }
}
