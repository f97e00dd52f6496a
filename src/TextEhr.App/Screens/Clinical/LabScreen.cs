using TextEhr.App.Ui;
using TextEhr.Domain.Labs;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Clinical;

/// <summary>
/// 検査 (F6 from the chart): orders on top, results below with H/L in the warning colour, and the trend
/// of the chosen result's item under them (beside them on a wide terminal). F2 enters a result, F4 an
/// order, Enter on an order its results one item after another, F9 corrects the chosen result; Tab
/// moves between the two tables. A form replaces the chart while it is open.
/// </summary>
public sealed class LabScreen : IScreen
{
    private const int ChartRows = 9;
    private const int WideWidth = 110;
    private static readonly TableColumn[] ResultColumns =
    [
        new("検査日", 9),
        new("項目", 0),
        new("値", 8, AlignRight: true),
        new("単位", 8),
        new("基準値", 11),
        new("判定", 4),
    ];

    private static readonly TableColumn[] OrderColumns = [new("依頼日", 9), new("依頼項目", 0), new("結果", 9)];

    private readonly AppSession _session;
    private readonly long _patientId;
    private readonly Action? _changed;
    private readonly Label _title = new(LabMessages.Title, VisualRole.Banner);
    private readonly TableRows _resultRows = new();
    private readonly TableRows _orderRows = new();
    private readonly TableView _results;
    private readonly TableView _orders;
    private readonly FocusRing _tables;
    private readonly Label _itemsCaption = new(LabMessages.ItemsCaption);
    private readonly Label _items = new(string.Empty, VisualRole.Normal);
    private Rect _area;

