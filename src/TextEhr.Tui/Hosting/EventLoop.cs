using TextEhr.Tui.Commands;
using TextEhr.Tui.Input;
using TextEhr.Tui.Rendering;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Hosting;

/// <summary>
/// The one UI thread. Terminal threads, timers and background work post into a queue; the loop
/// drains everything queued, offers each input to the focused view, then to the top screen's key map,
/// then to its own commands, and finally draws once into the <see cref="ScreenBuffer"/> and sends the
/// difference to the terminal in one write. Nothing but this thread touches views.
/// </summary>
/// <remarks>
/// <para>Commands the screen ignores fall to the loop: Help opens the F1 help generated from the key
/// map, Redraw (Ctrl+L) repaints everything, Back (Esc) closes the screen, Quit ends the loop.</para>
/// <para>Tests step it deterministically: <see cref="RunUntilIdle"/> with a <see cref="VirtualTerminal"/>
/// and a fake <see cref="TimeProvider"/>. <see cref="Run"/> restores the terminal however it ends.</para>
/// </remarks>
public sealed class EventLoop : IDisposable
{
    private readonly ITerminal _terminal;
    private readonly TimeProvider _time;
    private readonly EventQueue _queue = new();
    private readonly List<IScreen> _screens = [];
    private readonly List<ITimer> _timers = [];
    private readonly DiffRenderer _renderer = new();
    private readonly FKeyBar _bar = new();
    private ScreenBuffer _buffer;
    private Theme _theme;
    private bool _dirty = true;
    private bool _started;
    private bool _stopped;

    public EventLoop(ITerminal terminal, Theme theme, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentNullException.ThrowIfNull(theme);
        _terminal = terminal;
        _theme = theme;
        _time = time ?? TimeProvider.System;
        _buffer = NewBuffer(terminal.Size);
    }

    /// <summary>Called after each frame is written, on the UI thread: the screen dump and the bench listen here.</summary>
    public event EventHandler<FrameRenderedEventArgs>? FrameRendered;

    /// <summary>The model of the last frame: what the terminal shows.</summary>
    public ScreenBuffer Screen => _buffer;

    /// <summary>Screens from bottom to top; the top one gets the input.</summary>
    public IReadOnlyList<IScreen> Screens => _screens;

    public IScreen? Top => _screens.Count > 0 ? _screens[^1] : null;

    public bool IsRunning => _started && !_stopped;

    /// <summary>When the last key or paste arrived (or the loop started): the idle screen lock reads it.</summary>
    public DateTimeOffset LastInputAt { get; private set; }

    /// <summary>Keys that work on top of any screen, looked up after the screen's own map.</summary>
    public KeyMap GlobalKeys { get; set; } = StandardKeys.Global;

    /// <summary>
    /// The application's own global commands (bound in <see cref="GlobalKeys"/>): asked after the top screen
    /// ignored a command and before the loop's defaults, so a key such as a screen lock works on every
    /// screen without each screen knowing it.
    /// </summary>
    public Func<CommandId, HandleResult>? GlobalCommands { get; set; }

