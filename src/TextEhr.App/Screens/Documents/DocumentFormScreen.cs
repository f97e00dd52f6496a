using TextEhr.App.Documents;
using TextEhr.App.Ui;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Documents;

/// <summary>
/// A new document, pre-filled from the chart: Enter (Tab in the text areas) moves box to box, F12 warns
/// about 外字 and then makes the PDF in the background (and prints it when a printer is set); the form
/// closes on the list, where the kept document is the top row. Esc asks before throwing edits away.
/// </summary>
public sealed class DocumentFormScreen : IScreen
{
    private readonly AppSession _session;
    private readonly Action<DocumentJobResult> _issued;
    private readonly Label _title = new(string.Empty, VisualRole.Banner);
    private Form _form = new();
    private readonly Dictionary<string, View> _boxes = new(StringComparer.Ordinal);
    private readonly FocusRing _focus;
    private readonly string _initial;
    private Rect _area;

    public DocumentFormScreen(AppSession session, DocumentFormViewModel model, string caption, Action<DocumentJobResult> issued)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(model);
        _session = session;
        _issued = issued;
        Model = model;
        _title.Text = DocumentKinds.Heading(model.Kind) + "  " + caption;
        var editable = new List<IFocusable>();
        foreach (var field in model.Fields)
        {
            View box = field.IsMultiline ? TextAreaFor(field) : new TextField { Text = field.Text, MaxCells = 100 };
            _boxes[field.Key] = box;
            if (!field.ReadOnly)
            {
                editable.Add((IFocusable)box);
            }
        }

        _focus = new FocusRing(editable);
        if (editable.Count > 0)
        {
            _focus.Focus(editable[0]);
        }

