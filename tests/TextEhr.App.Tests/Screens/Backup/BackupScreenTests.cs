using System.Text;
using TextEhr.App.Backup;
using TextEhr.App.Screens.Backup;
using TextEhr.App.Screens.Patients;
using TextEhr.App.Tests.Screens.Documents;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Audit;

namespace TextEhr.App.Tests.Screens.Backup;

/// <summary>
/// The backup screen and the reminder at exit, on the real program, SQLite file and backup engine. The removable
/// drives it finds are <see cref="TestUi.Sticks"/>, never the machine's own: nothing here depends on /media.
/// </summary>
public sealed class BackupScreenTests : IDisposable
{
    private const string Passphrase = "しずかな よる の 診療所 2026";

    private readonly TestUi _ui = TestUi.Initialised();
    private readonly string _stick;

    public BackupScreenTests()
    {
        _stick = Directory.CreateDirectory(Path.Combine(_ui.Root, "stick")).FullName;
        // No idle lock: the clock moves by hours and days here.
        _ui.Session.Settings = _ui.Session.Settings with { BackupFolder = _stick, IdleLockMinutes = 0 };
    }

    public void Dispose() => _ui.Dispose();

    [Fact]
    public void F7_opens_the_screen_and_a_weak_or_mismatched_first_passphrase_is_refused_with_nothing_written()
    {
        _ui.LoggedIn(nav => nav.ShowSearch());
        _ui.Press(ConsoleKey.F7);
        var screen = Assert.IsType<BackupScreen>(_ui.Loop.Top);
        Assert.Contains(BackupScreenMessages.Never, _ui.Text, StringComparison.Ordinal);
        Assert.Equal([new BackupDestination(_stick, BackupDestinationKind.Settings)], screen.Model.Destinations);
        Assert.Contains("設定のフォルダ: " + _stick[..20], _ui.Text, StringComparison.Ordinal);
        Assert.Contains(BackupScreenMessages.PassphraseHint[..20], _ui.Text, StringComparison.Ordinal);

        _ui.Press(ConsoleKey.Enter).Type("sakura");
        Assert.Contains("強さ: 弱い", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Enter).Type("sakura").Press(ConsoleKey.F12);
        Assert.Contains("弱すぎます", _ui.Text, StringComparison.Ordinal);

        screen.Passphrase.Text = Passphrase;
        screen.PassphraseAgain.Text = Passphrase + "x";
        _ui.Press(ConsoleKey.F12);
        Assert.Contains(PassphraseRules.Mismatch, _ui.Text, StringComparison.Ordinal);

        Assert.False(new PassphraseKeeper(_ui.Folder).HasPassphrase);
        Assert.False(Directory.Exists(Path.Combine(_stick, "TextEhr-backup")) && Directory.EnumerateFiles(Path.Combine(_stick, "TextEhr-backup")).Any());
        Assert.Null(_ui.Database.BackupRecords.Latest());
    }

