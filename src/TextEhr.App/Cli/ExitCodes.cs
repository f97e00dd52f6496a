namespace TextEhr.App.Cli;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command could not do its work (a broken audit chain, an integrity problem, I/O).</summary>
    public const int Failure = 1;

    /// <summary>What was typed is wrong; nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary>Another process holds the database; nothing was written.</summary>
    public const int Busy = 3;
}
