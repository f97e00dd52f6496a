using System.Diagnostics;
using System.Globalization;
using TextEhr.Tui.Gallery;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.App.Bench;

/// <summary>
/// The widget gallery on an 80×24 <see cref="VirtualTerminal"/> driven by the real <see cref="EventLoop"/>:
/// a key goes through the key decoder into the loop's queue, the loop handles it, draws the whole
/// screen, diffs it and writes one frame; the time until <see cref="EventLoop.FrameRendered"/> and the
/// frame's bytes are one sample. The virtual terminal replays the bytes into its emulator inside that time,
/// as a real terminal would have to take them.
/// </summary>
public sealed class GalleryKeystrokeMeter : IDisposable
{
    private readonly VirtualTerminal _terminal = new(80, 24);
    private readonly EventLoop _loop;
    private readonly List<KeystrokeFrame> _samples = [];
    private long _pressed;
    private KeystrokeFrame? _frame;

    public GalleryKeystrokeMeter()
    {
        _loop = GalleryApp.Create(_terminal, TimeProvider.System, new ThemeLoadResult(Theme.Paper, null));
        _loop.FrameRendered += (_, frame) => _frame = new KeystrokeFrame(Stopwatch.GetElapsedTime(_pressed).TotalMilliseconds, frame.BytesWritten);
        _loop.RunUntilIdle();
        Gallery = (GalleryScreen)_loop.Top!;
    }

    public GalleryScreen Gallery { get; }

    public IReadOnlyList<KeystrokeFrame> Samples => _samples;

    /// <summary>Text as the IME commits it, one cell cluster per keystroke (𠮷 and 葛󠄀 are one each), each measured.</summary>
    public void Type(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var cluster in CellWidth.Clusters(text))
        {
            var keystroke = text.Substring(cluster.Start, cluster.Length);
            Measure(() => _terminal.Type(keystroke));
        }
    }

    /// <summary>One key, measured.</summary>
    public void Press(ConsoleKey key, ConsoleModifiers modifiers = ConsoleModifiers.None) => Measure(() => _terminal.Press(key, modifiers));

    /// <summary>Forgets the samples so far (the warm-up).</summary>
    public void Reset() => _samples.Clear();

    /// <summary>
    /// Types the texts in turn, each one erased with Backspace until <paramref name="field"/> is empty again,
    /// for <paramref name="rounds"/> measured rounds after one warm-up round whose samples are forgotten.
    /// </summary>
    public void TypeAndErase(IReadOnlyList<string> texts, int rounds, Func<GalleryScreen, string> field)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(field);
        TypeAndErase(texts[0], field);
        Reset();
        for (var round = 0; round < rounds; round++)
        {
            TypeAndErase(texts[round % texts.Count], field);
        }
    }

    /// <summary>Adds the latency row and the bytes-per-keystroke facts under <paramref name="key"/>.</summary>
    public void Report(BenchReport report, string key, string label)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.Add(key, label, _samples.Select(sample => sample.Milliseconds));
        var bytes = _samples.Select(sample => (double)sample.Bytes).Order().ToList();
        if (bytes.Count > 0)
        {
            report.AddFact(key + ".bytes.p50", label + " 1打鍵の出力 中央値", LatencyStats.Percentile(bytes, 50), "B");
            report.AddFact(key + ".bytes.max", label + " 1打鍵の出力 最大", bytes[^1], "B");
        }
    }

    public void Dispose()
    {
        _loop.Dispose();
        _terminal.Dispose();
    }

    private void TypeAndErase(string text, Func<GalleryScreen, string> field)
    {
        Type(text);
        while (field(Gallery).Length > 0)
        {
            Press(ConsoleKey.Backspace);
        }
    }

    private void Measure(Action press)
    {
        _frame = null;
        _pressed = Stopwatch.GetTimestamp();
        press();
        _loop.RunUntilIdle();
        _samples.Add(_frame ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"A keystroke drew no frame (sample {_samples.Count}).")));

        // The virtual terminal keeps every byte for tests; a benchmark only needs each frame's count.
        _terminal.ClearWritten();
    }
}