        _initial = Snapshot();
        Keys = AppKeys.Map(
            "document-form",
            StandardKeys.Help,
            StandardKeys.Confirm with { Label = "PDF作成", Help = "PDF を作ります。プリンターが設定されていれば印刷もします。作った文書は記録に残ります。" },
            StandardKeys.Back with { Help = "作らずに文書の一覧へ戻ります。入力した内容があれば確かめます。" },
            StandardKeys.NextField with { Help = "次の欄へ進みます。複数行の欄では Enter は改行なので、Tab で次の欄へ進みます。" },
            StandardKeys.PreviousField);
        Status.Show(DocumentScreenMessages.FormHint);
    }

    public DocumentFormViewModel Model { get; }

    /// <summary>True from F12 until the PDF is made.</summary>
    public bool IsBusy { get; private set; }

    public StatusLine Status { get; } = new();

    public KeyMap Keys { get; }

    public IFocusable? Focused => IsBusy ? null : _focus.Current;

    public bool IsDirty => !string.Equals(Snapshot(), _initial, StringComparison.Ordinal);

    /// <summary>The box of a field, by <see cref="DocumentField.Key"/>.</summary>
    public View Box(string key) => _boxes[key];

    public void Layout(Rect area)
    {
        _area = area;
        _title.Bounds = area with { Height = Math.Min(area.Height, 1) };
        var formArea = new Rect(area.X + 1, area.Y + 2, Math.Max(area.Width - 2, 0), Math.Max(area.Height - 3, 0));
        _form = BuildForm(formArea.Height);
        _form.Bounds = formArea;
        Status.Bounds = new Rect(area.X + 1, area.Bottom - 1, Math.Max(area.Width - 2, 0), 1);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(_area, theme[VisualRole.Normal]);
        _title.Draw(screen, theme);
        _form.Draw(screen, theme);
        Status.Draw(screen, theme);
    }

    public HandleResult Execute(CommandId command)
    {
        // Only this screen's own keys wait for the PDF; the global ones (Ctrl+Q lock) still work.
        if (IsBusy && command != StandardCommands.Help && Keys[command] is not null)
        {
            Status.Show(DocumentScreenMessages.StillWorking, StatusKind.Warning);
            return HandleResult.Redraw;
        }

        if (command == StandardCommands.NextField || command == StandardCommands.PreviousField)
        {
            ShowError(command == StandardCommands.NextField ? _focus.Next() : _focus.Previous());
        }
        else if (command == StandardCommands.Confirm)
        {
            Issue();
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

    private void Issue()
    {
        if (Model.Problem(Typed()) is { } problem)
        {
            Status.Show(problem, StatusKind.Error);
            return;
        }

        var request = Model.Build(Typed());
        if (Model.Warning(request) is { } warning)
        {
            _session.Log.Warning("Document {Kind} for patient {PatientId} cannot be printed exactly as typed", Model.Kind, Model.PatientId);
            var title = request.Document.Notices.Count > 0 ? DocumentScreenMessages.NoticeTitle : DocumentScreenMessages.GlyphTitle;
            _session.Loop.Push(MessageBox.Confirm(title, DocumentScreenMessages.GlyphQuestion(warning), yes =>
            {
                if (yes)
                {
                    Start(request);
                }
            }));
            return;
        }

        Start(request);
    }

    private void Start(IssueRequest request)
    {
        IsBusy = true;
        SetFocus(false);
        Status.Show(DocumentScreenMessages.Working);
        DocumentJob.Start(_session, Model.Issuer, request, Model.Printer, result =>
        {
            IsBusy = false;
            if (result.Kept is null)
            {
                SetFocus(true);
                Status.Show(DocumentScreenMessages.WriteFailed, StatusKind.Error);
                _session.Navigator.ShowResult(MessageBox.Inform(result.Title, result.Message(Model.Printer is not null)));
                return;
            }

            _session.Loop.Close(this);
            _issued(result);
            _session.Navigator.ShowResult(MessageBox.Inform(result.Title, result.Message(Model.Printer is not null)));
        });
    }

    private HandleResult Back()
    {
        if (!IsDirty)
        {
            return HandleResult.Close;
        }

        _session.Loop.Push(MessageBox.Confirm(DocumentScreenMessages.DiscardTitle, DocumentScreenMessages.Discard, discard =>
        {
            if (discard)
            {
                _session.Loop.Close(this);
            }
        }));
        return HandleResult.Redraw;
    }

    private static TextArea TextAreaFor(DocumentField field)
    {
        var area = new TextArea { Text = field.Text, MaxCells = 4_000 };
        // Setting the text leaves the caret at its end; the doctor reads a pre-filled box from its top.
        area.Handle(KeyEvent.Command(ConsoleKey.Home, ConsoleModifiers.Control));
        area.ReadOnly = field.ReadOnly;
        return area;
    }

    // A taller terminal gives the text areas its spare rows, shared out in turn, so long text shows whole.
    private Form BuildForm(int height)
    {
        var fields = Model.Fields;
        var lines = fields.Select(static f => f.Lines).ToArray();
        var spare = height - lines.Sum();
        var areas = Enumerable.Range(0, fields.Count).Where(i => fields[i].IsMultiline).ToList();
        for (var turn = 0; spare > 0 && areas.Count > 0; turn++, spare--)
        {
            lines[areas[turn % areas.Count]]++;
        }

        var form = new Form();
        for (var i = 0; i < fields.Count; i++)
        {
            form.Add(fields[i].Caption, _boxes[fields[i].Key], height: lines[i]);
        }

        return form;
    }

    private Dictionary<string, string> Typed() => _boxes.ToDictionary(
        static pair => pair.Key,
        static pair => pair.Value switch
        {
            TextArea area => area.Text,
            TextField field => field.Text,
            _ => string.Empty,
        },
        StringComparer.Ordinal);

    private string Snapshot() => string.Join('\u001f', Typed().OrderBy(static p => p.Key, StringComparer.Ordinal).Select(static p => p.Value));

    private void SetFocus(bool on)
    {
        if (_focus.Current is { } current)
        {
            current.HasFocus = on;
        }
    }

    private void ShowError(string? error)
    {
        if (error is not null)
        {
            Status.Show(error, StatusKind.Error);
        }
    }
}
