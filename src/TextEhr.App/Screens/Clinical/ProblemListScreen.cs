using TextEhr.App.Output;
using TextEhr.App.Ui;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Clinical;

/// <summary>
/// 病名 (F4 from the chart): the patient's problems in a table, those still under care first and ended
/// ones greyed below. F2 opens a form for a new one, Enter on a row a form for its 転帰 and flags, Del
/// voids it with a reason; F12 stores the form, Esc leaves it (asking first when something was typed).
/// </summary>
public sealed class ProblemListScreen : IScreen
{
    private static readonly TableColumn[] Columns =
    [
        new("傷病名", 0),
        new("主", 2),
        new("開始日", 10),
        new("転帰", 4),
        new("転帰日", 10),
    ];

    private readonly AppSession _session;
    private readonly long _patientId;
    private readonly Action? _changed;
    private readonly Label _title = new(ProblemMessages.Title, VisualRole.Banner);
    private readonly TableRows _rows = new();
    private readonly TableView _table;
    private Rect _area;

    public ProblemListScreen(AppSession session, long patientId, Action? changed)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _patientId = patientId;
        _changed = changed;
        Model = new ProblemListViewModel(session.Services.Problems, patientId, session.UserId, session.Today);
        _table = new TableView(Columns, _rows) { HasFocus = true, Activate = index => OpenEditor(index) };
        Keys = AppKeys.Map(
            "problems",
            StandardKeys.Help,
            StandardKeys.New with { Help = ProblemMessages.NewHelp },
            ClinicalKeys.Void,
            StandardKeys.Confirm,
            StandardKeys.Back,
            StandardKeys.NextField,
            StandardKeys.PreviousField);
        _title.Text = ProblemMessages.Title + "  " + PatientCaption.Of(PatientCaption.Open(session, patientId));
        Refresh();
        Status.Show(Model.Problems.Count == 0 ? ProblemMessages.Empty : ProblemMessages.ListHint);
    }

    public ProblemListViewModel Model { get; }

    /// <summary>The open form, or null while the table has the keyboard.</summary>
    public ProblemEditor? Editor { get; private set; }

    public StatusLine Status { get; } = new();

    public KeyMap Keys { get; }

    public IFocusable? Focused => Editor is { } editor ? editor.Focus.Current : _table;

    public void Layout(Rect area)
    {
        _area = area;
        _title.Bounds = area with { Height = Math.Min(area.Height, 1) };
        Status.Bounds = new Rect(area.X + 1, area.Bottom - 1, Math.Max(area.Width - 2, 0), 1);
        var body = new Rect(area.X + 1, area.Y + 1, Math.Max(area.Width - 2, 0), Math.Max(area.Height - 2, 0));
        if (Editor is { } editor)
        {
            var editorHeight = Math.Min(editor.Height, Math.Max(body.Height - 4, 0));
            _table.Bounds = body with { Height = body.Height - editorHeight - 1 };
            editor.Layout(body with { Y = _table.Bounds.Bottom + 1, Height = editorHeight });
        }
        else
        {
            _table.Bounds = body;
        }
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(_area, theme[VisualRole.Normal]);
        _title.Draw(screen, theme);
        _table.Draw(screen, theme);
        for (var i = 0; i < Model.Problems.Count; i++)
        {
            if (ProblemListViewModel.IsEnded(Model.Problems[i]) && (i != _table.SelectedIndex || !_table.HasFocus)
                && TableStyling.RowArea(_table, i) is { } row)
            {
                TableStyling.Restyle(screen, row, theme[VisualRole.Disabled]);
            }
        }

        Editor?.Draw(screen, theme);
        Status.Draw(screen, theme);
    }

    public HandleResult Execute(CommandId command)
    {
        if (command == StandardCommands.NextField || command == StandardCommands.PreviousField)
        {
            if (Editor is { } editor)
            {
                ShowError(command == StandardCommands.NextField ? editor.Focus.Next() : editor.Focus.Previous());
            }
        }
        else if (command == StandardCommands.New)
        {
            Open(ProblemEditor.ForNew(Model));
        }
        else if (command == ClinicalKeys.VoidCommand)
        {
            AskVoid();
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

    private HandleResult OpenEditor(int index)
    {
        if (Editor is null && index < Model.Problems.Count)
        {
            Open(ProblemEditor.ForRevision(Model, Model.Problems[index]));
        }

        return HandleResult.Redraw;
    }

    private void Open(ProblemEditor editor)
    {
        if (Editor is not null)
        {
            return;
        }

        Editor = editor;
        _table.HasFocus = false;
        Layout(_area);
        Status.Show(ProblemMessages.FormHint);
    }

    private void Close()
    {
        if (Editor?.Focus.Current is { } focused)
        {
            focused.HasFocus = false;
        }

        Editor = null;
        _table.HasFocus = true;
        Layout(_area);
    }

    private void Save()
    {
        if (Editor is not { } editor)
        {
            return;
        }

        // The field in focus has not been left yet: check it as if it had.
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

        _session.Log.Information(
            "Problem {ProblemId} {Action} for patient {PatientId} by {UserId}",
            Model.LastSavedId,
            editor.Target is null ? "added" : "revised",
            _patientId,
            _session.UserId);
        Close();
        Refresh(Model.LastSavedId);
        Status.Show(outcome.Message);
        _changed?.Invoke();
    }

    private void AskVoid()
    {
        if (Editor is not null)
        {
            return;
        }

        if (_table.SelectedIndex >= Model.Problems.Count)
        {
            ShowError(ProblemMessages.NothingSelected);
            return;
        }

        var problem = Model.Problems[_table.SelectedIndex];
        var reason = new TextField { MaxCells = 80 };
        _session.Loop.Push(new Dialog(ProblemMessages.VoidTitle, ProblemMessages.VoidQuestion(problem.DisplayName), accepted =>
        {
            if (!accepted)
            {
                return;
            }

            var outcome = Model.Void(problem, reason.Text);
            if (!outcome.Saved)
            {
                ShowError(outcome.Message);
                return;
            }

            _session.Log.Information("Problem {ProblemId} voided for patient {PatientId} by {UserId}", problem.Id, _patientId, _session.UserId);
            Refresh();
            Status.Show(outcome.Message);
            _changed?.Invoke();
        }, content: reason));
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
            Status.Show(ProblemMessages.ListHint);
            return HandleResult.Redraw;
        }

        _session.Loop.Push(MessageBox.Confirm(ProblemMessages.DiscardTitle, ProblemMessages.Discard, discard =>
        {
            if (discard)
            {
                Close();
                Status.Show(ProblemMessages.ListHint);
            }
        }));
        return HandleResult.Redraw;
    }

    private void Refresh(long? select = null)
    {
        _rows.Clear();
        foreach (var problem in Model.Problems)
        {
            _rows.Add(
                problem.DisplayName,
                problem.IsPrimary ? "主" : string.Empty,
                ClinicalDates.Brief(problem.OnsetDate),
                DisplayText.Of(problem.Outcome),
                ClinicalDates.Brief(problem.OutcomeDate));
        }

        if (select is { } id && Model.Problems.ToList().FindIndex(p => p.Id == id) is var index and >= 0)
        {
            _table.SelectedIndex = index;
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
