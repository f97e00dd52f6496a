namespace TextEhr.App.Cli;

/// <summary>
/// A command could not do its work for a reason the user should read (no clinic yet, an unknown
/// patient): the message is Japanese and shown as it is.
/// </summary>
public sealed class CommandFailedException : Exception
{
    public CommandFailedException()
        : this(CliMessages.Unexpected)
    {
    }

    public CommandFailedException(string message)
        : this(message, ExitCodes.Failure)
    {
    }

    public CommandFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Failure;
    }

    public CommandFailedException(string message, int exitCode)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
