using TextEhr.App.Backup;
using TextEhr.App.Documents;
using TextEhr.App.Ui;
using TextEhr.Domain.Audit;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Backup;

/// <summary>
/// バックアップ: the last backup, where this one goes (a USB stick found, or the settings folder), the
/// passphrase the first time, and F12 to run it with a progress bar. The run is on a worker thread; the bar
/// and the result come back through the loop, so the doctor can go back to a chart meanwhile.
/// </summary>
public sealed class BackupScreen : IScreen
{
    private readonly AppSession _session;
    private readonly Action? _finished;
    private readonly Label _title = new(BackupScreenMessages.Title);
    private readonly Label _last = new(role: VisualRole.Normal);
    private readonly Label _destinationCaption = new(BackupScreenMessages.DestinationCaption);
    private readonly Label _noDestination = new(BackupMessages.NoDestination, VisualRole.Warning);
    private readonly Label _passphraseCaption = new(BackupScreenMessages.PassphraseCaption);
    private readonly Label _againCaption = new(BackupScreenMessages.AgainCaption);
    private readonly Label _strength = new(role: VisualRole.Normal);
    private readonly Label _generationsCaption = new(BackupScreenMessages.GenerationsCaption);
    private readonly Label _generations = new(role: VisualRole.Normal);
    private Choice _destination = new([]);
    private FocusRing _focus = new([]);
    private Rect _area;

    public BackupScreen(AppSession session, Action? finished = null, BackupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _finished = finished;
        Model = new BackupViewModel(session, options);
        Passphrase.Changed = () => _strength.Text = BackupViewModel.Strength(Passphrase.Text);
        Keys = AppKeys.Map(
            "backup",
            StandardKeys.Help,
            StandardKeys.Confirm with { Label = "開始", Help = "選んだ保存先へバックアップを始めます（暗号化し、読み戻して確かめます）。" },
            StandardKeys.Print with { Label = "復旧用シート", Help = "バックアップの場所と新しいパソコンでの復元のしかたを書いた紙を PDF にし、プリンターがあれば印刷します（パスフレーズは載せません）。" },
            StandardKeys.Back with { Help = "前の画面へ戻ります。バックアップの途中でも、終わると結果を表示します。" },
            StandardKeys.NextField with { Help = "次の欄へ進みます。" },
            StandardKeys.PreviousField);
        Rebuild();
    }

    public BackupViewModel Model { get; }

    public TextField Passphrase { get; } = new() { IsMasked = true, MaxCells = 128 };

    public TextField PassphraseAgain { get; } = new() { IsMasked = true, MaxCells = 128 };

    public ProgressBar Progress { get; } = new();

    public StatusLine Status { get; } = new();

    /// <summary>True from F12 until the backup has finished or failed.</summary>
    public bool IsBusy { get; private set; }

    public KeyMap Keys { get; }

    public IFocusable? Focused => IsBusy ? null : _focus.Current;

    public void Layout(Rect area)
    {
        _area = area;
        var x = area.X + 1;
        var width = Math.Max(area.Width - 2, 0);
        _title.Bounds = new Rect(area.X, area.Y, area.Width, Math.Min(area.Height, 1));
        _last.Bounds = new Rect(x, area.Y + 2, width, 1);
        _destinationCaption.Bounds = new Rect(x, area.Y + 4, 12, 1);
        _destination.Bounds = new Rect(x + 12, area.Y + 4, Math.Max(width - 12, 0), 1);
        _noDestination.Bounds = new Rect(x + 12, area.Y + 4, Math.Max(width - 12, 0), 2);
        _passphraseCaption.Bounds = new Rect(x, area.Y + 6, 12, 1);
        Passphrase.Bounds = new Rect(x + 12, area.Y + 6, Math.Min(40, Math.Max(width - 12, 0)), 1);
        _againCaption.Bounds = new Rect(x, area.Y + 7, 12, 1);
        PassphraseAgain.Bounds = new Rect(x + 12, area.Y + 7, Math.Min(40, Math.Max(width - 12, 0)), 1);
        _strength.Bounds = new Rect(x + 12, area.Y + 8, Math.Max(width - 12, 0), 1);
        Progress.Bounds = new Rect(x, area.Y + 10, width, 1);
        _generationsCaption.Bounds = new Rect(x, area.Y + 12, width, 1);
        _generations.Bounds = new Rect(x + 2, area.Y + 13, Math.Max(width - 2, 0), Math.Max(area.Height - 15, 0));
        Status.Bounds = new Rect(x, area.Bottom - 1, width, 1);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(_area, theme[VisualRole.Normal]);
        View destination = Model.Destinations.Count > 0 ? _destination : _noDestination;
        View[] views = Model.HasPassphrase
            ? [_title, _last, _destinationCaption, destination, Progress, _generationsCaption, _generations, Status]
            : [_title, _last, _destinationCaption, destination, _passphraseCaption, Passphrase, _againCaption, PassphraseAgain, _strength, Progress, _generationsCaption, _generations, Status];
        foreach (var view in views)
        {
            view.Draw(screen, theme);
        }
    }

