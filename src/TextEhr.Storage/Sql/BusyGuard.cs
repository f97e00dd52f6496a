using Microsoft.Data.Sqlite;

namespace TextEhr.Storage.Sql;

/// <summary>
/// Turns SQLITE_BUSY/SQLITE_LOCKED, which Microsoft.Data.Sqlite raises once busy_timeout and the
/// command timeout have both run out, into the exception the screens explain to the user.
/// </summary>
internal static class BusyGuard
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static T Run<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SqliteException exception) when (IsBusy(exception))
        {
            throw new DatabaseBusyException(StorageMessages.DatabaseBusy, exception);
        }
    }

    public static bool IsBusy(SqliteException exception) =>
        exception.SqliteErrorCode is SqliteBusy or SqliteLocked;
}
