using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// Several small captioned boxes on one row of a form, as vitals sit on a paper chart:
/// <c>血圧[130/80 ] 脈拍[72 ] 体温[36.8]</c>, with an optional read-only note at the end (BMI). The
/// boxes take the focus one by one through the focus ring; the row only lays them out and tells the
/// form whether one of them has the focus, so the form scrolls to it.
/// </summary>
public sealed class InlineFields : View, IFocusable
{
    private readonly List<(string Caption, View Field, int Width)> _items = [];

    /// <summary>Text after the boxes (BMI), recomputed on every draw.</summary>
    public Func<string>? Note { get; set; }

    public bool HasFocus
    {
        get => _items.Exists(item => item.Field is IFocusable { HasFocus: true });
        set
        {
            // The ring gives the focus to the boxes themselves, never to the row.
        }
    }

    public bool IsEnabled => false;

    public Point? Caret => null;

    public void Add(string caption, View field, int width)
    {
        ArgumentNullException.ThrowIfNull(caption);
        ArgumentNullException.ThrowIfNull(field);
        _items.Add((caption, field, width));
    }

    public HandleResult Handle(InputEvent input) => HandleResult.Ignored;

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(Bounds, theme[VisualRole.Normal]);
        var x = Bounds.X;
        foreach (var (caption, field, width) in _items)
        {
            x = screen.Write(x, Bounds.Y, caption, theme[VisualRole.Label], Bounds);
            field.Bounds = new Rect(x, Bounds.Y, Math.Max(Math.Min(width, Bounds.Right - x), 0), Bounds.IsEmpty ? 0 : 1);
            field.Draw(screen, theme);
            x += field.Bounds.Width + 1;
        }

        if (Note?.Invoke() is { Length: > 0 } note && x + CellWidth.Of(note) <= Bounds.Right)
        {
            screen.Write(x, Bounds.Y, note, theme[VisualRole.Label], Bounds);
        }
    }
}
