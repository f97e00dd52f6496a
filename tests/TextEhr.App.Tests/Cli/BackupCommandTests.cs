using TextEhr.App.Backup;
using TextEhr.App.Cli;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Security;
using TextEhr.Domain.Users;
using TextEhr.Storage;

namespace TextEhr.App.Tests.Cli;

/// <summary><c>textehr backup</c>, <c>backup passphrase|verify|list</c> and <c>restore</c>, run in process against real folders.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private const string Passphrase = "しずかな よる の 診療所";

    private readonly TestClinic _clinic = new TestClinic().Init();

    public BackupCommandTests()
    {
        Usb = Path.Combine(_clinic.Root, "usb");
        Directory.CreateDirectory(Usb);
    }

    private string Usb { get; }

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Passphrase_backup_list_verify_and_restore_work_end_to_end()
    {
        _clinic.AddPatient();
        _clinic.AddConfirmedNote("1");

        var set = _clinic.RunWithInput($"{Passphrase}\n{Passphrase}\n", "backup", "passphrase");
        var backup = _clinic.Run("backup", Usb);
        var file = Directory.EnumerateFiles(Path.Combine(Usb, "TextEhr-backup")).Single();
        var list = _clinic.Run("backup", "list", Usb);
        var verify = _clinic.Run("backup", "verify", file);
        var elsewhere = Path.Combine(_clinic.Root, "other-pc");
        var restore = _clinic.RunRaw($"{Passphrase}\n", "restore", file, "--data", elsewhere);

        Assert.True(set.ExitCode == ExitCodes.Ok, set.ToString());
        Assert.Contains(BackupCliMessages.PassphraseSet, set.Out, StringComparison.Ordinal);
        Assert.True(backup.ExitCode == ExitCodes.Ok, backup.ToString());
        Assert.Contains(BackupMessages.StageWriting + "…", backup.Out, StringComparison.Ordinal);
        Assert.Contains($"バックアップしました: {file} ", backup.Out, StringComparison.Ordinal);
        Assert.EndsWith("、検証済み", backup.Out.TrimEnd(), StringComparison.Ordinal);
        Assert.Matches(@"2025-06-15 10:00 +[0-9.]+ (KB|MB)  検証済み  TextEhr-1234567-20250615-100000\.ehrbk", list.Out);
        Assert.True(verify.ExitCode == ExitCodes.Ok, verify.ToString());
        Assert.Contains("患者 1 人、診療記録 1 件", verify.Out, StringComparison.Ordinal);
        Assert.True(restore.ExitCode == ExitCodes.Ok, restore.ToString());
        Assert.Contains($"復元しました: {TestClinic.ClinicName}、患者 1 人、診療記録 1 件 (2025-06-15 10:00 のバックアップ)。", restore.Out, StringComparison.Ordinal);
        using var restored = ClinicDatabase.Open(Path.Combine(elsewhere, "textehr.db"), _clinic.Time);
        Assert.Single(restored.Patients.Search("ヤマダ", 10));
        Assert.False(File.Exists(Path.Combine(elsewhere, PassphraseKeeper.FileName)), "the passphrase never travels in a backup");
    }

    [Fact]
    public void The_kept_passphrase_file_is_owner_only()
    {
        _clinic.RunWithInput($"{Passphrase}\n{Passphrase}\n", "backup", "passphrase");

        var path = Path.Combine(_clinic.Folder, PassphraseKeeper.FileName);
        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Two_different_passphrases_or_a_short_one_are_refused()
    {
        var mismatch = _clinic.RunWithInput($"{Passphrase}\nほかの言葉です\n", "backup", "passphrase");
        var tooShort = _clinic.RunWithInput("short\nshort\n", "backup", "passphrase");

        Assert.Equal(ExitCodes.BadInput, mismatch.ExitCode);
        Assert.Contains(PassphraseRules.Mismatch, mismatch.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, tooShort.ExitCode);
        Assert.Contains(PassphraseMessages.TooShort, tooShort.Error, StringComparison.Ordinal);
        Assert.Contains("弱すぎます", tooShort.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_clinic.Folder, PassphraseKeeper.FileName)));
    }

    [Fact]
    public void Backup_without_a_passphrase_says_to_set_one_and_writes_nothing()
    {
        var result = _clinic.Run("backup", Usb);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(BackupMessages.NoPassphrase, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Usb, "TextEhr-backup")));
    }

    [Fact]
    public void A_passphrase_file_or_the_environment_serves_scripts()
    {
        var passFile = Path.Combine(_clinic.Root, "pass.txt");
        File.WriteAllText(passFile, Passphrase + "\n");
        _clinic.Environment[BackupCliMessages.PassphraseEnvironment] = Passphrase;

        var byFile = _clinic.Run("backup", Usb, "--passphrase-file", passFile);
        var file = Directory.EnumerateFiles(Path.Combine(Usb, "TextEhr-backup")).Single();
        var byEnvironment = _clinic.Run("backup", "verify", file);

        Assert.True(byFile.ExitCode == ExitCodes.Ok, byFile.ToString());
        Assert.True(byEnvironment.ExitCode == ExitCodes.Ok, byEnvironment.ToString());
    }

    [Fact]
    public void A_wrong_passphrase_is_refused_with_a_clear_message()
    {
        SetPassphrase();
        _clinic.Run("backup", Usb);
        var file = Directory.EnumerateFiles(Path.Combine(Usb, "TextEhr-backup")).Single();
        var wrong = Path.Combine(_clinic.Root, "wrong.txt");
        File.WriteAllText(wrong, "まちがった合言葉です");

        var verify = _clinic.Run("backup", "verify", file, "--passphrase-file", wrong);
        var restore = _clinic.RunRaw(string.Empty, "restore", file, "--data", Path.Combine(_clinic.Root, "x"), "--passphrase-file", wrong);

        Assert.Equal(ExitCodes.BadInput, verify.ExitCode);
        Assert.Equal(BackupMessages.WrongPassphrase, verify.Error.Trim());
        Assert.Equal(ExitCodes.BadInput, restore.ExitCode);
        Assert.False(File.Exists(Path.Combine(_clinic.Root, "x", "textehr.db")));
    }

    [Fact]
    public void At_the_console_with_the_kept_passphrase_a_damaged_file_reads_as_damaged_not_as_an_unexpected_error()
    {
        SetPassphrase();
        _clinic.AddPatient();
        _clinic.Run("backup", Usb);
        var file = Directory.EnumerateFiles(Path.Combine(Usb, "TextEhr-backup")).Single();
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(file, bytes);
        _clinic.Interactive = true;

        var verify = _clinic.Run("backup", "verify", file);
        var restore = _clinic.Run("restore", file);

        Assert.Equal(ExitCodes.Failure, verify.ExitCode);
        Assert.Equal(BackupMessages.Damaged, verify.Error.Trim());
        Assert.Equal(ExitCodes.Failure, restore.ExitCode);
        Assert.Equal(BackupMessages.Damaged, restore.Error.Trim());
        using var current = ClinicDatabase.Open(Path.Combine(_clinic.Folder, "textehr.db"), _clinic.Time);
        Assert.Single(current.Patients.Search("ヤマダ", 10));
    }

    [Fact]
    public void Restore_names_the_user_given_with_user_in_its_audit_row_else_the_first_doctor()
    {
        long clerkId;
        using (var db = ClinicDatabase.Open(_clinic.DatabasePath, _clinic.Time))
        {
            clerkId = db.Users.Add(new User { Login = "suzuki", DisplayName = "鈴木 花子", Role = UserRole.Clerk, PasswordHash = PasswordHasher.Hash("another-horse-7", 1_000) }, actingUserId: null).Id;
        }

        var file = BackUpWithPassphraseFile(out var passFile);
        var elsewhere = Path.Combine(_clinic.Root, "other-pc");

        var named = _clinic.RunRaw(string.Empty, "restore", file, "--data", elsewhere, "--user", "suzuki", "--passphrase-file", passFile);
        var byNamed = RestoreRowUser(elsewhere);
        var unnamed = _clinic.RunRaw(string.Empty, "restore", file, "--data", elsewhere, "--passphrase-file", passFile);

        Assert.True(named.ExitCode == ExitCodes.Ok, named.ToString());
        Assert.True(unnamed.ExitCode == ExitCodes.Ok, unnamed.ToString());
        Assert.Equal(clerkId, byNamed);
        using var restored = ClinicDatabase.Open(Path.Combine(elsewhere, "textehr.db"), _clinic.Time);
        Assert.Equal(restored.Users.FindByLogin(TestClinic.DoctorLogin)!.Id, RestoreRowUser(restored));
    }

    [Fact]
    public void Restore_with_an_unknown_user_is_refused_and_leaves_the_folder_as_it_was()
    {
        var file = BackUpWithPassphraseFile(out var passFile);
        var elsewhere = Path.Combine(_clinic.Root, "other-pc");

        var result = _clinic.RunRaw(string.Empty, "restore", file, "--data", elsewhere, "--user", "nobody", "--passphrase-file", passFile);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.UnknownUser("nobody"), result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(elsewhere, "textehr.db")));
        Assert.False(File.Exists(Path.Combine(elsewhere, "clinic.json")));
    }

    [Fact]
    public void Restore_is_refused_while_the_chart_has_the_database_open()
    {
        SetPassphrase();
        _clinic.Run("backup", Usb);
        var file = Directory.EnumerateFiles(Path.Combine(Usb, "TextEhr-backup")).Single();

        CliResult result;
        using (ClinicDatabase.Open(_clinic.DatabasePath, _clinic.Time))
        {
            result = _clinic.Run("restore", file);
        }

        Assert.Equal(ExitCodes.Busy, result.ExitCode);
        Assert.Equal(BackupMessages.DatabaseInUse, result.Error.Trim());
    }

    [Fact]
    public void Several_destinations_are_offered_by_number_and_none_is_a_clear_message()
    {
        BackupDestination[] candidates = [new("/media/a", BackupDestinationKind.Removable), new("/media/b", BackupDestinationKind.Removable)];
        using var output = new StringWriter();
        var context = new CliContext { Out = output, Error = TextWriter.Null, In = new StringReader("2\n") };

        var chosen = BackupCommand.Choose(context, candidates);
        var invalid = Assert.Throws<CommandFailedException>(
            () => BackupCommand.Choose(new CliContext { Out = TextWriter.Null, Error = TextWriter.Null, In = new StringReader("3\n") }, candidates));
        var none = Assert.Throws<CommandFailedException>(() => BackupCommand.Choose(context, []));

        Assert.Equal("/media/b", chosen);
        Assert.Contains("  2. USB・外付け: /media/b", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, invalid.ExitCode);
        Assert.Equal(BackupMessages.NoDestination, none.Message);
    }

    [Fact]
    public void Backup_sheet_makes_a_pdf_and_with_passphrase_is_refused_while_none_is_kept()
    {
        var out1 = Path.Combine(_clinic.Folder, "sheet.pdf");
        _clinic.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH");
        var refused = _clinic.Run("backup", "sheet", "--with-passphrase", "--out", out1);
        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains(BackupMessages.NoPassphrase, refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(out1));

        var made = _clinic.Run("backup", "sheet", "--out", out1);
        Assert.True(made.ExitCode == ExitCodes.Ok, made.ToString());
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(out1), 0, 4));
    }

    private static long? RestoreRowUser(string folder)
    {
        using var db = ClinicDatabase.Open(Path.Combine(folder, "textehr.db"), TimeProvider.System);
        return RestoreRowUser(db);
    }

    private static long? RestoreRowUser(ClinicDatabase db) =>
        db.Audit.Recent(10).First(e => e.Action == AuditAction.Restore).UserId;

    /// <summary>A backup of the clinic to the stick, and the passphrase in a file for the restores elsewhere.</summary>
    private string BackUpWithPassphraseFile(out string passFile)
    {
        SetPassphrase();
        var backup = _clinic.Run("backup", Usb);
        Assert.True(backup.ExitCode == ExitCodes.Ok, backup.ToString());
        passFile = Path.Combine(_clinic.Root, "pass.txt");
        File.WriteAllText(passFile, Passphrase + "\n");
        return Directory.EnumerateFiles(Path.Combine(Usb, "TextEhr-backup")).Single();
    }

    private void SetPassphrase()
    {
        var result = _clinic.RunWithInput($"{Passphrase}\n{Passphrase}\n", "backup", "passphrase");
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
    }
}
