namespace TextEhr.Storage;

/// <summary>
/// Another process held the write lock past the timeout (notes/DB.md §4: show "busy", never freeze).
/// Nothing was saved; the same action can simply be tried again.
/// </summary>
public sealed class DatabaseBusyException : Exception
{
    public DatabaseBusyException()
        : base(StorageMessages.DatabaseBusy)
    {
    }

    public DatabaseBusyException(string message)
        : base(message)
    {
    }

    public DatabaseBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
