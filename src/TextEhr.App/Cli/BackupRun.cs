using Serilog;
using TextEhr.App.Backup;

namespace TextEhr.App.Cli;

/// <summary>Waits for a backup task and turns its failure into the command's message and exit code.</summary>
internal static class BackupRun
{
    /// <summary>
    /// Runs with <paramref name="passphrase"/>; when that was the kept one and the file says it is wrong
    /// (a backup made before the passphrase changed), asks once at the console and tries again.
    /// </summary>
    public static T WithPassphrase<T>(CliContext context, PassphraseChoice passphrase, BackupProgressPrinter printer, Func<string, Task<T>> run, ILogger log)
    {
        if (!passphrase.WasKept || !context.IsInteractive)
        {
            return Wait(run(passphrase.Text), printer, log);
        }

        try
        {
            return run(passphrase.Text).GetAwaiter().GetResult();
        }
        catch (BackupFailedException ex) when (ex.Failure == BackupFailure.WrongPassphrase)
        {
            printer.EndLine();
            context.Out.WriteLine(BackupCliMessages.KeptPassphraseWrong);
            var typed = BackupPassphraseInput.Ask(context, BackupCliMessages.AskPassphrase) ?? string.Empty;
            return Wait(run(typed), printer, log);
        }
        finally
        {
            printer.EndLine();
        }
    }

    /// <summary>The task's result; a failure becomes the command's message, printed below the progress line.</summary>
    public static T Wait<T>(Task<T> task, BackupProgressPrinter printer, ILogger log)
    {
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (BackupFailedException ex)
        {
            log.Warning("Backup step failed: {Failure} {InnerType}", ex.Failure, ex.InnerException?.GetType().FullName);
            var exitCode = ex.Failure switch
            {
                BackupFailure.DatabaseInUse => ExitCodes.Busy,
                BackupFailure.WrongPassphrase or BackupFailure.NoPassphrase or BackupFailure.NotABackup => ExitCodes.BadInput,
                _ => ExitCodes.Failure,
            };
            throw new CommandFailedException(ex.Message, exitCode);
        }
        finally
        {
            printer.EndLine();
        }
    }
}