    public LabScreen(AppSession session, long patientId, Action? changed)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _patientId = patientId;
        _changed = changed;
        var patient = PatientCaption.Open(session, patientId);
        Model = new LabViewModel(session.Services.Labs, patientId, session.UserId, session.Today, patient?.Sex);
        _title.Text = LabMessages.Title + "  " + PatientCaption.Of(patient);
        _results = new TableView(ResultColumns, _resultRows) { Activate = _ => Hint(LabMessages.EnterOnResult) };
        _orders = new TableView(OrderColumns, _orderRows) { Activate = OpenForOrder };
        _tables = new FocusRing([_results, _orders]);
        Keys = AppKeys.Map(
            "labs",
            StandardKeys.Help,
            StandardKeys.New with { Label = LabMessages.NewResultLabel, Help = LabMessages.NewResultHelp },
            ClinicalKeys.Order,
            AppKeys.Amend,
            StandardKeys.Confirm,
            StandardKeys.Back,
            StandardKeys.NextField,
            StandardKeys.PreviousField);
        Refresh();
        Status.Show(Model.Results.Count == 0 ? LabMessages.NoResults : LabMessages.ListHint);
    }

    public LabViewModel Model { get; }

    /// <summary>The open form, or null while the tables have the keyboard.</summary>
    public ILabEditor? Editor { get; private set; }

    public StatusLine Status { get; } = new();

    public TrendChart Chart { get; } = new();

    public KeyMap Keys { get; }

    public IFocusable? Focused => Editor is { } editor ? editor.Focus.Current : _tables.Current;

    public void Layout(Rect area)
    {
        _area = area;
        _title.Bounds = area with { Height = Math.Min(area.Height, 1) };
        Status.Bounds = new Rect(area.X + 1, area.Bottom - 1, Math.Max(area.Width - 2, 0), 1);
        var body = new Rect(area.X + 1, area.Y + 1, Math.Max(area.Width - 2, 0), Math.Max(area.Height - 2, 0));
        var wide = body.Width >= WideWidth;
        var bottomHeight = Editor is { } editor
            ? Math.Max(editor.Height, Math.Min(LabItems.Common.Count, ChartRows))
            : wide ? 0 : Math.Max(ChartRows, body.Height / 3);
        bottomHeight = Math.Min(bottomHeight, Math.Max(body.Height - 5, 0));
        var tables = body with { Height = body.Height - bottomHeight };
        if (wide)
        {
            var chartWidth = tables.Width * 2 / 5;
            Chart.Bounds = tables with { X = tables.Right - chartWidth, Width = chartWidth };
            tables = tables with { Width = tables.Width - chartWidth - 2 };
        }

        var ordersHeight = Math.Clamp(Model.Orders.Count + 1, 2, 4);
        _orders.Bounds = tables with { Height = Math.Min(ordersHeight, tables.Height) };
        _results.Bounds = tables with { Y = _orders.Bounds.Bottom, Height = Math.Max(tables.Height - ordersHeight, 0) };
        var bottom = body with { Y = body.Bottom - bottomHeight, Height = bottomHeight };
        if (!wide)
        {
            Chart.Bounds = Editor is null ? bottom : default;
        }

        if (Editor is not null)
        {
            var listWidth = Math.Min(38, bottom.Width / 2);
            Editor.Layout(bottom with { Width = bottom.Width - listWidth - 1 });
            var list = bottom with { X = bottom.Right - listWidth, Width = listWidth };
            _itemsCaption.Bounds = list with { Height = 1 };
            _items.Bounds = list with { Y = list.Y + 1, Height = Math.Max(list.Height - 1, 0) };
            _items.Text = ItemColumns(listWidth, _items.Bounds.Height);
        }
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(_area, theme[VisualRole.Normal]);
        _title.Draw(screen, theme);
        _orders.Draw(screen, theme);
        _results.Draw(screen, theme);
        MarkAbnormal(screen, theme);
        UpdateChart();
        if (!Chart.Bounds.IsEmpty)
        {
            Chart.Draw(screen, theme);
        }

        if (Editor is { } editor)
        {
            editor.Draw(screen, theme);
            _itemsCaption.Draw(screen, theme);
            _items.Draw(screen, theme);
        }

        Status.Draw(screen, theme);
    }

    public HandleResult Execute(CommandId command)
    {
        if (command == StandardCommands.NextField || command == StandardCommands.PreviousField)
        {
            var ring = Editor?.Focus ?? _tables;
            ShowError(command == StandardCommands.NextField ? ring.Next() : ring.Previous());
        }
        else if (command == StandardCommands.New)
        {
            Open(new LabResultEditor(Model));
        }
        else if (command == ClinicalKeys.OrderCommand)
        {
            Open(new LabOrderEditor(Model));
        }
        else if (command == AppCommands.Amend)
        {
            OpenCorrection();
        }
        else if (command == StandardCommands.Confirm)
        {
            Save();
        }
        else if (command == StandardCommands.Back)
        {
            return Back();
        }
        else
        {
            return HandleResult.Ignored;
        }

        return HandleResult.Redraw;
    }

    private static string ItemColumns(int width, int rows)
    {
        var names = LabItems.Numbered().ToList();
        rows = Math.Max(rows, 1);
        var columns = (names.Count + rows - 1) / rows;
        var cell = Math.Max(width / Math.Max(columns, 1), 1);
        var lines = Enumerable.Range(0, rows).Select(row => string.Concat(
            Enumerable.Range(0, columns)
                .Select(column => (column * rows) + row)
                .Where(index => index < names.Count)
                .Select(index => Tui.Text.CellWidth.PadRight(names[index], cell))));
        return string.Join('\n', lines).TrimEnd();
    }

    private HandleResult Hint(string message)
    {
        Status.Show(message);
        return HandleResult.Redraw;
    }

    private void UpdateChart()
    {
        if (_results.SelectedIndex >= Model.Results.Count)
        {
            Chart.Title = string.Empty;
            Chart.Points = [];
            return;
        }

        var chosen = Model.Results[_results.SelectedIndex];
        var unit = chosen.Unit.Length == 0 ? string.Empty : $" ({chosen.Unit})";
        var range = LabMessages.RangeNote(LabViewModel.Range(chosen.ReferenceLow, chosen.ReferenceHigh));
        Chart.Title = $"{chosen.ItemName}{unit} {range}".TrimEnd();
        Chart.Points = Model.Trend(chosen.ItemName);
        Chart.FormatDate = ClinicalDates.Brief;
    }

    private void MarkAbnormal(ScreenBuffer screen, Theme theme)
    {
        for (var i = _results.TopIndex; i < Model.Results.Count; i++)
        {
            if (TableStyling.RowArea(_results, i) is null)
            {
                break;
            }

            if (Model.Results[i].Interpretation == LabInterpretation.None)
            {
                continue;
            }

            foreach (var column in new[] { 2, 5 })
            {
                if (TableStyling.CellArea(_results, i, column) is { } cell)
                {
                    TableStyling.Restyle(screen, cell, theme[VisualRole.Warning]);
                }
            }
        }
    }

    private HandleResult OpenForOrder(int index)
    {
        if (Editor is not null || index >= Model.Orders.Count)
        {
            return HandleResult.Redraw;
        }

        var order = Model.Orders[index];
        var pending = Model.Pending(order);
        if (pending.Count == 0)
        {
            return Hint(LabMessages.OrderComplete);
        }

        Open(new LabResultEditor(Model, order: order, orderItem: pending[0]));
        Status.Show(LabMessages.ForOrder(pending[0], pending.Count));
        return HandleResult.Redraw;
    }

    private void OpenCorrection()
    {
        if (Editor is not null)
        {
            return;
        }

        if (_results.SelectedIndex >= Model.Results.Count)
        {
            ShowError(LabMessages.NothingToCorrect);
            return;
        }

        Open(new LabResultEditor(Model, target: Model.Results[_results.SelectedIndex]));
    }

    private void Open(ILabEditor editor)
    {
        if (Editor is not null)
        {
            return;
        }

        if (_tables.Current is { } table)
        {
            table.HasFocus = false;
        }

        Editor = editor;
        Layout(_area);
        Status.Show(editor is LabOrderEditor ? LabMessages.OrderHint : LabMessages.FormHint);
    }

    private void Close()
    {
        if (Editor?.Focus.Current is { } focused)
        {
            focused.HasFocus = false;
        }

        Editor = null;
        if (_tables.Current is { } table)
        {
            table.HasFocus = true;
        }

        Layout(_area);
    }

    private void Save()
    {
        if (Editor is not { } editor)
        {
            return;
        }

        // The box in focus has not been left yet: check it as if it had.
        if ((editor.Focus.Current as IValidatable)?.Validate() is { } error)
        {
            ShowError(error);
            return;
        }

        var outcome = editor.Save();
        if (!outcome.Saved)
        {
            ShowError(outcome.Message);
            return;
        }

        LogSaved(editor);
        Close();
        Refresh();
        Status.Show(outcome.Message);
        _changed?.Invoke();
        if (editor is LabResultEditor { Order: { } order } && Model.Pending(order) is { Count: > 0 } pending)
        {
            Open(new LabResultEditor(Model, order: order, orderItem: pending[0]));
            Status.Show(outcome.Message + " " + LabMessages.ForOrder(pending[0], pending.Count));
        }
    }

    private void LogSaved(ILabEditor editor)
    {
        if (editor is LabOrderEditor)
        {
            _session.Log.Information("Lab order added for patient {PatientId} by {UserId}", _patientId, _session.UserId);
            return;
        }

        _session.Log.Information(
            "Lab result {ResultId} {Action} for patient {PatientId} by {UserId}",
            Model.LastSaved?.Id,
            editor is LabResultEditor { Target: not null } ? "corrected" : "added",
            _patientId,
            _session.UserId);
    }

    private HandleResult Back()
    {
        if (Editor is not { } editor)
        {
            return HandleResult.Close;
        }

        if (!editor.IsDirty)
        {
            Close();
            Status.Show(LabMessages.ListHint);
            return HandleResult.Redraw;
        }

        _session.Loop.Push(MessageBox.Confirm(LabMessages.DiscardTitle, LabMessages.Discard, discard =>
        {
            if (discard)
            {
                Close();
                Status.Show(LabMessages.ListHint);
            }
        }));
        return HandleResult.Redraw;
    }

    private void Refresh()
    {
        var selectedId = Model.LastSaved?.Id;
        _resultRows.Clear();
        foreach (var result in Model.Results)
        {
            _resultRows.Add(
                ClinicalDates.Brief(result.CollectedOn),
                result.ItemName,
                result.Value,
                result.Unit,
                LabViewModel.Range(result.ReferenceLow, result.ReferenceHigh),
                LabViewModel.Mark(result));
        }

        _orderRows.Clear();
        foreach (var order in Model.Orders)
        {
            var pending = Model.Pending(order).Count;
            _orderRows.Add(
                ClinicalDates.Brief(order.OrderedOn),
                string.Join(", ", order.Items),
                LabMessages.OrderStatus(order.Items.Count - pending, order.Items.Count));
        }

        if (selectedId is { } id && Model.Results.ToList().FindIndex(r => r.Id == id) is var index and >= 0)
        {
            _results.SelectedIndex = index;
        }

        Layout(_area);
    }

    private void ShowError(string? error)
    {
        if (error is not null)
        {
            Status.Show(error, StatusKind.Error);
        }
    }
}
