namespace TextEhr.Tui.Commands;

/// <summary>A problem at a line of a user's key file; caught where the file is read and turned into a message.</summary>
internal sealed class KeyFileProblem : Exception
{
    public KeyFileProblem()
    {
    }

    public KeyFileProblem(string message)
        : base(message)
    {
    }

    public KeyFileProblem(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KeyFileProblem(int line, string message)
        : base(message) => Line = line;

    /// <summary>1-based.</summary>
    public int Line { get; }
}
