using Microsoft.Data.Sqlite;

namespace TextEhr.Storage.Tests.Support;

/// <summary>A real database file in a temp folder, opened with a manual clock, with one doctor.</summary>
public sealed class TestClinic : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<IDisposable> _opened = [];

    public TestClinic()
    {
        Time = ManualTime.Default();
        DatabasePath = _folder.File("textehr.db");
        Db = Open();
        DoctorId = Db.Users.Add(Some.Doctor(), null).Id;
    }

    public ManualTime Time { get; }

    public string DatabasePath { get; }

    public ClinicDatabase Db { get; private set; }

    public long DoctorId { get; }

    /// <summary>Another instance on the same file, as a second process would have.</summary>
    public ClinicDatabase Open(TimeSpan? busyTimeout = null)
    {
        var options = busyTimeout is { } timeout ? new StorageOptions { BusyTimeout = timeout } : StorageOptions.Default;
        var db = ClinicDatabase.Open(DatabasePath, Time, options);
        _opened.Add(db);
        return db;
    }

    /// <summary>Another instance on the same file with its own tunables.</summary>
    internal ClinicDatabase Open(StorageOptions options)
    {
        var db = ClinicDatabase.Open(DatabasePath, Time, options);
        _opened.Add(db);
        return db;
    }

    /// <summary>Closes and reopens the main instance.</summary>
    public ClinicDatabase Reopen()
    {
        Db.Dispose();
        Db = Open();
        return Db;
    }

    /// <summary>A plain connection with none of our policy: what someone with the file and a SQLite tool has.</summary>
    public SqliteConnection Raw()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        _opened.Add(connection);
        return connection;
    }

    public static int Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var opened in _opened)
        {
            opened.Dispose();
        }

        _folder.Dispose();
    }
}
