using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Views;

/// <summary>
/// Labelled fields in rows, like boxes on a paper form: captions in a column on the left, fields to
/// their right. When the rows do not fit, the form scrolls so the focused field is always in view.
/// The form lays out and draws; a <see cref="FocusRing"/> decides which field has the focus.
/// </summary>
public sealed class Form : View
{
    private readonly List<FormRow> _rows = [];

    /// <summary>Cells for the captions (a space after them included); 0 sizes to the widest caption.</summary>
    public int CaptionWidth { get; set; }

    /// <summary>The first row shown, in rows of the form.</summary>
    public int ScrollTop { get; private set; }

    public IReadOnlyList<View> Fields => [.. _rows.Select(row => row.Field)];

    /// <summary>Rows the whole form takes unscrolled.</summary>
    public int ContentHeight => _rows.Sum(row => row.Height);

    public void Add(string caption, View field, int height = 1, int width = 0)
    {
        ArgumentNullException.ThrowIfNull(caption);
        ArgumentNullException.ThrowIfNull(field);
        _rows.Add(new FormRow(caption, field, Math.Max(height, 1), width));
    }

    public override void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(Bounds, theme[VisualRole.Normal]);
        KeepFocusInView();
        var captionWidth = CaptionWidth > 0 ? CaptionWidth : _rows.Select(row => CellWidth.Of(row.Caption)).DefaultIfEmpty(0).Max() + 1;
        captionWidth = Math.Min(captionWidth, Bounds.Width / 2);
        var top = 0;
        foreach (var row in _rows)
        {
            var y = Bounds.Y + top - ScrollTop;
            top += row.Height;
            var fieldX = Bounds.X + captionWidth;
            var available = Bounds.Right - fieldX;
            var width = row.Width > 0 ? Math.Min(row.Width, available) : available;
            if (y < Bounds.Y || y + row.Height > Bounds.Bottom)
            {
                row.Field.Bounds = new Rect(fieldX, Bounds.Y, 0, 0);
                continue;
            }

            screen.Write(Bounds.X, y, CellWidth.Truncate(row.Caption, captionWidth - 1), theme[VisualRole.Label], Bounds);
            row.Field.Bounds = new Rect(fieldX, y, width, row.Height);
            row.Field.Draw(screen, theme);
        }
    }

    private void KeepFocusInView()
    {
        var top = 0;
        foreach (var row in _rows)
        {
            if (row.Field is IFocusable { HasFocus: true })
            {
                if (top < ScrollTop)
                {
                    ScrollTop = top;
                }
                else if (top + row.Height > ScrollTop + Bounds.Height)
                {
                    ScrollTop = top + row.Height - Bounds.Height;
                }
            }

            top += row.Height;
        }

        ScrollTop = Math.Clamp(ScrollTop, 0, Math.Max(ContentHeight - Bounds.Height, 0));
    }
}
