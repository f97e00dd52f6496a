namespace TextEhr.App.Backup;

/// <summary>
/// A backup, check or restore stopped for a reason the user can act on; <see cref="Exception.Message"/>
/// is one Japanese line saying what happened and what to do. Whatever was there before is unchanged.
/// </summary>
public sealed class BackupFailedException : Exception
{
    public BackupFailedException()
        : this(BackupFailure.WriteFailed, BackupMessages.WriteFailed)
    {
    }

    public BackupFailedException(string message)
        : this(BackupFailure.WriteFailed, message)
    {
    }

    public BackupFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failure = BackupFailure.WriteFailed;
    }

    public BackupFailedException(BackupFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public BackupFailure Failure { get; }
}
