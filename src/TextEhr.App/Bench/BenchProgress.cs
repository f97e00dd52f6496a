namespace TextEhr.App.Bench;

/// <summary>
/// Progress reported on the caller's thread, in order (<see cref="Progress{T}"/> posts to the thread
/// pool, so its lines could interleave with the table); silent when the output is JSON.
/// </summary>
public sealed class BenchProgress(Action<string> write) : IProgress<string>
{
    public void Report(string value) => write(value);
}