    public HandleResult Execute(CommandId command)
    {
        // Only this screen's own keys wait for the backup; Esc leaves it running, Ctrl+Q still locks.
        if (IsBusy && command != StandardCommands.Help && command != StandardCommands.Back && Keys[command] is not null)
        {
            Status.Show(BackupScreenMessages.StillWorking, StatusKind.Warning);
            return HandleResult.Redraw;
        }

        if (command == StandardCommands.NextField || command == StandardCommands.PreviousField)
        {
            var error = command == StandardCommands.NextField ? _focus.Next() : _focus.Previous();
            if (error is not null)
            {
                Status.Show(error, StatusKind.Error);
            }

            return HandleResult.Redraw;
        }

        if (command == StandardCommands.Confirm)
        {
            Start();
            return HandleResult.Redraw;
        }

        if (command == StandardCommands.Print)
        {
            PrintSheet();
            return HandleResult.Redraw;
        }

        if (command == StandardCommands.Back)
        {
            return HandleResult.Close;
        }

        return HandleResult.Ignored;
    }

    /// <summary>
    /// From the reminder at exit ("offering to run it now"): starts at once when there is one place to go and the
    /// passphrase is kept; otherwise the status line says what is missing and the doctor finishes here with F12.
    /// </summary>
    public void StartIfReady()
    {
        if (Model.MissingToStartNow is { } missing)
        {
            Status.Show(missing, StatusKind.Warning);
        }
        else
        {
            Start();
        }
    }

    private void Rebuild()
    {
        _destination = new Choice([.. Model.Destinations.Select(static d => d.Label)]) { SelectedIndex = Model.Destinations.Count > 0 ? 0 : -1 };
        _destination.Changed = ShowGenerations;
        var fields = new List<IFocusable>();
        if (Model.Destinations.Count > 0)
        {
            fields.Add(_destination);
        }

        if (!Model.HasPassphrase)
        {
            fields.Add(Passphrase);
            fields.Add(PassphraseAgain);
        }

        _focus = new FocusRing(fields);
        _last.Text = Model.LastBackupLine;
        ShowGenerations();
        Status.Show(Model.Destinations.Count == 0 ? BackupMessages.NoDestination
            : Model.HasPassphrase ? BackupScreenMessages.Hint : BackupScreenMessages.PassphraseHint);
        if (_area.Width > 0)
        {
            Layout(_area);
        }
    }

    private void ShowGenerations()
    {
        var lines = Model.Generations(_destination.SelectedIndex);
        _generations.Text = lines.Count == 0 ? BackupScreenMessages.NoGenerations : string.Join('\n', lines);
    }

