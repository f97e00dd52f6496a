using TextEhr.App.Screens.Clinical;
using TextEhr.App.Ui;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Documents;

/// <summary>
/// F8 from the chart: the three documents to make (紹介状, サマリー, 処方箋) above this patient's issued
/// documents. Enter on a kind opens its form pre-filled from the chart; Enter on an issued document
/// shows it as it was issued, to make again. Esc goes back to the chart.
/// </summary>
public sealed class DocumentListScreen : IScreen
{
    private readonly AppSession _session;
    private readonly long? _chosenVersionId;
    private readonly Action? _issued;
    private readonly Label _title = new(DocumentScreenMessages.ListTitle, VisualRole.Banner);
    private readonly TableRows _rows = new();
    private readonly TableView _table;
    private readonly string _caption;
    private Rect _area;

    public DocumentListScreen(AppSession session, long patientId, long? chosenVersionId, Action? issued)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _chosenVersionId = chosenVersionId;
        _issued = issued;
        Model = new DocumentListViewModel(session, patientId);
        _caption = PatientCaption.Of(PatientCaption.Open(session, patientId));
        _title.Text = DocumentScreenMessages.ListTitle + "  " + _caption;
        _table = new TableView(
            [new("日付", 14), new("種類", 8), new("宛先・題", 0), new("作成者", 10), new("出力", 6)],
            _rows)
        { HasFocus = true, Activate = Open };
        Keys = AppKeys.Map(
            "documents",
            StandardKeys.Help,
            StandardKeys.Back with { Help = "カルテに戻ります。" },
            StandardKeys.NextField with { Label = "開く", Help = "選んだ行を開きます。上の 3 行は新しい文書、その下は発行済みの文書です。" });
        Fill();
        Status.Show(DocumentScreenMessages.ListHint);
    }

    public DocumentListViewModel Model { get; }

    public StatusLine Status { get; } = new();

    public KeyMap Keys { get; }

    public IFocusable? Focused => _table;

    public int SelectedIndex => _table.SelectedIndex;

    public void Layout(Rect area)
    {
        _area = area;
        _title.Bounds = area with { Height = Math.Min(area.Height, 1) };
        _table.Bounds = new Rect(area.X + 1, area.Y + 2, Math.Max(area.Width - 2, 0), Math.Max(area.Height - 3, 0));
        Status.Bounds = new Rect(area.X + 1, area.Bottom - 1, Math.Max(area.Width - 2, 0), 1);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(_area, theme[VisualRole.Normal]);
        _title.Draw(screen, theme);
        _table.Draw(screen, theme);
        Status.Draw(screen, theme);
    }

    public HandleResult Execute(CommandId command)
    {
        if (command == StandardCommands.NextField)
        {
            return Open(_table.SelectedIndex);
        }

        return command == StandardCommands.Back ? HandleResult.Close : HandleResult.Ignored;
    }

    private HandleResult Open(int index)
    {
        if (DocumentListViewModel.KindAt(index) is { } kind)
        {
            var (form, refusal) = DocumentFormViewModel.Open(_session, Model.PatientId, kind, _chosenVersionId);
            if (form is null)
            {
                Status.Show(refusal ?? string.Empty, StatusKind.Error);
            }
            else
            {
                _session.Loop.Push(new DocumentFormScreen(_session, form, _caption, Issued));
            }
        }
        else if (Model.DocumentAt(index) is { } document)
        {
            var kept = KeptDocumentViewModel.Open(_session, document.Id);
            if (kept is null)
            {
                Status.Show(DocumentScreenMessages.DocumentNotFound, StatusKind.Error);
            }
            else
            {
                _session.Loop.Push(new KeptDocumentScreen(_session, kept, _caption, Issued));
            }
        }

        return HandleResult.Redraw;
    }

    private void Issued(DocumentJobResult result)
    {
        Fill();
        if (result.Kept is { } kept)
        {
            _table.SelectedIndex = DocumentListViewModel.NewRows;
            Status.Show(DocumentScreenMessages.Issued(DocumentKinds.Label(kept.Kind)));
        }

        _issued?.Invoke();
    }

    private void Fill()
    {
        Model.Refresh();
        _rows.Clear();
        for (var i = 0; i < Model.RowCount; i++)
        {
            _rows.Add(Model.Cells(i));
        }
    }
}
