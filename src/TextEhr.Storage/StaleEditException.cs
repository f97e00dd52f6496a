namespace TextEhr.Storage;

/// <summary>A patient was edited on a revision someone else has already replaced; nothing was saved.</summary>
public sealed class StaleEditException : Exception
{
    public StaleEditException()
        : base(StorageMessages.StaleEdit)
    {
    }

    public StaleEditException(string message)
        : base(message)
    {
    }

    public StaleEditException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
