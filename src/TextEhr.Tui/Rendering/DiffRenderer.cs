using TextEhr.Tui.Screen;
using TextEhr.Tui.Terminals;

namespace TextEhr.Tui.Rendering;

/// <summary>
/// Turns a frame into the bytes that bring the terminal from the previous frame to this one: only the
/// changed cells, a cursor move only across a gap, a style change only when the style differs, all in
/// one synchronized update, then the cursor parked at the caret for the IME (or hidden). Comparing the
/// whole front and back buffers is simpler and safer than dirty flags every writer must remember.
/// </summary>
public sealed class DiffRenderer
{
    private readonly VtWriter _out = new();
    private ScreenBuffer? _front;
    private Style? _style;
    private Point? _cursor;
    private bool? _cursorVisible;
    private bool _begun;

    /// <summary>Makes the next frame clear the screen and draw everything: after a resize, Ctrl+L or a child process.</summary>
    public void FullRepaint() => _front = null;

    /// <summary>
    /// The payload for <paramref name="frame"/>, empty when nothing changed and the caret did not move.
    /// Write it to the terminal in one call; it is valid until the next call.
    /// </summary>
    public ReadOnlySpan<byte> Render(ScreenBuffer frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        _out.Reset();
        _begun = false;
        if (_front is null || _front.Width != frame.Width || _front.Height != frame.Height || _front.Ambiguous != frame.Ambiguous)
        {
            Begin();
            _out.Raw(TerminalModes.ClearScreen);
            _front = new ScreenBuffer(frame.Width, frame.Height, frame.Ambiguous);
            _style = Style.Default;
            _cursor = null;
            _cursorVisible = null;
        }

        for (var y = 0; y < frame.Height; y++)
        {
            DrawChangedCells(frame, _front, y);
        }

        ParkCursor(frame);
        if (_begun)
        {
            _out.Raw(TerminalModes.EndSynchronizedUpdate);
            frame.CopyTo(_front);
        }

        return _out.Written;
    }

    private void DrawChangedCells(ScreenBuffer frame, ScreenBuffer front, int y)
    {
        for (var x = 0; x < frame.Width; x++)
        {
            var cell = frame[x, y];
            if (cell.IsContinuation || (cell == front[x, y] && (cell.Width == 1 || frame[x + 1, y] == front[x + 1, y])))
            {
                continue;
            }

            Begin();
            if (_cursor != new Point(x, y))
            {
                _out.MoveTo(new Point(x, y));
            }

            if (_style != cell.Style)
            {
                _out.Style(cell.Style);
                _style = cell.Style;
            }

            _out.Text(cell.Text);
            // Without auto-wrap the cursor stays in the last column; force a CUP after it.
            _cursor = x + cell.Width < frame.Width ? new Point(x + cell.Width, y) : null;
        }
    }

    private void ParkCursor(ScreenBuffer frame)
    {
        if (frame.Caret is not { } caret)
        {
            if (_cursorVisible != false)
            {
                Begin();
                _out.Raw(TerminalModes.HideCursor);
                _cursorVisible = false;
            }

            return;
        }

        var at = new Point(Math.Clamp(caret.X, 0, frame.Width - 1), Math.Clamp(caret.Y, 0, frame.Height - 1));
        if (_cursor == at && _cursorVisible == true)
        {
            return;
        }

        Begin();
        if (_cursor != at)
        {
            _out.MoveTo(at);
            _cursor = at;
        }

        if (_cursorVisible != true)
        {
            _out.Raw(TerminalModes.ShowCursor);
            _cursorVisible = true;
        }
    }

    private void Begin()
    {
        if (!_begun)
        {
            _out.Raw(TerminalModes.BeginSynchronizedUpdate);
            _begun = true;
        }
    }
}
