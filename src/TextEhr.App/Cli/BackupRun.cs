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
        catch (BackupFailedException ex)
        {
            // A damaged or truncated file at the console must read as clearly as from a script.
            throw Failed(ex, log);
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
            throw Failed(ex, log);
        }
        finally
        {
            printer.EndLine();
        }
    }

    /// <summary>The command's message and exit code for a failed backup step.</summary>
    private static CommandFailedException Failed(BackupFailedException ex, ILogger log)
    {
        log.Warning("Backup step failed: {Failure} {InnerType}", ex.Failure, ex.InnerException?.GetType().FullName);
        var exitCode = ex.Failure switch
        {
            BackupFailure.DatabaseInUse => ExitCodes.Busy,
            BackupFailure.WrongPassphrase or BackupFailure.NoPassphrase or BackupFailure.NotABackup => ExitCodes.BadInput,
            _ => ExitCodes.Failure,
        };
        return new CommandFailedException(ex.Message, exitCode);
    }
}
