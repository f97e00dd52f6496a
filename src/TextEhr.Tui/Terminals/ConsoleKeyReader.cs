using System.Runtime.Versioning;
using TextEhr.Tui.Input;

namespace TextEhr.Tui.Terminals;

/// <summary>
/// The input thread's loop: <c>Console.ReadKey</c> into the decoder, telling it when nothing more is
/// buffered so a lone Esc or typed text goes out at once.
/// </summary>
[UnsupportedOSPlatform("browser")]
[UnsupportedOSPlatform("android")]
[UnsupportedOSPlatform("ios")]
[UnsupportedOSPlatform("tvos")]
internal sealed class ConsoleKeyReader(KeyDecoder decoder)
{
    // A paste whose end marker has not come after this long is delivered as it is.
    private static readonly TimeSpan PasteTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PastePoll = TimeSpan.FromMilliseconds(20);

    /// <summary>Runs a reader on a background thread, decoding for <paramref name="term"/> into <paramref name="post"/>.</summary>
    public static void StartThread(Action<InputEvent> post, string? term) =>
        new Thread(() => new ConsoleKeyReader(new KeyDecoder(post, term)).Run()) { IsBackground = true, Name = "TextEhr.Tui input" }.Start();

    public void Run()
    {
        try
        {
            while (true)
            {
                if (!Console.KeyAvailable)
                {
                    decoder.Idle();
                    WaitForPasteEnd();
                }

                decoder.Feed(Console.ReadKey(intercept: true));
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            // stdin closed or redirected: no more keys. SIGHUP restores the terminal.
            decoder.Flush();
        }
    }

    private void WaitForPasteEnd()
    {
        var waited = TimeSpan.Zero;
        while (decoder.IsPasting && !Console.KeyAvailable)
        {
            if (waited >= PasteTimeout)
            {
                decoder.Flush();
                return;
            }

            Thread.Sleep(PastePoll);
            waited += PastePoll;
        }
    }
}
