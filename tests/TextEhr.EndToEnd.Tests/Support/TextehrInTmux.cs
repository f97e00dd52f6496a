using System.Diagnostics;
using System.Globalization;

namespace TextEhr.EndToEnd.Tests.Support;

/// <summary>
/// The real <c>textehr</c> (the gallery, or the chart program on a data folder) in a private tmux pane with
/// the screen-dump side channel on. Each step acts, then waits until the app's own model (the dump) shows
/// what the step should cause and tmux's capture of the real terminal equals it.
/// </summary>
internal sealed class TextehrInTmux : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textehr-e2e-" + Guid.NewGuid().ToString("N")[..12]);

    public TextehrInTmux(string term, IReadOnlyList<string> arguments, int width = 80, int height = 24)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Tmux = new TmuxServer();
        Directory.CreateDirectory(_folder);
        // sh stays the pane's process: it records textehr's exit code, then keeps the pane alive, as a shell
        // prompt would. A dead pane's modes cannot be trusted: tmux 3.3a may write "Pane is dead" into it, and
        // its cursor flag read 0 or 1 after byte-identical runs, depending on timing.
        var exitCode = TextehrProgram.ShellQuote(ExitCodePath);
        var written = TextehrProgram.ShellQuote(ExitCodePath + ".tmp");
        var command = string.Create(
            CultureInfo.InvariantCulture,
            $"env TERM={term} TEXTEHR_SCREEN_DUMP={TextehrProgram.ShellQuote(DumpPath)} {TextehrProgram.ShellQuote(TextehrProgram.DotnetHost)} {TextehrProgram.ShellQuote(TextehrProgram.Dll)} {string.Join(' ', arguments.Select(TextehrProgram.ShellQuote))}; echo $? > {written}; mv {written} {exitCode}; exec sleep 600");
        Tmux.Start(width, height, command);
    }

    public TmuxServer Tmux { get; }

    /// <summary>The screen at the end of the last step, as the terminal showed it (trailing blanks dropped).</summary>
    public string LastScreen { get; private set; } = string.Empty;

    public string DumpPath => Path.Combine(_folder, "screen.txt");

    private string ExitCodePath => Path.Combine(_folder, "exit-code");

    /// <summary>The app's model of the screen as last dumped, or null before the first frame.</summary>
    public string? Dump
    {
        get
        {
            try
            {
                return File.ReadAllText(DumpPath);
            }
            catch (FileNotFoundException)
            {
                return null;
            }
        }
    }

    /// <summary>textehr's exit code as sh saw it (128 + n after signal n), or null while it runs.</summary>
    public int? ExitCode => File.Exists(ExitCodePath)
        ? int.Parse(File.ReadAllText(ExitCodePath).Trim(), CultureInfo.InvariantCulture)
        : null;

    /// <summary>The textehr process while it runs: the pane runs sh, whose child is dotnet.</summary>
    public int ProgramPid
    {
        get
        {
            var shell = Tmux.DisplayNumber("#{pane_pid}");
            return ChildrenOf(shell).Single();
        }
    }

    /// <summary>Waits for the first frame showing <paramref name="marker"/>, then checks the terminal shows it.</summary>
    public void WaitForFirstFrame(string marker)
    {
        WaitUntil("the first frame", StartTimeout, () => Dump is { } dump && dump.Contains(marker, StringComparison.Ordinal));
        Step("first frame", () => { }, _ => true);
    }

    /// <summary>
    /// Does <paramref name="act"/>, then waits until the model satisfies <paramref name="expected"/> and the
    /// terminal's text equals the model's; fails with both screens when that does not happen in time.
    /// </summary>
    public void Step(string name, Action act, Func<string, bool> expected)
    {
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(expected);
        act();
        var watch = Stopwatch.StartNew();
        string dump = string.Empty, capture = string.Empty, settled = string.Empty;
        var reached = false;
        var since = TimeSpan.Zero;
        while (watch.Elapsed < StepTimeout)
        {
            dump = ScreenText.Normalize(Dump ?? string.Empty);
            capture = ScreenText.Normalize(Tmux.Capture());
            reached = expected(dump);
            if (!reached || !string.Equals(dump, capture, StringComparison.Ordinal))
            {
                settled = string.Empty;
            }
            else if (!string.Equals(capture, settled, StringComparison.Ordinal))
            {
                (settled, since) = (capture, watch.Elapsed);
            }
            else if (watch.Elapsed - since >= Settle)
            {
                // Keys sent in one step may still be arriving when the first of them shows: the screen
                // kept for the reference is the one that stopped changing.
                LastScreen = capture;
                return;
            }

            Thread.Sleep(Poll);
        }

        Assert.Fail(
            $"Step '{name}': {(reached ? "the terminal differs from the app's model" : "the app's model never showed the step's effect")} after {StepTimeout.TotalSeconds} s.\n"
            + $"--- model (dump)\n{dump}\n--- terminal (capture-pane)\n{capture}\n---");
    }

    public void WaitForExit() => WaitUntil("textehr to exit", StepTimeout, () => ExitCode is not null);

    public void Dispose()
    {
        Tmux.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void WaitUntil(string what, TimeSpan timeout, Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > timeout)
            {
                Assert.Fail($"Waited {timeout.TotalSeconds} s for {what}.");
            }

            Thread.Sleep(Poll);
        }
    }

    /// <summary>Processes whose parent is <paramref name="parent"/>, from /proc/*/stat (field 4, after the name in parentheses).</summary>
    private static List<int> ChildrenOf(int parent)
    {
        var children = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == parent)
                {
                    children.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        return children;
    }
}
