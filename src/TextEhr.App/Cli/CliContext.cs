using System.Text;
using TextEhr.Domain.Users;

namespace TextEhr.App.Cli;

/// <summary>
/// What a command line run talks to: its streams, the clock and the environment. <see cref="Program"/>
/// passes the console's; tests pass string writers, a fixed clock and a fake environment.
/// </summary>
public sealed class CliContext
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Read by <c>--password-stdin</c>.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>A person at a real console (not redirected): secrets are read there without echo.</summary>
    public bool IsInteractive { get; init; }

    /// <summary>Standard output is a terminal (not a file or a pipe): progress may be rewritten in place.</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>Reads an environment variable (<c>TEXTEHR_DATA</c>, <c>XDG_DATA_HOME</c>, <c>HOME</c>).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>
    /// The removable drives ready now, where <c>textehr backup</c> without DEST looks first; tests replace it
    /// so that none depends on (or writes to) a stick mounted on the machine that runs them.
    /// </summary>
    public Func<IReadOnlyList<string>> RemovableDrives { get; init; } = Backup.RemovableDrives.Find;

    /// <summary>PBKDF2 iterations for new passwords; tests lower it to keep runs fast.</summary>
    public int PasswordIterations { get; init; } = PasswordHasher.DefaultIterations;

    /// <summary>The real console, written in UTF-8 so Japanese prints on Windows consoles too.</summary>
    public static CliContext ForConsole()
    {
        try
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException)
        {
            // No console attached (output redirected on some hosts): the streams keep their encoding.
        }

        return new CliContext { Out = Console.Out, Error = Console.Error, In = Console.In, IsInteractive = !Console.IsInputRedirected, IsOutputTerminal = !Console.IsOutputRedirected };
    }
}
