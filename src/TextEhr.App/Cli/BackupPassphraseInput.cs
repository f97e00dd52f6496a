using System.Text;
using TextEhr.App.Backup;

namespace TextEhr.App.Cli;

/// <summary>
/// Where a command gets the backup passphrase: <c>--passphrase-file</c>, then the environment variable
/// <c>TEXTEHR_BACKUP_PASSPHRASE</c> (scripts, tests), then the one kept on this PC, then asking — at the
/// console without echo, or the next line of standard input when it is redirected.
/// </summary>
internal static class BackupPassphraseInput
{
    /// <summary>The passphrase given for this run (file or environment), or null.</summary>
    public static string? Given(CliContext context, string? file)
    {
        if (file is not null)
        {
            try
            {
                var text = File.ReadAllText(file, Encoding.UTF8);
                return text.TrimEnd('\r', '\n');
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw new CommandFailedException(BackupCliMessages.PassphraseFileUnreadable, ExitCodes.BadInput);
            }
        }

        return context.GetEnvironmentVariable(BackupCliMessages.PassphraseEnvironment) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : null;
    }

    /// <summary>Given, else kept, else asked once; fails with the "set it first" line when there is none.</summary>
    public static PassphraseChoice Resolve(CliContext context, string? file, PassphraseKeeper keeper)
    {
        if (Given(context, file) is { } given)
        {
            return new PassphraseChoice(given, WasKept: false);
        }

        if (keeper.Load() is { Length: > 0 } kept)
        {
            return new PassphraseChoice(kept, WasKept: true);
        }

        var typed = Ask(context, BackupCliMessages.AskPassphrase);
        return string.IsNullOrEmpty(typed)
            ? throw new CommandFailedException(BackupMessages.NoPassphrase, ExitCodes.BadInput)
            : new PassphraseChoice(typed, WasKept: false);
    }

    /// <summary>Reads one secret line: without echo at a console, else from standard input; null when there is none.</summary>
    public static string? Ask(CliContext context, string prompt)
    {
        if (!context.IsInteractive)
        {
            return context.In.ReadLine();
        }

        context.Out.Write(prompt);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                context.Out.WriteLine();
                return typed.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                {
                    typed.Length--;
                }
            }
            else if (key.KeyChar != '\0')
            {
                typed.Append(key.KeyChar);
            }
        }
    }
}
