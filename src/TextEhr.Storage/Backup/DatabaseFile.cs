using Microsoft.Data.Sqlite;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Backup;

/// <summary>
/// Looks at a database file without the clinic's stores: a backup's private copy before it is
/// encrypted, a restored file, or the live file a restore is about to replace.
/// </summary>
public static class DatabaseFile
{
    private const string CountsSql = """
        SELECT (SELECT count(*) FROM patients), (SELECT count(*) FROM chart_entries),
               (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), (SELECT user_version FROM pragma_user_version)
        """;

    /// <summary>
    /// Reads the file's content hash and counts, with SQLite's full <c>integrity_check</c> beside them
    /// when <paramref name="checkIntegrity"/> (it reads every page: about 10 s per GB, notes/DB.md §9).
    /// </summary>
    public static SnapshotFacts Inspect(string path, bool checkIntegrity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        // Both read the whole file and each keeps one core busy: on its own connection, the check runs beside the hash.
        var integrity = checkIntegrity ? Task.Run(() => IntegrityProblems(path)) : Task.FromResult<List<string>>([]);
        try
        {
            return Read(path, integrity);
        }
        catch
        {
            // A file too broken to count is reported by the caller; the check must not outlive it on its own.
            try
            {
                integrity.GetAwaiter().GetResult();
            }
            catch (SqliteException)
            {
                // The first failure is the one to report.
            }

            throw;
        }
    }

    private static SnapshotFacts Read(string path, Task<List<string>> integrity)
    {
        using var connection = OpenPrivate(path);
        using var counts = connection.CreateCommand();
        counts.CommandText = CountsSql;
        long patients, entries;
        byte[]? head;
        int schema;
        using (var reader = counts.ExecuteReader())
        {
            reader.Read();
            patients = reader.GetInt64(0);
            entries = reader.GetInt64(1);
            head = reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2);
            schema = reader.GetInt32(3);
        }

        var content = DatabaseContentHasher.Compute(connection);
        return new SnapshotFacts
        {
            SchemaVersion = schema,
            IntegrityProblems = integrity.GetAwaiter().GetResult(),
            Content = content,
            AuditHead = head,
            Patients = patients,
            ChartEntries = entries,
        };
    }

    /// <summary>Every table's rows and hash (for comparing a restored file with its source).</summary>
    public static DatabaseContent ReadContent(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var connection = OpenPrivate(path);
        return DatabaseContentHasher.Compute(connection);
    }

    /// <summary>
    /// True when another connection (the chart program, in this process or another) has the file open.
    /// Idle WAL connections hold no lock on the file itself, only on the -shm; but the last connection
    /// to close checkpoints and deletes the -wal. So this opens, reads and closes one connection: a -wal
    /// left behind means someone else still has the database. A missing file is not in use.
    /// </summary>
    public static bool IsInUse(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return false;
        }

        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 5,
        }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 5000; SELECT count(*) FROM sqlite_schema;";
            BusyGuard.Run(() => command.ExecuteScalar());
        }

        return File.Exists(path + "-wal");
    }

    private static List<string> IntegrityProblems(string path)
    {
        using var connection = OpenPrivate(path);
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        check.CommandTimeout = 0;
        var problems = new List<string>();
        using var reader = check.ExecuteReader();
        while (reader.Read())
        {
            var line = reader.GetString(0);
            if (!string.Equals(line, "ok", StringComparison.Ordinal))
            {
                problems.Add(line);
            }
        }

        return problems;
    }

    /// <summary>A connection of our own to a file no one else uses (read-write: a WAL file needs its -shm).</summary>
    private static SqliteConnection OpenPrivate(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The database file is missing.", path);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
