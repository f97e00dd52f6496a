using TextEhr.App.Screens.Backup;
using TextEhr.App.Ui;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Dates;
using TextEhr.Storage;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Patients;

/// <summary>
/// 患者検索, the home screen after login: a search box over the matching patients. The list narrows on
/// every keystroke; ↑ ↓ choose while typing; Enter opens the chart; F2 registers, F4 edits, F9 settings;
/// Esc asks, then ends the program. When a chart on top closes, the list is searched again.
/// </summary>
public sealed class PatientSearchScreen : IScreen
{
    private readonly AppSession _session;
    private readonly Banner _banner = new();
    private readonly Label _caption = new(PatientScreenMessages.SearchCaption);
    private readonly TextField _box = new() { MaxCells = 40 };
    private readonly Label _hint = new(PatientScreenMessages.SearchHint, VisualRole.Normal);
    private readonly TableView _table;
    private readonly PatientSearchBox _focus;
    private bool _wasTop;

    public PatientSearchScreen(AppSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        ViewModel = new PatientSearchViewModel(session.Services.Patients);
        _table = new TableView(PatientSearchRows.Columns, new PatientSearchRows(() => ViewModel.Results, () => session.Today));
        _focus = new PatientSearchBox(_box, _table) { HasFocus = true };
        _box.Changed = Search;
        _box.Rejected = message => Status.Show(message, StatusKind.Error);
    }

    public PatientSearchViewModel ViewModel { get; }

    public StatusLine Status { get; } = new();

    public KeyMap Keys => PatientSearchKeys.Map;

    public IFocusable? Focused => _focus;

    public void Layout(Rect area)
    {
        _banner.Bounds = area with { Height = Math.Min(area.Height, 1) };
        var captionWidth = 6;
        _caption.Bounds = new Rect(area.X + 1, area.Y + 2, captionWidth, 1);
        _box.Bounds = new Rect(area.X + 1 + captionWidth, area.Y + 2, Math.Max(Math.Min(area.Width - captionWidth - 2, 44), 0), 1);
        _hint.Bounds = new Rect(area.X + 1, area.Y + 3, Math.Max(area.Width - 2, 0), 1);
        _table.Bounds = new Rect(area.X, area.Y + 5, area.Width, Math.Max(area.Height - 7, 0));
        Status.Bounds = new Rect(area.X + 1, area.Bottom - 1, Math.Max(area.Width - 2, 0), 1);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        // Coming back on top (a chart or the edit screen closed): what they saved may change the rows.
        var isTop = ReferenceEquals(_session.Loop.Top, this);
        if (isTop && !_wasTop)
        {
            Refresh();
        }

        _wasTop = isTop;
        _banner.Text = HeaderText();
        Status.Hint = ViewModel.CountText;
        View[] views = [_banner, _caption, _box, _hint, _table, Status];
        foreach (var view in views)
        {
            view.Draw(screen, theme);
        }
    }

    public HandleResult Execute(CommandId command)
    {
        if (command == PatientSearchKeys.OpenChart)
        {
            Open();
        }
        else if (command == StandardCommands.New)
        {
            _session.Navigator.EditPatient(null, Registered);
        }
        else if (command == StandardCommands.Search)
        {
            ClearBox();
            Status.Show(PatientScreenMessages.SearchHint);
        }
        else if (command == AppCommands.EditPatient)
        {
            Edit();
        }
        else if (command == AppCommands.Settings)
        {
            _session.Navigator.ShowSettings();
        }
        else if (command == AppCommands.Backup)
        {
            _session.Navigator.ShowBackup();
        }
        else if (command == AppCommands.Lock)
        {
            _session.Navigator.Lock();
        }
        else if (command == StandardCommands.Back)
        {
            AskToQuit();
        }
        else
        {
            return HandleResult.Ignored;
        }

        return HandleResult.Redraw;
    }

    private string HeaderText()
    {
        var clinic = _session.Clinic?.Name ?? string.Empty;
        var doctor = _session.User is { } user ? PatientScreenMessages.DoctorLabel(user.DisplayName) : string.Empty;
        return $"{PatientScreenMessages.SearchTitle}  {clinic}  {doctor}  {JapaneseDateFormatter.FormatShort(_session.Today)}";
    }