    public Theme Theme
    {
        get => _theme;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _theme = value;
            _dirty = true;
        }
    }

    /// <summary>The area screens lay out in: everything but the F-key bar on the bottom row.</summary>
    public Rect Area => new(0, 0, _buffer.Width, _buffer.Height > 1 ? _buffer.Height - 1 : _buffer.Height);

    /// <summary>Puts a screen or dialog on top. UI thread only.</summary>
    public void Push(IScreen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        _screens.Add(screen);
        screen.Layout(Area);
        _dirty = true;
    }

    /// <summary>Takes a screen off the stack; the loop ends when none is left. UI thread only.</summary>
    public void Close(IScreen screen)
    {
        _screens.Remove(screen);
        _dirty = true;
        if (_screens.Count == 0)
        {
            _stopped = true;
        }
    }

    /// <summary>Ends the loop after the events being handled now.</summary>
    public void Stop() => _stopped = true;

    /// <summary>Queues input; safe from any thread. The terminal posts here.</summary>
    public void Post(InputEvent input)
    {
        ArgumentNullException.ThrowIfNull(input);
        _queue.Add(input);
    }

    /// <summary>Queues work to run on the UI thread (a background job reporting back); a frame follows.</summary>
    public void Post(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _queue.Add(work);
    }

    /// <summary>
    /// Runs <paramref name="tick"/> on the UI thread after <paramref name="due"/>, then every
    /// <paramref name="period"/> (<see cref="Timeout.InfiniteTimeSpan"/> for once). Dispose the result to stop it.
    /// </summary>
    public IDisposable Schedule(TimeSpan due, TimeSpan period, Action tick)
    {
        ArgumentNullException.ThrowIfNull(tick);
        var timer = _time.CreateTimer(_ => Post(tick), null, due, period);
        _timers.Add(timer);
        return timer;
    }

    /// <summary>Enters full-screen mode, starts input and draws the first frame.</summary>
    public void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        LastInputAt = _time.GetUtcNow();
        _terminal.Start(Post);
        Resize(_terminal.Size.Width, _terminal.Size.Height);
        DrawIfDirty();
    }

    /// <summary>Handles everything queued, including what handling it queues, then draws once. For tests.</summary>
    public void RunUntilIdle()
    {
        Start();
        while (!_stopped && _queue.TryTake(out var item))
        {
            Process(item);
        }

        DrawIfDirty();
    }

    /// <summary>Runs until the last screen closes, Quit, or <paramref name="cancellation"/>; the terminal is restored however it ends.</summary>
    public void Run(CancellationToken cancellation = default)
    {
        try
        {
            Start();
            while (!_stopped && !cancellation.IsCancellationRequested)
            {
                _queue.Wait(cancellation);
                RunUntilIdle();
            }
        }
        finally
        {
            _terminal.Restore();
        }
    }

    public void Dispose()
    {
        _timers.ForEach(timer => timer.Dispose());
        _timers.Clear();
    }

    private void Process(object item)
    {
        switch (item)
        {
            case Action work:
                work();
                _dirty = true;
                break;
            case ResizeEvent resize:
                Resize(resize.Width, resize.Height);
                break;
            case InputEvent input:
                LastInputAt = _time.GetUtcNow();
                Dispatch(input);
                break;
        }
    }

    private void Dispatch(InputEvent input)
    {
        if (Top is not { } screen)
        {
            return;
        }

        var result = screen.Focused?.Handle(input) ?? HandleResult.Ignored;
        if (result == HandleResult.Ignored && input is KeyEvent key)
        {
            if (screen.Keys.TryFind(key, out var command) || GlobalKeys.TryFind(key, out command))
            {
                result = Execute(screen, command);
            }
        }

        if (result == HandleResult.Close)
        {
            Close(screen);
        }
        else if (result == HandleResult.Redraw)
        {
            _dirty = true;
        }
    }

    private HandleResult Execute(IScreen screen, CommandId command)
    {
        var result = screen.Execute(command);
        if (result == HandleResult.Ignored && GlobalCommands is { } global)
        {
            result = global(command);
        }

        if (result != HandleResult.Ignored)
        {
            return result;
        }

        if (command == StandardCommands.Help)
        {
            Push(new HelpOverlay(screen.Keys));
            return HandleResult.Redraw;
        }

        if (command == StandardCommands.Redraw)
        {
            _renderer.FullRepaint();
            return HandleResult.Redraw;
        }

        if (command == StandardCommands.Quit)
        {
            Stop();
            return HandleResult.Redraw;
        }

        return command == StandardCommands.Back ? HandleResult.Close : HandleResult.Ignored;
    }

    private void Resize(int width, int height)
    {
        _buffer = NewBuffer(new TerminalSize(width, height));
        foreach (var screen in _screens)
        {
            screen.Layout(Area);
        }

        _renderer.FullRepaint();
        _dirty = true;
    }

    private ScreenBuffer NewBuffer(TerminalSize size) =>
        new(Math.Max(size.Width, 1), Math.Max(size.Height, 1), _terminal.AmbiguousWidth);

    private void DrawIfDirty()
    {
        if (!_dirty || !_started)
        {
            return;
        }

        _dirty = false;
        var started = _time.GetTimestamp();
        _buffer.Clear(_theme[VisualRole.Normal]);
        foreach (var screen in _screens)
        {
            screen.Draw(_buffer, _theme);
        }

        if (_buffer.Height > 1)
        {
            _bar.Keys = Top?.Keys;
            _bar.Bounds = new Rect(0, _buffer.Height - 1, _buffer.Width, 1);
            _bar.Draw(_buffer, _theme);
        }

        _buffer.Caret = Top?.Focused is { HasFocus: true } focused ? focused.Caret : null;
        var payload = _renderer.Render(_buffer);
        _terminal.Write(payload);
        FrameRendered?.Invoke(this, new FrameRenderedEventArgs(_buffer, payload.Length, _time.GetElapsedTime(started)));
    }
}
