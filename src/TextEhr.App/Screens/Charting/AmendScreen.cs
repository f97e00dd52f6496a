using TextEhr.App.Ui;
using TextEhr.Domain.Clinical;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// F9 on a confirmed past visit: the same page pre-filled with that version, plus the required
/// 訂正理由. F12 asks once, then saves the next version and confirms it; Esc asks before dropping changes.
/// The 受診日 belongs to the visit and cannot be amended.
/// </summary>
public sealed class AmendScreen : IScreen
{
    private readonly AppSession _session;
    private readonly AmendViewModel _model;
    private readonly Action<ChartResult> _done;
    private readonly Banner _banner = new();
    private readonly Label _heading = new(string.Empty, VisualRole.Banner);
    private readonly Form _reasonRow = new() { CaptionWidth = 9 };
    private readonly ChartEditor _editor;
    private readonly FocusRing _focus;
    private Rect _area;

    public AmendScreen(AppSession session, ChartEntryVersion original, ChartBanner banner, Action<ChartResult> done)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(banner);
        ArgumentNullException.ThrowIfNull(done);
        _session = session;
        _done = done;
        _model = new AmendViewModel(session, original);
        _editor = new ChartEditor(() => session.Today);
        _editor.Write(_model.Start);
        _editor.VisitDate.IsEnabled = false;
        _editor.Prescriptions.Delete = AskDeleteRp;
        _banner.Text = banner.Identity;
        _banner.Warning = banner.Warning;
        _heading.Text = " " + ChartMessages.AmendHeading(original.VisitDate, original.Version);
        _reasonRow.Add(ChartMessages.FieldName(EntryField.Reason), Reason);
        _focus = new FocusRing([Reason, .. _editor.Items]);
        Status.Show(ChartMessages.AmendHint);
    }

    public TextField Reason { get; } = new() { MaxCells = 200 };

    public ChartEditor Editor => _editor;

    public StatusLine Status { get; } = new();

    public KeyMap Keys => ChartKeys.Amend;

    public IFocusable? Focused => _focus.Current;

    public void Layout(Rect area)
    {
        _area = area;
        _banner.Bounds = area with { Height = Math.Min(area.Height, 1) };
        _heading.Bounds = new Rect(area.X, area.Y + 1, area.Width, Math.Min(Math.Max(area.Height - 1, 0), 1));
        _reasonRow.Bounds = new Rect(area.X + 1, area.Y + 2, Math.Max(area.Width - 2, 0), Math.Min(Math.Max(area.Height - 2, 0), 1));
        _editor.Layout(new Rect(area.X + 1, area.Y + 3, Math.Max(area.Width - 2, 0), Math.Max(area.Height - 4, 0)));
        Status.Bounds = new Rect(area.X, area.Bottom - 1, area.Width, 1);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);

        // The chart stays beneath, drawn first each frame: blank it, or its edges show at the margins.
        screen.Fill(_area, theme[VisualRole.Normal]);
        View[] views = [_banner, _heading, _reasonRow, _editor, Status];
        foreach (var view in views)
        {
            view.Draw(screen, theme);
        }
    }

    public HandleResult Execute(CommandId command)
    {
        if (command == StandardCommands.NextField || command == StandardCommands.PreviousField)
        {
            var error = command == StandardCommands.NextField ? _focus.Next() : _focus.Previous();
            if (error is not null)
            {
                Status.Show(error, StatusKind.Error);
            }
        }
        else if (command == StandardCommands.New)
        {
            _session.Loop.Push(new RpDialog(group =>
            {
                _editor.Prescriptions.Groups = [.. _editor.Prescriptions.Groups, group];
                Status.Show(ChartMessages.RpAdded(_editor.Prescriptions.Groups.Count));
            }));
        }
        else if (command == StandardCommands.Confirm)
        {
            AskSubmit();
        }
        else if (command == StandardCommands.Back)
        {
            return Leave();
        }
        else
        {
            return HandleResult.Ignored;
        }

        return HandleResult.Redraw;
    }

    private void AskSubmit()
    {
        var fields = _editor.Read();
        if (_model.Check(fields, Reason.Text) is { } refusal)
        {
            Show(refusal);
            return;
        }

        _session.Loop.Push(MessageBox.Confirm(ChartMessages.AmendTitle, ChartMessages.AmendQuestion, accepted =>
        {
            if (!accepted)
            {
                return;
            }

            var result = _model.Submit(fields, Reason.Text);
            if (result.IsError)
            {
                Show(result);
                return;
            }

            _session.Loop.Close(this);
            _done(result);
        }));
    }

    private HandleResult Leave()
    {
        if (!_model.HasChanges(_editor.Read(), Reason.Text))
        {
            return HandleResult.Close;
        }

        _session.Loop.Push(MessageBox.Confirm(ChartMessages.AmendTitle, ChartMessages.LeaveAmendQuestion, leave =>
        {
            if (leave)
            {
                _session.Loop.Close(this);
            }
        }));
        return HandleResult.Redraw;
    }

    private void AskDeleteRp(int index)
    {
        var groups = _editor.Prescriptions.Groups;
        _session.Loop.Push(MessageBox.Confirm(ChartMessages.DeleteRpTitle, ChartMessages.DeleteRpQuestion(index + 1, ChartText.RpLine(index + 1, groups[index])), yes =>
        {
            if (yes)
            {
                _editor.Prescriptions.Groups = [.. groups.Where((_, i) => i != index)];
                Status.Show(ChartMessages.RpDeleted(index + 1));
            }
        }));
    }

    private void Show(ChartResult result)
    {
        Status.Show(result.Message, result.Kind);
        if (result.Field is { } field)
        {
            _focus.Focus(field == EntryField.Reason ? Reason : _editor.FieldFor(field));
        }
    }
}
