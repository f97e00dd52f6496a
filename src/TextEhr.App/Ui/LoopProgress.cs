using TextEhr.Tui.Hosting;

namespace TextEhr.App.Ui;

/// <summary>
/// Progress from background work handed to the UI thread: each report is posted to the loop, so views are
/// only ever touched where they are drawn.
/// </summary>
public sealed class LoopProgress<T>(EventLoop loop, Action<T> show) : IProgress<T>
{
    public void Report(T value) => loop.Post(() => show(value));
}