    private void Start()
    {
        if (Model.Destinations.Count == 0)
        {
            Model.Refresh();
            Rebuild();
            if (Model.Destinations.Count == 0)
            {
                Status.Show(BackupMessages.NoDestination, StatusKind.Error);
                return;
            }
        }

        if (!Model.HasPassphrase)
        {
            if (Model.SetPassphrase(Passphrase.Text, PassphraseAgain.Text) is { } problem)
            {
                Status.Show(problem, StatusKind.Error);
                PassphraseAgain.Text = string.Empty;
                return;
            }

            Passphrase.Text = string.Empty;
            PassphraseAgain.Text = string.Empty;
            Rebuild();
        }

        Task<BackupResult> run;
        try
        {
            run = Model.RunAsync(_destination.SelectedIndex, new LoopProgress<BackupProgress>(_session.Loop, ShowProgress), CancellationToken.None);
        }
        catch (BackupFailedException failed)
        {
            Status.Show(failed.Message, StatusKind.Error);
            return;
        }

        IsBusy = true;
        Status.Show(BackupScreenMessages.Working);
        Progress.Fraction = 0;
        Progress.Caption = BackupMessages.StageCopying;
        _session.Log.Information("Backup started from the screen by user {UserId}", _session.User?.Id);
        // The continuation reports every outcome through the loop; nothing awaits the task itself.
        _ = run.ContinueWith(
            task => _session.Loop.Post(() => Finish(task)),
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }

    private void PrintSheet()
    {
        if (_session.Clinic is not { } clinic)
        {
            return;
        }

        IsBusy = true;
        Status.Show(BackupScreenMessages.SheetWorking);
        var model = RecoverySheet.Model(clinic, _session.Settings, Model.Last, _session.Today, passphrase: null);
        var document = RecoverySheet.Render(model, _session.Folder, _session.Environment);
        var issuer = new DocumentIssuer(_session.Services.Documents, _session.Log, _session.Folder.Root, _session.Environment, _session.Time);
        var printer = _session.Settings.Printer.Length > 0 ? _session.Settings.Printer : null;
        _ = Task.Run(() => issuer.ProduceAsync(document, RecoverySheet.DefaultPath(_session.Folder, _session.Today), printer, CancellationToken.None))
            .ContinueWith(task => _session.Loop.Post(() => SheetDone(task)), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private void SheetDone(Task<IssueOutcome> task)
    {
        IsBusy = false;
        var message = task.IsCompletedSuccessfully ? string.Join('\n', task.Result.Messages) : BackupScreenMessages.SheetFailed;
        var succeeded = task.IsCompletedSuccessfully && task.Result.Succeeded;
        if (task.IsCompletedSuccessfully)
        {
            _session.Services.Audit.Append(new AuditEntry { Action = AuditAction.Print, Entity = "backup", UserId = _session.User?.Id, Detail = "recovery-sheet" });
        }

        Status.Show(succeeded ? BackupScreenMessages.SheetDone : BackupScreenMessages.SheetFailed, succeeded ? StatusKind.Info : StatusKind.Error);
        _session.Navigator.ShowResult(MessageBox.Inform(BackupScreenMessages.SheetTitle, message));
    }

    private void ShowProgress(BackupProgress step)
    {
        Progress.Caption = step.Caption;
        Progress.Fraction = step.Fraction ?? Progress.Fraction;
    }

    private void Finish(Task<BackupResult> task)
    {
        IsBusy = false;
        Model.Refresh();
        Rebuild();
        if (task.IsCompletedSuccessfully)
        {
            Progress.Fraction = 1;
            Progress.Caption = BackupMessages.StageDone;
            Status.Show(task.Result.ResultLine);
            _session.Navigator.ShowResult(MessageBox.Inform(BackupScreenMessages.DoneTitle, task.Result.ResultLine));
            _finished?.Invoke();
            return;
        }

        var message = task.Exception?.InnerException is BackupFailedException failed ? failed.Message : BackupMessages.WriteFailed;
        _session.Log.Warning(task.Exception?.InnerException, "Backup from the screen failed");
        Progress.Fraction = null;
        Progress.Caption = string.Empty;
        Status.Show(message, StatusKind.Error);
        _session.Navigator.ShowResult(MessageBox.Inform(BackupScreenMessages.FailedTitle, message));
    }
}
