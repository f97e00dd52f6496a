using TextEhr.App.Ui;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// 履歴 (F7 on a visit): two versions of the entry side by side, the older on the left, each under its
/// head (版, 確定 time, author and confirmer, 訂正理由); lines that changed carry <c>*</c> in the warning
/// colour. Left/Right (PgUp/PgDn) pick the pair, Up/Down scroll both columns together, Esc closes.
/// </summary>
public sealed class EntryHistoryScreen : IScreen
{
    private const int Gutter = 2;
    private readonly Label _title = new(EntryHistoryMessages.Title, VisualRole.Banner);
    private Rect _area;
    private int _scroll;

    public EntryHistoryScreen(AppSession session, long entryId)
    {
        ArgumentNullException.ThrowIfNull(session);
        Model = new EntryHistoryViewModel(session.Services.Charts, session.Services.Users, entryId, session.UserId);
        if (Model.Versions.Count > 0)
        {
            session.Log.Information("Chart entry {EntryId} history shown to {UserId}", entryId, session.UserId);
        }

        Keys = AppKeys.Map(
            "history",
            StandardKeys.Help,
            EntryHistoryKeys.OlderPair,
            EntryHistoryKeys.NewerPair,
            StandardKeys.Back,
            EntryHistoryKeys.ScrollUp,
            EntryHistoryKeys.ScrollDown);
        Status.Show(Model.Versions.Count == 0 ? EntryHistoryMessages.NotFound
            : Model.HasCorrections ? EntryHistoryMessages.Hint
            : EntryHistoryMessages.NoCorrections);
        UpdateTitle();
    }

    public EntryHistoryViewModel Model { get; }

    public StatusLine Status { get; } = new();

    public KeyMap Keys { get; }

    public IFocusable? Focused => null;

    public void Layout(Rect area)
    {
        _area = area;
        _title.Bounds = area with { Height = Math.Min(area.Height, 1) };
        Status.Bounds = new Rect(area.X + 1, area.Bottom - 1, Math.Max(area.Width - 2, 0), 1);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(_area, theme[VisualRole.Normal]);
        _title.Draw(screen, theme);
        if (Model.Newer is { } newer)
        {
            DrawColumns(screen, theme, Model.Older, newer);
        }

        Status.Draw(screen, theme);
    }

    public HandleResult Execute(CommandId command)
    {
        if (command == EntryHistoryKeys.OlderPairCommand || command == EntryHistoryKeys.NewerPairCommand)
        {
            ChangePair(command == EntryHistoryKeys.OlderPairCommand);
        }
        else if (command == EntryHistoryKeys.ScrollUpCommand)
        {
            _scroll = Math.Max(_scroll - 1, 0);
        }
        else if (command == EntryHistoryKeys.ScrollDownCommand)
        {
            _scroll++;
        }
        else
        {
            return command == StandardCommands.Back ? HandleResult.Close : HandleResult.Ignored;
        }

        return HandleResult.Redraw;
    }

    /// <summary>The lines of the body as drawn for a column width: left text, right text, changed.</summary>
    public static IReadOnlyList<EntryHistoryRow> Wrapped(IReadOnlyList<EntryHistoryRow> rows, int cells)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var lines = new List<EntryHistoryRow>();
        foreach (var row in rows)
        {
            var left = row.Left is null ? [] : EntryHistoryText.Wrap(row.Left, cells);
            var right = row.Right is null ? [] : EntryHistoryText.Wrap(row.Right, cells);
            for (var k = 0; k < Math.Max(left.Count, right.Count); k++)
            {
                lines.Add(new EntryHistoryRow(k < left.Count ? left[k] : null, k < right.Count ? right[k] : null, row.Changed));
            }
        }

        return lines;
    }

    private void ChangePair(bool older)
    {
        var moved = older ? Model.ShowOlderPair() : Model.ShowNewerPair();
        if (!Model.HasCorrections)
        {
            Status.Show(EntryHistoryMessages.NoCorrections);
            return;
        }

        if (moved)
        {
            _scroll = 0;
            UpdateTitle();
            Status.Show(EntryHistoryMessages.Hint);
        }
        else
        {
            Status.Show(older ? EntryHistoryMessages.FirstPair : EntryHistoryMessages.LastPair);
        }
    }

    private void UpdateTitle()
    {
        var visit = Model.Newer is { } newer ? "  " + EntryHistoryMessages.Visit(JapaneseDateFormatter.FormatShort(newer.VisitDate)) : string.Empty;
        _title.Text = $"{EntryHistoryMessages.Title}{visit}  {Model.PairCaption}";
    }

    private void DrawColumns(ScreenBuffer screen, Theme theme, ChartEntryVersion? older, ChartEntryVersion newer)
    {
        var top = _area.Y + 1;
        var bottom = _area.Bottom - 1;
        var single = older is null;
        var width = single ? Math.Max(_area.Width - 2, 0) : Math.Max((_area.Width - 3) / 2, 0);
        var leftX = _area.X + 1;
        var rightX = single ? leftX : leftX + width + 1;
        var leftHead = older is null ? [] : Model.Header(older);
        var rightHead = Model.Header(newer);
        var headHeight = Math.Max(leftHead.Count, rightHead.Count);
        var label = theme[VisualRole.Label];
        for (var i = 0; i < headHeight && top + i < bottom; i++)
        {
            WriteCell(screen, leftX, top + i, width, i < leftHead.Count ? leftHead[i] : string.Empty, label, !single);
            WriteCell(screen, rightX, top + i, width, i < rightHead.Count ? rightHead[i] : string.Empty, label, true);
        }

        var rule = top + headHeight;
        if (rule < bottom)
        {
            screen.Write(_area.X + 1, rule, new string('-', Math.Max(_area.Width - 2, 0)), label, _area);
        }

        var lines = Wrapped(Model.Rows(), Math.Max(width - Gutter, 1));
        var visible = Math.Max(bottom - rule - 1, 0);
        _scroll = Math.Clamp(_scroll, 0, Math.Max(lines.Count - visible, 0));
        for (var i = 0; i < visible && _scroll + i < lines.Count; i++)
        {
            var line = lines[_scroll + i];
            var y = rule + 1 + i;
            var style = theme[line.Changed ? VisualRole.Warning : VisualRole.Normal];
            if (!single)
            {
                WriteCell(screen, leftX, y, width, Marked(line.Left, line.Changed), line.Left is null ? theme[VisualRole.Normal] : style, true);
            }

            WriteCell(screen, rightX, y, width, Marked(line.Right, line.Changed), line.Right is null ? theme[VisualRole.Normal] : style, true);
        }

        if (!single)
        {
            for (var y = top; y < bottom; y++)
            {
                screen.Write(leftX + width, y, "|", label, _area);
            }
        }
    }

    private static string Marked(string? text, bool changed) =>
        text is null ? string.Empty : (changed ? "* " : "  ") + text;

    private static void WriteCell(ScreenBuffer screen, int x, int y, int width, string text, Style style, bool show)
    {
        if (show)
        {
            screen.Write(x, y, text, style, new Rect(x, y, width, 1));
        }
    }
}
