namespace TextEhr.App.Backup;

/// <summary>Turns what the file system threw while writing to the destination into the user's reason.</summary>
internal static class BackupErrors
{
    // ENOSPC and EDQUOT as .NET reports them on Unix (the errno), ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly int[] DiskFull = [28, 122, unchecked((int)0x80070070), unchecked((int)0x80070027), 0x70, 0x27];

    // EROFS on Unix, ERROR_WRITE_PROTECT on Windows.
    private static readonly int[] ReadOnly = [30, unchecked((int)0x80070013), 0x13];

    public static BackupFailedException ForDestination(Exception exception, string folder)
    {
        if (exception is BackupFailedException failed)
        {
            return failed;
        }

        if (!Directory.Exists(folder))
        {
            return new BackupFailedException(BackupFailure.DestinationGone, BackupMessages.DestinationGone, exception);
        }

        if (exception is UnauthorizedAccessException || ReadOnly.Contains(exception.HResult))
        {
            return new BackupFailedException(BackupFailure.DestinationReadOnly, BackupMessages.DestinationReadOnly, exception);
        }

        if (DiskFull.Contains(exception.HResult))
        {
            return new BackupFailedException(BackupFailure.DestinationFull, BackupMessages.DestinationFull, exception);
        }

        return exception is DirectoryNotFoundException or DriveNotFoundException
            ? new BackupFailedException(BackupFailure.DestinationGone, BackupMessages.DestinationGone, exception)
            : new BackupFailedException(BackupFailure.WriteFailed, BackupMessages.WriteFailed, exception);
    }

    /// <summary>Removes a file left by a failed step; a failure here must not hide the first one.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The stick is gone or the file is held: nothing more to do.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }

    public static void TryDeleteFolder(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover work folder is removed by the next run.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
