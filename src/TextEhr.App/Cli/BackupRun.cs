using Serilog;
using TextEhr.App.Backup;

namespace TextEhr.App.Cli;

/// <summary>Waits for a backup task and turns its failure into the command's message and exit code.</summary>
internal static class BackupRun
{
    public static T Wait<T>(Task<T> task, ILogger log)
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
    }
}
