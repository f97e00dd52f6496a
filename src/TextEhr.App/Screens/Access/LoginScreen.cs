using TextEhr.App.Ui;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Text;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// The first screen of every day: the clinic's name, ログインID and パスワード. Enter in the password box
/// (or F12) logs in and opens the patient list; Esc asks whether to end TextEhr.
/// </summary>
public sealed class LoginScreen : IScreen
{
    private const int BoxWidth = 56;

    private readonly AppSession _session;
    private readonly Label _clinic = new();
    private readonly Frame _frame = new() { Title = "ログイン" };
    private readonly Form _form = new();
    private readonly FocusRing _focus;

    public LoginScreen(AppSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        ViewModel = new LoginViewModel(session.Services);
        _clinic.Text = session.Clinic?.Name ?? string.Empty;
        _form.Add("ログインID", LoginBox, width: 34);
        _form.Add("パスワード", PasswordBox, width: 34);
        _focus = new FocusRing([LoginBox, PasswordBox]);
        Status.Show(ViewModel.Message);
    }

    public LoginViewModel ViewModel { get; }

    public TextField LoginBox { get; } = new() { MaxCells = 32 };

    public TextField PasswordBox { get; } = new() { IsMasked = true, MaxCells = 128 };

    public StatusPanel Status { get; } = new();

    public KeyMap Keys { get; } = AppKeys.Map(
        "login",
        StandardKeys.Help,
        StandardKeys.Confirm with { Label = "ログイン", Help = "入力したログインIDとパスワードでログインします。" },
        StandardKeys.Back with { Label = "終了", Help = "TextEhr を終了します（確かめてから）。" },
        StandardKeys.NextField,
        StandardKeys.PreviousField);

    public IFocusable? Focused => _focus.Current;

    public void Layout(Rect area)
    {
        var width = Math.Min(BoxWidth, area.Width);
        var height = Math.Min(8, area.Height);
        var top = area.Y + Math.Max((area.Height - height) / 2, 2);
        _clinic.Bounds = new Rect(area.X, area.Y + Math.Max(top - area.Y - 2, 0), area.Width, 1);
        _frame.Bounds = new Rect(area.X + ((area.Width - width) / 2), Math.Min(top, Math.Max(area.Bottom - height, area.Y)), width, height);
        var inner = _frame.Inner;
        _form.Bounds = new Rect(inner.X + 1, inner.Y + 1, Math.Max(inner.Width - 2, 0), Math.Min(2, inner.Height));
        Status.Bounds = new Rect(inner.X + 1, inner.Y + 4, Math.Max(inner.Width - 2, 0), Math.Max(Math.Min(2, inner.Bottom - inner.Y - 4), 0));
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        var name = _clinic.Text;
        var pad = Math.Max((_clinic.Bounds.Width - CellWidth.Of(name)) / 2, 0);
        screen.Fill(_clinic.Bounds, theme[VisualRole.Banner]);
        screen.Write(_clinic.Bounds.X + pad, _clinic.Bounds.Y, name, theme[VisualRole.Banner], _clinic.Bounds);
        _frame.Draw(screen, theme);
        _form.Draw(screen, theme);
        Status.Draw(screen, theme);
    }

    public HandleResult Execute(CommandId command)
    {
        if (command == StandardCommands.NextField)
        {
            if (_focus.Current == PasswordBox)
            {
                return Submit();
            }

            _focus.Next();
            return HandleResult.Redraw;
        }

        if (command == StandardCommands.PreviousField)
        {
            _focus.Previous();
            return HandleResult.Redraw;
        }

        if (command == StandardCommands.Confirm)
        {
            return Submit();
        }

        if (command == StandardCommands.Back)
        {
            _session.Loop.Push(MessageBox.Confirm(AccessMessages.Confirm, "TextEhr を終了しますか？", quit =>
            {
                if (quit)
                {
                    _session.Loop.Close(this);
                }
            }));
            return HandleResult.Redraw;
        }

        return HandleResult.Ignored;
    }

    private HandleResult Submit()
    {
        ViewModel.Login = LoginBox.Text;
        ViewModel.Password = PasswordBox.Text;
        var user = ViewModel.Submit();
        PasswordBox.Text = string.Empty;
        if (user is null)
        {
            Status.Show(ViewModel.Message, StatusKind.Error);
            _focus.Focus(ViewModel.NeedsLogin ? LoginBox : PasswordBox);
            return HandleResult.Redraw;
        }

        _session.User = user;
        _session.Log.Information("User {UserId} logged in", user.Id);
        _session.Navigator.ShowSearch();
        return HandleResult.Close;
    }
}
