namespace TextEhr.Storage;

/// <summary>
/// The file is not one this build may open: made by a newer TextEhr (its schema is unknown here), or
/// not a TextEhr database at all. The file is left untouched.
/// </summary>
public sealed class IncompatibleDatabaseException : Exception
{
    public IncompatibleDatabaseException()
        : base(StorageMessages.NotAClinicDatabase)
    {
    }

    public IncompatibleDatabaseException(string message)
        : base(message)
    {
    }

    public IncompatibleDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
