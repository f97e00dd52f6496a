using TextEhr.App.Ui;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// Covers every cell of the screens beneath (no patient stays visible on an unattended PC) and asks for
/// the logged-in user's password. The right one takes it away and leaves everything beneath as it was,
/// typed text included. Esc does nothing here; after a lock-out only F12 (end TextEhr) is offered.
/// </summary>
public sealed class LockScreen : IScreen
{
    private static readonly KeyBinding QuitRow = new(
        StandardCommands.Quit, [KeyChord.Parse("F12"), KeyChord.Parse("Ctrl+C")], "終了", "Quit", "TextEhr を終了します。入力中で保存していない内容は失われます。")
    { InBar = true };

    private static readonly KeyMap UnlockKeys = AppKeys.Map(
        "lock",
        StandardKeys.Help,
        StandardKeys.Confirm with { Label = "解除", Help = "パスワードを確かめて、元の画面に戻ります。" },
        StandardKeys.NextField with { Help = "パスワードを確かめて、元の画面に戻ります。" },
        StandardKeys.Back with { InBar = false, Help = "ロック中は使えません。" });

    private static readonly KeyMap LockedOutKeys = AppKeys.Map("lock", StandardKeys.Help, QuitRow);

    private readonly AppSession _session;
    private readonly Label _title = new(AccessMessages.LockTitle);
    private readonly Label _user = new(role: VisualRole.Normal);
    private readonly Label _caption = new("パスワード");

    public LockScreen(AppSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        var user = session.User ?? throw new InvalidOperationException("Only a logged-in session can be locked.");
        ViewModel = new LockViewModel(session.Services, user);
        _user.Text = AccessMessages.LockedUser(user.DisplayName);
        PasswordBox.HasFocus = true;
        Status.Show(ViewModel.Message);
    }

    public LockViewModel ViewModel { get; }

    public TextField PasswordBox { get; } = new() { IsMasked = true, MaxCells = 128 };

    public StatusPanel Status { get; } = new();

    public KeyMap Keys => ViewModel.IsLockedOut ? LockedOutKeys : UnlockKeys;

    public IFocusable? Focused => ViewModel.IsLockedOut ? null : PasswordBox;

    /// <summary>Where the screen draws: the whole area, so nothing beneath shows through.</summary>
    public Rect Bounds { get; private set; }

    public void Layout(Rect area)
    {
        Bounds = area;
        var width = Math.Min(60, Math.Max(area.Width - 4, 0));
        var x = area.X + ((area.Width - width) / 2);
        var y = area.Y + Math.Max((area.Height - 8) / 2, 0);
        _title.Bounds = new Rect(x, y, width, 1);
        _user.Bounds = new Rect(x, y + 2, width, 1);
        _caption.Bounds = new Rect(x, y + 4, 11, 1);
        PasswordBox.Bounds = new Rect(x + 11, y + 4, Math.Min(34, Math.Max(width - 11, 0)), 1);
        Status.Bounds = new Rect(x, y + 6, width, 3);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(Bounds, theme[VisualRole.Normal]);
        View[] views = ViewModel.IsLockedOut ? [_title, _user, Status] : [_title, _user, _caption, PasswordBox, Status];
        foreach (var view in views)
        {
            view.Draw(screen, theme);
        }
    }

    public HandleResult Execute(CommandId command)
    {
        if (command == StandardCommands.Back)
        {
            return HandleResult.Redraw;
        }

        if (command == StandardCommands.Quit)
        {
            _session.Log.Information("Program ended from the lock screen of user {UserId}", ViewModel.User.Id);
            _session.Loop.Stop();
            return HandleResult.Redraw;
        }

        if (ViewModel.IsLockedOut || (command != StandardCommands.Confirm && command != StandardCommands.NextField))
        {
            return HandleResult.Ignored;
        }

        var opened = ViewModel.Unlock(PasswordBox.Text);
        PasswordBox.Text = string.Empty;
        if (!opened)
        {
            Status.Show(ViewModel.Message, StatusKind.Error);
            _session.Log.Warning("Unlock refused for user {UserId}", ViewModel.User.Id);
            return HandleResult.Redraw;
        }

        _session.IsLocked = false;
        _session.Log.Information("Screen unlocked by user {UserId}", ViewModel.User.Id);
        _session.Navigator.ShowHeldResults();
        return HandleResult.Close;
    }
}
