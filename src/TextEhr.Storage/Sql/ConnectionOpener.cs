using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TextEhr.Storage.Sql;

/// <summary>
/// Opens the clinic's file under the connection policy of notes/DB.md §4: WAL, synchronous=FULL (a
/// confirmed note survives a power cut), foreign keys, busy_timeout, trusted_schema=OFF. A new file is
/// created readable by its owner only before SQLite touches it; the -wal and -shm files inherit that mode.
/// </summary>
internal static class ConnectionOpener
{
    public static SqliteConnection Open(string databasePath, StorageOptions options)
    {
        CreateOwnerOnly(databasePath);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,

            // One long-lived connection per ClinicDatabase: a pool would only keep the file open after Dispose.
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            BusyGuard.Run(() =>
            {
                connection.Open();
                ApplyPragmas(connection, options);
                return true;
            });
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Pragmas are per connection and take no parameters; the values here are our own constants.</summary>
    private static void ApplyPragmas(SqliteConnection connection, StorageOptions options)
    {
        var busyMilliseconds = ((long)options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            PRAGMA busy_timeout = {busyMilliseconds};
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            PRAGMA foreign_keys = ON;
            PRAGMA trusted_schema = OFF;
            PRAGMA cache_size = -32768;
            """;
        command.ExecuteNonQuery();
    }

    private static void CreateOwnerOnly(string databasePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        if (File.Exists(databasePath))
        {
            return;
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var created = new FileStream(databasePath, options);
        }
        catch (IOException) when (File.Exists(databasePath))
        {
            // Another process created it between the check and here: it owns the mode.
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            // The umask may have narrowed the create mode; set it exactly.
            File.SetUnixFileMode(databasePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
