using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace TextEhr.EndToEnd.Tests.Support;

/// <summary>
/// A private tmux server (its own socket name, no user config) with one session, S, holding one pane:
/// a real pty whose screen, cursor and modes the tests read back. Dispose kills the server.
/// </summary>
internal sealed class TmuxServer : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(15);

    public TmuxServer()
    {
        RequireInstalled();
        Socket = "textehr-e2e-" + Guid.NewGuid().ToString("N")[..12];
    }

    public string Socket { get; }

    /// <summary>
    /// Fails (never skips) when tmux is missing: a skipped end-to-end test would let a terminal bug through
    /// unseen. <c>.ci/run</c> installs it.
    /// </summary>
    public static void RequireInstalled()
    {
        try
        {
            Run(["-V"]);
        }
        catch (Win32Exception)
        {
            Assert.Fail("tmux is not installed, so the end-to-end terminal tests cannot run. Install it (apt-get install -y tmux); .ci/run does this.");
        }
    }

    /// <summary>
    /// Starts <paramref name="shellCommand"/> in a <paramref name="width"/>×<paramref name="height"/> pane.
    /// remain-on-exit is set before the session exists, so even a program that dies at once leaves its pane to inspect.
    /// </summary>
    public void Start(int width, int height, string shellCommand) =>
        Tmux("start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
            "new-session", "-d", "-s", "S", "-x", Number(width), "-y", Number(height), shellCommand);

    /// <summary>Text exactly as given (<c>send-keys -l</c>): what an IME commits.</summary>
    public void Type(string text) => Tmux("send-keys", "-t", "S", "-l", text);

    /// <summary>Key names as tmux spells them: Tab, BTab, F1, Escape, C-c.</summary>
    public void Press(params string[] keys) => Tmux(["send-keys", "-t", "S", .. keys]);

    /// <summary>A bracketed paste (<c>paste-buffer -p</c>); tmux turns each LF into CR, as a terminal does.</summary>
    public void Paste(string text) => Tmux("set-buffer", "-b", "e2e", text, ";", "paste-buffer", "-p", "-b", "e2e", "-t", "S");

    public void Resize(int width, int height) => Tmux("resize-window", "-t", "S", "-x", Number(width), "-y", Number(height));

    /// <summary>The pane's visible text, one line per row.</summary>
    public string Capture() => Tmux("capture-pane", "-p", "-t", "S");

    /// <summary>A tmux format about the pane: <c>#{alternate_on}</c>, <c>#{cursor_x}</c> …</summary>
    public string Display(string format) => Tmux("display-message", "-p", "-t", "S", format).TrimEnd('\n');

    public int DisplayNumber(string format) => int.Parse(Display(format), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        try
        {
            // tmux leaves its socket file behind; ask where it is before the server goes.
            var socketPath = Tmux("display-message", "-p", "#{socket_path}").TrimEnd('\n');
            Tmux("kill-server");
            File.Delete(socketPath);
        }
        catch (InvalidOperationException)
        {
            // No server was started, or it is already gone.
        }
    }

    private string Tmux(params string[] arguments) => Run(["-L", Socket, "-f", "/dev/null", .. arguments]);

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("tmux")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // tmux decides from the locale whether text is UTF-8; CI may have none.
        start.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("tmux did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill();
            throw new InvalidOperationException($"tmux {string.Join(' ', start.ArgumentList)} did not finish in {CommandTimeout.TotalSeconds} s.");
        }

        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"tmux {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {error.Result}");
    }
}
