using TextEhr.App.Hosting;
using TextEhr.App.Screens.Access;
using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Screens.Access;

public sealed class SettingsViewModelTests : IDisposable
{
    private readonly TestUi _ui = TestUi.Initialised();
    private readonly SettingsViewModel _settings;

    public SettingsViewModelTests()
    {
        _settings = new SettingsViewModel(_ui.Folder, _ui.Session.Clinic, new ClinicSettings());
    }

    public void Dispose() => _ui.Dispose();

    [Fact]
    public void It_starts_from_the_saved_clinic_and_settings_and_is_not_dirty()
    {
        Assert.Equal("やまだ内科クリニック", _settings[SettingsField.ClinicName]);
        Assert.Equal("10", _settings[SettingsField.IdleLockMinutes]);
        Assert.Equal(0, _settings.ThemeIndex);
        Assert.False(_settings.IsDirty);

        _settings.ThemeIndex = 2;
        Assert.True(_settings.IsDirty);
    }

    [Fact]
    public void Save_writes_both_files()
    {
        _settings[SettingsField.Phone] = "０３-9999-0000";
        _settings[SettingsField.IdleLockMinutes] = "0";
        _settings[SettingsField.Printer] = "Brother_HL";
        _settings.ThemeIndex = 1;

        var outcome = _settings.Save();

        Assert.True(outcome.Succeeded);
        Assert.Equal("03-9999-0000", ClinicProfileFile.Load(_ui.Folder)!.Phone);
        var saved = ClinicSettingsFile.Load(_ui.Folder);
        Assert.Equal(("high-contrast", 0, "Brother_HL"), (saved.Theme, saved.IdleLockMinutes, saved.Printer));
        Assert.Equal(_ui.Doctor!.Id, Assert.Single(ClinicProfileFile.Load(_ui.Folder)!.Doctors).UserId);
        Assert.False(_settings.IsDirty);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("241")]
    [InlineData("-1")]
    public void Idle_minutes_must_be_a_number_from_0_to_240(string typed)
    {
        _settings[SettingsField.IdleLockMinutes] = typed;

        Assert.Equal("自動ロック(分): " + AccessMessages.IdleMinutesFormat, _settings.Check(SettingsField.IdleLockMinutes));
        Assert.Equal(SettingsField.IdleLockMinutes, _settings.Save().ErrorField);
        Assert.False(File.Exists(_ui.Folder.SettingsFile));
    }

    [Fact]
    public void A_missing_backup_folder_under_an_existing_one_is_created_on_save()
    {
        var target = Path.Combine(_ui.Root, "backup", "textehr");
        _settings[SettingsField.BackupFolder] = target;

        Assert.Null(_settings.Check(SettingsField.BackupFolder));
        Assert.True(_settings.Save().Succeeded);
        Assert.True(Directory.Exists(target));
        Assert.Equal(target, ClinicSettingsFile.Load(_ui.Folder).BackupFolder);
    }

    [Fact]
    public void A_backup_folder_under_a_file_or_a_relative_one_is_refused()
    {
        var file = Path.Combine(_ui.Root, "not-a-folder.txt");
        File.WriteAllText(file, "x");

        _settings[SettingsField.BackupFolder] = Path.Combine(file, "backup");
        Assert.Equal("バックアップ先: " + AccessMessages.BackupFolderUnusable(Path.Combine(file, "backup")), _settings.Check(SettingsField.BackupFolder));
        _settings[SettingsField.BackupFolder] = "backup";
        Assert.NotNull(_settings.Check(SettingsField.BackupFolder));
    }

    [Fact]
    public void A_wrong_clinic_box_blocks_the_save()
    {
        _settings[SettingsField.InstitutionCode] = "12345";

        var outcome = _settings.Save();

        Assert.Equal(SettingsField.InstitutionCode, outcome.ErrorField);
        Assert.Equal("1234567", ClinicProfileFile.Load(_ui.Folder)!.InstitutionCode);
    }
}
