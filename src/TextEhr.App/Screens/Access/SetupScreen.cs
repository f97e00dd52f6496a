using TextEhr.App.Ui;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// The first run on a folder without <c>clinic.json</c>: one form for the clinic and its first doctor,
/// each box checked when left, F12 registers and goes on to the login screen; Esc asks before ending
/// TextEhr without registering.
/// </summary>
public sealed class SetupScreen : IScreen
{
    private readonly AppSession _session;
    private readonly FormPage _page = new(AccessMessages.SetupTitle);
    private readonly Dictionary<SetupField, CheckedField> _boxes = [];
    private readonly FocusRing _focus;

    public SetupScreen(AppSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        ViewModel = new SetupViewModel(session.Folder, session.Services.Users, session.Time, session.PasswordIterations);
        foreach (var field in SetupViewModel.Fields)
        {
            var box = new CheckedField(text => Check(field, text), MaxCells(field));
            box.Box.IsMasked = field is SetupField.Password or SetupField.PasswordAgain;
            box.Box.Rejected = message => Status.Show(message, StatusKind.Error);
            _boxes[field] = box;
            _page.Form.Add(SetupViewModel.Caption(field), box, width: MaxCells(field) + 2);
        }

        _focus = new FocusRing(_boxes.Values);
        Status.Show(AccessMessages.SetupHint);
    }

    public SetupViewModel ViewModel { get; }

    public StatusPanel Status => _page.Status;

    public KeyMap Keys { get; } = AppKeys.Map(
        "setup",
        StandardKeys.Help,
        StandardKeys.Confirm with { Label = "登録", Help = "診療所と医師を登録して、ログイン画面へ進みます。" },
        StandardKeys.Back with { Label = "終了", Help = "登録せずに終了します（確かめてから）。" },
        StandardKeys.NextField,
        StandardKeys.PreviousField);

    public IFocusable? Focused => _focus.Current;

    /// <summary>The box of a field, for tests and for going back to an error.</summary>
    public TextField Box(SetupField field) => _boxes[field].Box;

    public void Layout(Rect area) => _page.Layout(area);

    public void Draw(ScreenBuffer screen, Theme theme) => _page.Draw(screen, theme);

    public HandleResult Execute(CommandId command)
    {
        if (command == StandardCommands.NextField || command == StandardCommands.PreviousField)
        {
            var last = _focus.Current == _boxes[SetupField.PasswordAgain];
            var error = command == StandardCommands.NextField ? _focus.Next() : _focus.Previous();
            Show(error, last ? "入力が終わったら F12 で登録します。" : AccessMessages.SetupHint);
        }
        else if (command == StandardCommands.Confirm)
        {
            Register();
        }
        else if (command == StandardCommands.Back)
        {
            _session.Loop.Push(MessageBox.Confirm(AccessMessages.Confirm, AccessMessages.QuitWithoutRegistering, quit =>
            {
                if (quit)
                {
                    _session.Loop.Close(this);
                }
            }));
        }
        else
        {
            return HandleResult.Ignored;
        }

        return HandleResult.Redraw;
    }

    private static int MaxCells(SetupField field) => field switch
    {
        SetupField.InstitutionCode => 9,
        SetupField.Prefecture => 4,
        SetupField.PostalCode => 10,
        SetupField.Phone => 15,
        SetupField.DoctorName => 24,
        SetupField.Login or SetupField.Password or SetupField.PasswordAgain => 32,
        _ => 50,
    };

    private string? Check(SetupField field, string text)
    {
        ViewModel[field] = text;
        return ViewModel.Check(field);
    }

    private void Register()
    {
        foreach (var (field, box) in _boxes)
        {
            ViewModel[field] = box.Text;
        }

        var outcome = ViewModel.Register();
        if (!outcome.Succeeded)
        {
            Status.Show(outcome.Error ?? string.Empty, StatusKind.Error);
            if (outcome.ErrorField is { } field)
            {
                _focus.Focus(_boxes[field]);
            }

            return;
        }

        _session.Clinic = outcome.Profile;
        _session.Log.Information("Clinic set up on screen with doctor {UserId}", outcome.Doctor!.Id);
        _session.Navigator.ShowLogin();
        if (_session.Loop.Top is LoginScreen login)
        {
            login.Status.Show(AccessMessages.Registered(outcome.Profile!.Name));
        }

        _session.Loop.Close(this);
    }

    private void Show(string? error, string hint)
    {
        if (error is null)
        {
            Status.Show(hint);
        }
        else
        {
            Status.Show(error, StatusKind.Error);
        }
    }
}