    private void Search()
    {
        ViewModel.Search(_box.Text);
        _table.SelectedIndex = ViewModel.SelectedIndex;
        ShowMatches();
    }

    private void Refresh()
    {
        ViewModel.SelectedIndex = _table.SelectedIndex;
        ViewModel.Refresh();
        _table.SelectedIndex = ViewModel.SelectedIndex;
    }

    private void ShowMatches()
    {
        if (ViewModel.Query.Trim().Length == 0)
        {
            Status.Clear();
        }
        else if (ViewModel.Results.Count == 0)
        {
            Status.Show(PatientScreenMessages.NoMatch, StatusKind.Warning);
        }
        else if (ViewModel.HasMore)
        {
            Status.Show(PatientScreenMessages.TooManyMatches(PatientSearchViewModel.Limit));
        }
        else
        {
            Status.Clear();
        }
    }

    private void Open()
    {
        ViewModel.SelectedIndex = _table.SelectedIndex;
        var (id, problem) = ViewModel.ToOpen();
        if (id is { } patientId)
        {
            _session.Log.Information("Chart of patient {PatientId} opened from the search", patientId);
            _session.Navigator.OpenChart(patientId);
        }
        else
        {
            Status.Show(problem ?? PatientScreenMessages.NothingSelected, StatusKind.Warning);
        }
    }

    private void Edit()
    {
        ViewModel.SelectedIndex = _table.SelectedIndex;
        if (ViewModel.Selected is { } patient)
        {
            _session.Navigator.EditPatient(patient.Id, _ => Status.Show(PatientScreenMessages.Updated(patient.ChartNumber)));
        }
        else
        {
            Status.Show(PatientScreenMessages.NothingSelected, StatusKind.Warning);
        }
    }

    // The acceptance flow registers, then searches: back on an empty box, the new 患者番号 in the status.
    // The edit screen is still on top when it reports, so its saved record gives the number unaudited.
    private void Registered(long patientId)
    {
        ClearBox();
        var chartNumber = _session.Loop.Top is PatientEditScreen { SavedPatient: { } saved } && saved.Id == patientId
            ? saved.ChartNumber
            : _session.Services.Patients.Open(patientId, _session.UserId)?.ChartNumber ?? string.Empty;
        Status.Show(PatientScreenMessages.Registered(chartNumber));
    }

    private void ClearBox()
    {
        _box.Text = string.Empty;
        Search();
    }

    // A backup that is due is offered first: Enter backs up now (or opens the backup screen, which says what is
    // missing), Esc goes on to the usual question,
    // so two quick Escs never end the program, with or without a backup.
    private void AskToQuit()
    {
        var last = _session.Services.BackupRecords.Latest();
        if (!BackupReminder.IsDue(last, _session.Now, _session.Settings.BackupReminderDays))
        {
            AskPlainQuit();
            return;
        }

        _session.Loop.Push(MessageBox.Confirm(BackupScreenMessages.ReminderTitle, BackupScreenMessages.ReminderQuestion(last, _session.Now), backUp =>
        {
            if (backUp)
            {
                _session.Navigator.BackUpNow();
            }
            else
            {
                AskPlainQuit();
            }
        }));
    }

    private void AskPlainQuit()
    {
        _session.Loop.Push(MessageBox.Confirm(PatientScreenMessages.QuitTitle, PatientScreenMessages.QuitQuestion, yes =>
        {
            if (yes)
            {
                Quit();
            }
        }));
    }

    private void Quit()
    {
        if (_session.User is { } user)
        {
            try
            {
                _session.Services.Audit.Append(new AuditEntry { Action = AuditAction.Logout, Entity = "user", EntityId = user.Id, UserId = user.Id });
            }
            catch (DatabaseBusyException)
            {
                // The logout must be in the audit log: stay, and let the doctor press Esc again.
                Status.Show(PatientScreenMessages.BusyQuit, StatusKind.Error);
                return;
            }

            _session.Log.Information("User {UserId} logged out from the patient search", user.Id);
        }

        _session.Loop.Stop();
    }
}
