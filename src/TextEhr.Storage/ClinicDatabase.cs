using TextEhr.Domain.Stores;
using TextEhr.Storage.Audit;
using TextEhr.Storage.Backup;
using TextEhr.Storage.Charts;
using TextEhr.Storage.Clinical;
using TextEhr.Storage.Integrity;
using TextEhr.Storage.Labs;
using TextEhr.Storage.Migrations;
using TextEhr.Storage.Patients;
using TextEhr.Storage.Sql;
using TextEhr.Storage.Users;

namespace TextEhr.Storage;

/// <summary>
/// The clinic's SQLite file and the stores over it: the one type the composition root knows. One
/// connection per instance, used from one thread (the UI thread); another process may open the same
/// file at the same time (WAL), and a write that waits too long for it throws
/// <see cref="DatabaseBusyException"/>.
/// </summary>
public sealed class ClinicDatabase : IDisposable
{
    private readonly SqliteSession _session;
    private bool _disposed;

    private ClinicDatabase(string databasePath, SqliteSession session, int schemaVersion, StorageOptions options)
    {
        DatabasePath = databasePath;
        _session = session;
        SchemaVersion = schemaVersion;
        var audit = new AuditChain(session);
        Patients = new SqlitePatientStore(session, audit, options.InMemorySearchFrom);
        Charts = new SqliteChartStore(session, audit);
        Allergies = new SqliteAllergyStore(session, audit);
        Problems = new SqliteProblemStore(session, audit);
        Labs = new SqliteLabStore(session, audit);
        Users = new SqliteUserStore(session, audit);
        Audit = new SqliteAuditLog(session, audit);
        BackupRecords = new SqliteBackupRecordStore(session, audit);
    }

    public string DatabasePath { get; }

    /// <summary>PRAGMA user_version after the migrations: the number of the newest one applied.</summary>
    public int SchemaVersion { get; }

    public IPatientStore Patients { get; }

    public IChartStore Charts { get; }

    public IAllergyStore Allergies { get; }

    public IProblemStore Problems { get; }

    public ILabStore Labs { get; }

    public IUserStore Users { get; }

    public IAuditLog Audit { get; }

    /// <summary>The backups written (<c>textehr backup</c>), for the list and the reminder at exit.</summary>
    public IBackupRecordStore BackupRecords { get; }

    /// <summary>
    /// Opens (creating it, owner-only, when missing) and migrates the database at <paramref name="databasePath"/>.
    /// </summary>
    /// <exception cref="IncompatibleDatabaseException">The file is from a newer TextEhr, or not ours.</exception>
    /// <exception cref="DatabaseBusyException">Another process held the file locked past the timeout.</exception>
    public static ClinicDatabase Open(string databasePath, TimeProvider time) =>
        Open(databasePath, time, StorageOptions.Default);

    internal static ClinicDatabase Open(string databasePath, TimeProvider time, StorageOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        var session = new SqliteSession(ConnectionOpener.Open(databasePath, options), time);
        try
        {
            var version = SchemaMigrator.Migrate(session);
            return new ClinicDatabase(databasePath, session, version, options);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Page structure, foreign keys, the search index and the audit chain; reads the whole file.</summary>
    public IntegrityReport CheckIntegrity()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return IntegrityChecker.Check(_session);
    }

    /// <summary>
    /// Starts a bulk load (the demo clinic, the benchmark): many rows per transaction and no fsync until
    /// <see cref="BulkImporter.Complete"/>. The stores must not be used until the importer is disposed.
    /// </summary>
    public BulkImporter BeginBulkImport()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new BulkImporter(_session);
    }

    /// <summary>
    /// Writes a consistent copy of the whole database to a new file (the online backup API; never a copy
    /// of the live file, which a concurrent writer can leave torn). Other processes may keep writing.
    /// </summary>
    public void CopyTo(string destinationPath)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationPath);
        _session.BackupTo(destinationPath);
    }

    internal SqliteSession Session => _session;

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _session.Dispose();
        }
    }
}
