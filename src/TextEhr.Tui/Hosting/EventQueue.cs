namespace TextEhr.Tui.Hosting;

/// <summary>
/// What the UI thread has to do, in arrival order: input events and work items, added from any thread
/// (the terminal's input thread, signal handlers, timers, background jobs), taken on the UI thread.
/// </summary>
internal sealed class EventQueue
{
    private readonly Queue<object> _items = new();

    // Monitor.Wait needs a plain object; System.Threading.Lock has no wait/pulse.
    private readonly object _gate = new();

    public void Add(object item)
    {
        lock (_gate)
        {
            _items.Enqueue(item);
            Monitor.Pulse(_gate);
        }
    }

    public bool TryTake(out object item)
    {
        lock (_gate)
        {
            return _items.TryDequeue(out item!);
        }
    }

    /// <summary>Blocks until something is queued or <paramref name="cancellation"/> is cancelled.</summary>
    public void Wait(CancellationToken cancellation)
    {
        using var wake = cancellation.Register(() =>
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        });
        lock (_gate)
        {
            while (_items.Count == 0 && !cancellation.IsCancellationRequested)
            {
                Monitor.Wait(_gate);
            }
        }
    }
}
