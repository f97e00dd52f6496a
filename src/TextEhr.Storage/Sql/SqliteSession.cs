using Microsoft.Data.Sqlite;

namespace TextEhr.Storage.Sql;

/// <summary>
/// The one connection of a <see cref="ClinicDatabase"/>, with its clock. Every write runs inside
/// <see cref="Write{T}"/> (BEGIN IMMEDIATE, so two processes never deadlock on a lock upgrade); a write
/// started inside another joins it, which is how a store's audit row lands in the store's transaction.
/// Commands are cached by their SQL so each statement is prepared once. Not thread-safe: the app has
/// one UI thread, and a second process opens its own session.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;
    private bool _disposed;

    public SqliteSession(SqliteConnection connection, TimeProvider time)
    {
        _connection = connection;
        Time = time;
    }

    public TimeProvider Time { get; }

    public bool InTransaction => _transaction is not null;

    public DateTimeOffset Now() => Time.GetUtcNow();

    /// <summary>Runs <paramref name="work"/> in a write transaction, or in the open one.</summary>
    public T Write<T>(Func<T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_transaction is not null)
        {
            return work();
        }

        Begin();
        try
        {
            var result = work();
            Commit();
            return result;
        }
        finally
        {
            Rollback();
        }
    }

    public void Write(Action work) => Write(() =>
    {
        work();
        return true;
    });

    /// <summary>Runs a read, turning a lock held past the timeout into <see cref="DatabaseBusyException"/>.</summary>
    public T Read<T>(Func<T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return BusyGuard.Run(work);
    }

    /// <summary>Starts a write transaction (BEGIN IMMEDIATE) that the next writes join.</summary>
    public void Begin()
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already open.");
        }

        _transaction = BusyGuard.Run(() => _connection.BeginTransaction());
    }

    public void Commit()
    {
        var transaction = _transaction ?? throw new InvalidOperationException("No transaction is open.");
        BusyGuard.Run(() =>
        {
            transaction.Commit();
            return true;
        });
        transaction.Dispose();
        _transaction = null;
    }

    /// <summary>Rolls back the open transaction, if any (after a failure; a no-op after a commit).</summary>
    public void Rollback()
    {
        if (_transaction is { } transaction)
        {
            _transaction = null;
            transaction.Dispose();
        }
    }

    public int Execute(string sql, params SqlArg[] args) => BusyGuard.Run(() => Prepare(sql, args).ExecuteNonQuery());

    /// <summary>The first column of the first row, or null when there is no row or it is NULL.</summary>
    public object? Scalar(string sql, params SqlArg[] args) => BusyGuard.Run(() =>
    {
        var value = Prepare(sql, args).ExecuteScalar();
        return value is DBNull ? null : value;
    });

    public long? ScalarInt64(string sql, params SqlArg[] args) => Scalar(sql, args) is { } value ? (long)value : null;

    /// <summary>Reads every row into a list, so the reader is closed before the caller runs more SQL.</summary>
    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params SqlArg[] args) => BusyGuard.Run(() =>
    {
        var rows = new List<T>();
        using var reader = Prepare(sql, args).ExecuteReader();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    });

    public T? QuerySingle<T>(string sql, Func<SqliteDataReader, T> map, params SqlArg[] args)
        where T : class => Query(sql, map, args).FirstOrDefault();

    /// <summary>Streams rows to <paramref name="visit"/> until it returns false (for long walks such as the audit chain).</summary>
    public void Each(string sql, Func<SqliteDataReader, bool> visit, params SqlArg[] args) => BusyGuard.Run(() =>
    {
        using var reader = Prepare(sql, args).ExecuteReader();
        while (reader.Read() && visit(reader))
        {
        }

        return true;
    });

    /// <summary>
    /// Copies the database into a new file at <paramref name="destinationPath"/> with SQLite's online
    /// backup API: one read snapshot, so writers in other processes go on and the copy is consistent.
    /// </summary>
    public void BackupTo(string destinationPath)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = destinationPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        destination.Open();
        BusyGuard.Run(() =>
        {
            _connection.BackupDatabase(destination);
            return true;
        });
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Rollback();
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, SqlArg[] args)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
#pragma warning disable CA2100 // Review SQL queries for security vulnerabilities: the text is a constant of the store; values are parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            _commands.Add(sql, command);
        }

        command.Transaction = _transaction;
        Bind(command.Parameters, args);
        return command;
    }

    /// <summary>
    /// Sets the values of the parameters made on the first call when the names are the same (one statement
    /// has one call site, so they almost always are): a bulk import runs the same few statements millions
    /// of times, and needs no new parameter objects for each.
    /// </summary>
    private static void Bind(SqliteParameterCollection parameters, SqlArg[] args)
    {
        if (HasNames(parameters, args))
        {
            for (var i = 0; i < args.Length; i++)
            {
                parameters[i].Value = args[i].Value ?? DBNull.Value;
            }

            return;
        }

        parameters.Clear();
        foreach (var arg in args)
        {
            parameters.AddWithValue(arg.Name, arg.Value ?? DBNull.Value);
        }
    }

    private static bool HasNames(SqliteParameterCollection parameters, SqlArg[] args)
    {
        if (parameters.Count != args.Length)
        {
            return false;
        }

        for (var i = 0; i < args.Length; i++)
        {
            if (!string.Equals(parameters[i].ParameterName, args[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