    [Fact]
    public async Task F12_writes_a_verified_encrypted_backup_in_the_background_and_the_reminder_then_counts_days()
    {
        _ui.LoggedIn(nav => nav.ShowSearch());
        _ui.Press(ConsoleKey.F7);
        var screen = Assert.IsType<BackupScreen>(_ui.Loop.Top);
        var bars = new List<string>();
        _ui.Loop.FrameRendered += (_, frame) => bars.Add(frame.Screen.RowText(10));
        _ui.Press(ConsoleKey.Enter).Type(Passphrase).Press(ConsoleKey.Enter).Type(Passphrase).Press(ConsoleKey.F12);
        Assert.True(screen.IsBusy);
        Assert.Contains(BackupScreenMessages.Working, _ui.Text, StringComparison.Ordinal);

        DocumentUi.WaitUntil(_ui, () => !screen.IsBusy);

        // The bar was drawn at stages between the start and the end, not only at 100 %.
        string[] middle = [BackupMessages.StageChecking, BackupMessages.StageWriting, BackupMessages.StageVerifying];
        Assert.Contains(bars, row => middle.Any(stage => row.Contains(stage, StringComparison.Ordinal)));

        Assert.Contains(BackupScreenMessages.DoneTitle, _ui.Text, StringComparison.Ordinal);
        Assert.Equal("[####################] 100%  " + BackupMessages.StageDone, screen.Progress.Text);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_stick, "TextEhr-backup"), "*.ehrbk"));
        Assert.Equal("EHRBK01", Encoding.ASCII.GetString(File.ReadAllBytes(file), 0, 7));
        var record = _ui.Database.BackupRecords.Latest();
        Assert.NotNull(record);
        Assert.Equal((Path.GetFileName(file), _ui.Doctor!.Id), (record.FileName, record.UserId!.Value));
        Assert.Contains(_ui.Database.Audit.Recent(20), e => e.Action == AuditAction.Backup);
        var verified = await new BackupService(_ui.Folder, _ui.Time).VerifyAsync(file, Passphrase, progress: null, CancellationToken.None);
        Assert.Equal("1234567", verified.ClinicCode);

        _ui.Press(ConsoleKey.Enter);
        Assert.Contains("最終バックアップ: たった今", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("検証済み", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Escape);
        Assert.IsType<PatientSearchScreen>(_ui.Loop.Top);

        _ui.Time.Advance(TimeSpan.FromHours(1));
        _ui.Press(ConsoleKey.Escape);
        Assert.Contains(PatientScreenMessages.QuitQuestion, _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Escape);

        _ui.Time.Advance(TimeSpan.FromDays(3));
        _ui.Press(ConsoleKey.Escape);
        Assert.Contains("最終バックアップ: 3日前です。", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Enter);
        Assert.IsType<BackupScreen>(_ui.Loop.Top);
        Assert.Contains("最終バックアップ: 3日前", _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removable_drive_found_comes_before_the_settings_folder()
    {
        var usb = Directory.CreateDirectory(Path.Combine(_ui.Root, "usb")).FullName;
        _ui.Sticks.Add(usb);

        _ui.LoggedIn(nav => nav.ShowBackup());

        var screen = Assert.IsType<BackupScreen>(_ui.Loop.Top);
        Assert.Equal([new BackupDestination(usb, BackupDestinationKind.Removable)], screen.Model.Destinations);
        Assert.Contains("USB・外付け: " + usb[..20], _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_the_reminder_backs_up_at_once_when_the_place_is_known_and_the_passphrase_kept()
    {
        new PassphraseKeeper(_ui.Folder).Save(Passphrase);
        _ui.LoggedIn(nav => nav.ShowSearch());

        _ui.Press(ConsoleKey.Escape);
        Assert.Contains("Enter: 今すぐバックアップ", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Enter);

        // No F12: the backup is already running when the screen appears.
        var screen = Assert.IsType<BackupScreen>(_ui.Loop.Top);
        Assert.True(screen.IsBusy);
        Assert.Contains(BackupScreenMessages.Working, _ui.Text, StringComparison.Ordinal);
        DocumentUi.WaitUntil(_ui, () => !screen.IsBusy);
        Assert.Contains(BackupScreenMessages.DoneTitle, _ui.Text, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_stick, "TextEhr-backup"), "*.ehrbk"));
        Assert.NotNull(_ui.Database.BackupRecords.Latest());
    }

    [Fact]
    public void Accepting_the_reminder_without_a_kept_passphrase_opens_the_screen_and_asks_for_it_first()
    {
        _ui.LoggedIn(nav => nav.ShowSearch());

        _ui.Press(ConsoleKey.Escape).Press(ConsoleKey.Enter);

        var screen = Assert.IsType<BackupScreen>(_ui.Loop.Top);
        Assert.False(screen.IsBusy);
        Assert.Equal(BackupScreenMessages.PassphraseHint, screen.Status.Message);
        Assert.False(Directory.Exists(Path.Combine(_stick, "TextEhr-backup")));
        Assert.Null(_ui.Database.BackupRecords.Latest());
    }

    [Fact]
    public void Accepting_the_reminder_without_a_destination_says_to_insert_the_stick_and_writes_nothing()
    {
        _ui.Session.Settings = _ui.Session.Settings with { BackupFolder = string.Empty };
        new PassphraseKeeper(_ui.Folder).Save(Passphrase);
        _ui.LoggedIn(nav => nav.ShowSearch());

        _ui.Press(ConsoleKey.Escape).Press(ConsoleKey.Enter);

        var screen = Assert.IsType<BackupScreen>(_ui.Loop.Top);
        Assert.False(screen.IsBusy);
        Assert.Equal(BackupMessages.NoDestination, screen.Status.Message);
        Assert.Null(_ui.Database.BackupRecords.Latest());
    }

    [Fact]
    public void Accepting_the_reminder_with_two_sticks_opens_the_screen_to_choose_and_writes_nothing()
    {
        _ui.Sticks.Add(Directory.CreateDirectory(Path.Combine(_ui.Root, "usb-a")).FullName);
        _ui.Sticks.Add(Directory.CreateDirectory(Path.Combine(_ui.Root, "usb-b")).FullName);
        new PassphraseKeeper(_ui.Folder).Save(Passphrase);
        _ui.LoggedIn(nav => nav.ShowSearch());

        _ui.Press(ConsoleKey.Escape).Press(ConsoleKey.Enter);

        var screen = Assert.IsType<BackupScreen>(_ui.Loop.Top);
        Assert.False(screen.IsBusy);
        Assert.Equal(BackupScreenMessages.ChooseDestination, screen.Status.Message);
        Assert.All(_ui.Sticks, stick => Assert.False(Directory.Exists(Path.Combine(stick, "TextEhr-backup"))));
    }

    [Fact]
    public void Never_backed_up_the_reminder_comes_first_and_Esc_goes_on_to_the_usual_question()
    {
        _ui.LoggedIn(nav => nav.ShowSearch());

        _ui.Press(ConsoleKey.Escape);
        Assert.Contains("まだ一度もバックアップしていません。", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Escape);
        Assert.Contains(PatientScreenMessages.QuitQuestion, _ui.Text, StringComparison.Ordinal);
        Assert.True(_ui.Loop.IsRunning);

        _ui.Press(ConsoleKey.Enter);
        Assert.False(_ui.Loop.IsRunning);
    }

    [Fact]
    public void Without_a_destination_the_screen_says_to_insert_the_stick_and_F12_writes_nothing()
    {
        _ui.Session.Settings = _ui.Session.Settings with { BackupFolder = string.Empty };
        new PassphraseKeeper(_ui.Folder).Save(Passphrase);
        _ui.LoggedIn(nav => nav.ShowBackup());

        _ui.Press(ConsoleKey.F12);

        Assert.Contains("USB メモリを差し込むか", _ui.Text, StringComparison.Ordinal);
        Assert.False(Assert.IsType<BackupScreen>(_ui.Loop.Top).IsBusy);
        Assert.Null(_ui.Database.BackupRecords.Latest());
    }

    [Fact]
    public void F8_makes_the_recovery_sheet_pdf_in_the_background_without_the_passphrase()
    {
        new PassphraseKeeper(_ui.Folder).Save(Passphrase);
        _ui.LoggedIn(nav => nav.ShowBackup());
        var screen = Assert.IsType<BackupScreen>(_ui.Loop.Top);

        _ui.Press(ConsoleKey.F8);
        Assert.Contains(BackupScreenMessages.SheetWorking, _ui.Text, StringComparison.Ordinal);
        DocumentUi.WaitUntil(_ui, () => !screen.IsBusy);

        var pdf = Assert.Single(Directory.GetFiles(Path.Combine(_ui.Folder.Root, "documents"), "recovery-sheet-*.pdf"));
        Assert.Equal("%PDF", Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 4));
        Assert.Contains(BackupScreenMessages.SheetTitle, _ui.Text, StringComparison.Ordinal);
        Assert.Contains(_ui.Database.Audit.Recent(5), e => e.Action == AuditAction.Print && string.Equals(e.Detail, "recovery-sheet", StringComparison.Ordinal));
    }
}
