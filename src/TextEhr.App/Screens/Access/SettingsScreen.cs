using TextEhr.App.Ui;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// 設定 (F9 on the patient list): the clinic's data, the theme (applied as soon as it is chosen), the
/// idle lock, the backup folder and the printer. F12 saves both files; Esc asks before dropping changes
/// and puts the theme back.
/// </summary>
public sealed class SettingsScreen : IScreen
{
    private readonly AppSession _session;
    private Theme _openedWith;
    private readonly FormPage _page = new(AccessMessages.SettingsTitle);
    private readonly Dictionary<SettingsField, CheckedField> _boxes = [];
    private readonly FocusRing _focus;

    public SettingsScreen(AppSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _openedWith = session.Loop.Theme;
        ViewModel = new SettingsViewModel(session.Folder, session.Clinic, session.Settings);
        ThemeChoice = new Choice(SettingsViewModel.ThemeLabels) { SelectedIndex = ViewModel.ThemeIndex, Changed = ApplyTheme };
        foreach (var field in SettingsViewModel.Fields)
        {
            var box = new CheckedField(text => Check(field, text), MaxCells(field)) { Text = ViewModel[field] };
            box.Box.Rejected = message => Status.Show(message, StatusKind.Error);
            _boxes[field] = box;
            _page.Form.Add(SettingsViewModel.Caption(field), box, width: Math.Min(MaxCells(field), 50) + 2);
            if (field == SettingsField.Phone)
            {
                _page.Form.Add("配色", ThemeChoice);
            }
        }

        _focus = new FocusRing([.. _boxes.Values.Take(6), ThemeChoice, .. _boxes.Values.Skip(6)]);
        Status.Show(AccessMessages.SettingsHint);
    }

    public SettingsViewModel ViewModel { get; }

    public Choice ThemeChoice { get; }

    public StatusPanel Status => _page.Status;

    public KeyMap Keys { get; } = AppKeys.Map(
        "settings",
        StandardKeys.Help,
        StandardKeys.Confirm with { Label = "保存", Help = "設定を保存します。" },
        StandardKeys.Back,
        AppKeys.Lock,
        StandardKeys.NextField,
        StandardKeys.PreviousField);

    public IFocusable? Focused => _focus.Current;

    public TextField Box(SettingsField field) => _boxes[field].Box;

    public void Layout(Rect area) => _page.Layout(area);

    public void Draw(ScreenBuffer screen, Theme theme) => _page.Draw(screen, theme);

    public HandleResult Execute(CommandId command)
    {
        if (command == StandardCommands.NextField || command == StandardCommands.PreviousField)
        {
            var error = command == StandardCommands.NextField ? _focus.Next() : _focus.Previous();
            if (error is null)
            {
                Status.Show(AccessMessages.SettingsHint);
            }
            else
            {
                Status.Show(error, StatusKind.Error);
            }
        }
        else if (command == StandardCommands.Confirm)
        {
            Save();
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

    private static int MaxCells(SettingsField field) => field switch
    {
        SettingsField.InstitutionCode => 9,
        SettingsField.Prefecture => 4,
        SettingsField.PostalCode => 10,
        SettingsField.Phone => 15,
        SettingsField.IdleLockMinutes => 5,
        SettingsField.Printer => 30,
        SettingsField.BackupFolder => 260,
        _ => 50,
    };

    private string? Check(SettingsField field, string text)
    {
        ViewModel[field] = text;
        return ViewModel.Check(field);
    }

    private void ApplyTheme()
    {
        ViewModel.ThemeIndex = ThemeChoice.SelectedIndex;
        var loaded = ThemeLoader.Load(ViewModel.ThemeName, ThemeLoader.DefaultDirectories());
        _session.Loop.Theme = loaded.Theme;
        if (loaded.Error is { } error)
        {
            Status.Show(error, StatusKind.Warning);
        }
    }

    private void Save()
    {
        foreach (var (field, box) in _boxes)
        {
            ViewModel[field] = box.Text;
        }

        var outcome = ViewModel.Save();
        if (!outcome.Succeeded)
        {
            Status.Show(outcome.Error ?? string.Empty, StatusKind.Error);
            if (outcome.ErrorField is { } field)
            {
                _focus.Focus(_boxes[field]);
            }

            return;
        }

        _session.Settings = outcome.Settings!;
        _session.Clinic = outcome.Clinic ?? _session.Clinic;
        _session.Log.Information("Settings saved by user {UserId}", _session.User?.Id);
        _openedWith = _session.Loop.Theme;
        Status.Show(AccessMessages.SettingsSaved);
    }

    private HandleResult Leave()
    {
        foreach (var (field, box) in _boxes)
        {
            ViewModel[field] = box.Text;
        }

        if (!ViewModel.IsDirty)
        {
            return HandleResult.Close;
        }

        _session.Loop.Push(MessageBox.Confirm(AccessMessages.Confirm, AccessMessages.DiscardChanges, discard =>
        {
            if (discard)
            {
                _session.Loop.Theme = _openedWith;
                _session.Loop.Close(this);
            }
        }));
        return HandleResult.Redraw;
    }
}
