using System.Globalization;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Migrations;

/// <summary>
/// Brings a database to <see cref="MigrationCatalog.LatestVersion"/>, one migration per transaction,
/// gated on PRAGMA user_version. Each step re-reads the version inside its BEGIN IMMEDIATE, so two
/// processes opening a new file at once apply each step exactly once. A database from a newer build,
/// or another program's file, is refused before anything is written.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>"TEHR": marks the file as ours in its header (PRAGMA application_id).</summary>
    public const int ApplicationId = 0x54454852;

    /// <summary>Applies what is missing and returns the schema version now in force.</summary>
    public static int Migrate(SqliteSession session) => Migrate(session, MigrationCatalog.All);

    public static int Migrate(SqliteSession session, IReadOnlyList<Migration> migrations)
    {
        var latest = migrations[^1].Version;
        Refuse(session, latest);
        foreach (var migration in migrations)
        {
            session.Write(() =>
            {
                var current = UserVersion(session);
                if (current >= migration.Version)
                {
                    return;
                }

                Refuse(session, latest);
                session.Execute(migration.Sql);

                // PRAGMA takes no parameters; both values are integers of our own.
                session.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {migration.Version}"));
                session.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {ApplicationId}"));
            });
        }

        return UserVersion(session);
    }

    public static int UserVersion(SqliteSession session) => (int)(session.ScalarInt64("PRAGMA user_version") ?? 0);

    private static void Refuse(SqliteSession session, int latest)
    {
        var version = UserVersion(session);
        var applicationId = session.ScalarInt64("PRAGMA application_id") ?? 0;
        var isEmpty = (session.ScalarInt64("SELECT count(*) FROM sqlite_schema") ?? 0) == 0;
        if (applicationId != ApplicationId && !(applicationId == 0 && version == 0 && isEmpty))
        {
            throw new IncompatibleDatabaseException(StorageMessages.NotAClinicDatabase);
        }

        if (version > latest)
        {
            throw new IncompatibleDatabaseException(StorageMessages.DatabaseTooNew(version, latest));
        }
    }
}
