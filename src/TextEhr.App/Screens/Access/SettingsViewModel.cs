using TextEhr.App.Hosting;
using TextEhr.App.Input;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// The settings screen's state: the clinic's data (<c>clinic.json</c>) and the settings
/// (<c>settings.json</c>), checked box by box with the <c>init</c> parsers, saved together by F12.
/// </summary>
public sealed class SettingsViewModel
{
    /// <summary>Most minutes the idle lock may wait: four hours.</summary>
    public const int MaxIdleLockMinutes = 240;

    private readonly DataFolder _folder;
    private readonly Dictionary<SettingsField, string> _values;
    private Dictionary<SettingsField, string> _saved;
    private int _savedTheme;

    public SettingsViewModel(DataFolder folder, ClinicProfile? clinic, ClinicSettings settings)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(settings);
        _folder = folder;
        Clinic = clinic;
        Settings = settings;
        _values = new Dictionary<SettingsField, string>
        {
            [SettingsField.ClinicName] = clinic?.Name ?? string.Empty,
            [SettingsField.InstitutionCode] = clinic?.InstitutionCode ?? string.Empty,
            [SettingsField.Prefecture] = clinic?.Prefecture ?? string.Empty,
            [SettingsField.PostalCode] = clinic?.PostalCode ?? string.Empty,
            [SettingsField.Address] = clinic?.Address ?? string.Empty,
            [SettingsField.Phone] = clinic?.Phone ?? string.Empty,
            [SettingsField.IdleLockMinutes] = settings.IdleLockMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SettingsField.BackupFolder] = settings.BackupFolder,
            [SettingsField.Printer] = settings.Printer,
        };
        _saved = new Dictionary<SettingsField, string>(_values);
        ThemeIndex = _savedTheme = IndexOfTheme(settings.Theme);
    }

    /// <summary>The themes offered, by file name; <see cref="ThemeLabels"/> is what the doctor reads.</summary>
    public static IReadOnlyList<string> Themes { get; } = ["paper", "high-contrast", "classic"];

    public static IReadOnlyList<string> ThemeLabels { get; } = ["紙", "高コントラスト", "クラシック"];

    public static IReadOnlyList<SettingsField> Fields { get; } = Enum.GetValues<SettingsField>();

    /// <summary>The clinic as last saved (null when the folder has none).</summary>
    public ClinicProfile? Clinic { get; private set; }

    /// <summary>The settings as last saved.</summary>
    public ClinicSettings Settings { get; private set; }

    /// <summary>The chosen theme, or −1 while a theme outside the list (a file path) stays.</summary>
    public int ThemeIndex { get; set; }

    /// <summary>The theme name to load now.</summary>
    public string ThemeName => ThemeIndex >= 0 && ThemeIndex < Themes.Count ? Themes[ThemeIndex] : Settings.Theme;

    public string this[SettingsField field]
    {
        get => _values[field];
        set => _values[field] = value ?? string.Empty;
    }

    /// <summary>Whether something differs from what is saved: Esc then asks.</summary>
    public bool IsDirty => ThemeIndex != _savedTheme || _values.Any(pair => !string.Equals(pair.Value, _saved[pair.Key], StringComparison.Ordinal));

    public static string Caption(SettingsField field) => field switch
    {
        SettingsField.ClinicName => "医療機関名",
        SettingsField.InstitutionCode => "医療機関コード",
        SettingsField.Prefecture => "都道府県番号",
        SettingsField.PostalCode => "郵便番号",
        SettingsField.Address => "所在地",
        SettingsField.Phone => "電話",
        SettingsField.IdleLockMinutes => "自動ロック(分)",
        SettingsField.BackupFolder => "バックアップ先",
        _ => "プリンタ名",
    };

    /// <summary>The box's problem with its caption, or null.</summary>
    public string? Check(SettingsField field)
    {
        var text = _values[field];
        var error = field switch
        {
            SettingsField.ClinicName => ClinicInput.ParseRequiredText(text, "やまだ内科クリニック").Error,
            SettingsField.InstitutionCode => ClinicInput.ParseInstitutionCode(text).Error,
            SettingsField.Prefecture => ClinicInput.ParsePrefecture(text).Error,
            SettingsField.PostalCode => PostalCodeInput.Parse(text).Error,
            SettingsField.Phone => PhoneInput.Parse(text).Error,
            SettingsField.IdleLockMinutes => WholeNumberInput.Parse(text, 0, MaxIdleLockMinutes).IsSuccess ? null : AccessMessages.IdleMinutesFormat,
            SettingsField.BackupFolder => BackupFolderRule.IsUsable(text) ? null : AccessMessages.BackupFolderUnusable(text.Trim()),
            _ => null,
        };
        return error is null ? null : AccessMessages.Field(Caption(field), error);
    }

    /// <summary>Checks every box, creates the backup folder if needed, then writes both files.</summary>
    public SettingsOutcome Save()
    {
        foreach (var field in Fields)
        {
            if (Check(field) is { } error)
            {
                return new SettingsOutcome(null, null, field, error);
            }
        }

        if (BackupFolderRule.Create(this[SettingsField.BackupFolder]) is { } reason)
        {
            return new SettingsOutcome(null, null, SettingsField.BackupFolder, AccessMessages.Field(
                Caption(SettingsField.BackupFolder), AccessMessages.BackupFolderUnusable(this[SettingsField.BackupFolder].Trim()) + " " + reason));
        }

        var settings = Settings with
        {
            Theme = ThemeName,
            IdleLockMinutes = WholeNumberInput.Parse(this[SettingsField.IdleLockMinutes], 0, MaxIdleLockMinutes).Value,
            BackupFolder = this[SettingsField.BackupFolder].Trim(),
            Printer = this[SettingsField.Printer].Trim(),
        };
        var clinic = Clinic is null ? null : Clinic with
        {
            Name = Value(ClinicInput.ParseRequiredText(this[SettingsField.ClinicName], string.Empty)),
            InstitutionCode = Value(ClinicInput.ParseInstitutionCode(this[SettingsField.InstitutionCode])),
            Prefecture = Value(ClinicInput.ParsePrefecture(this[SettingsField.Prefecture])),
            PostalCode = Value(PostalCodeInput.Parse(this[SettingsField.PostalCode])),
            Address = this[SettingsField.Address].Trim(),
            Phone = Value(PhoneInput.Parse(this[SettingsField.Phone])),
        };
        try
        {
            if (clinic is not null)
            {
                ClinicProfileFile.Save(_folder, clinic);
            }

            ClinicSettingsFile.Save(_folder, settings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new SettingsOutcome(null, null, null, AccessMessages.SaveFailed(ex.Message));
        }

        (Clinic, Settings) = (clinic, settings);
        _saved = new Dictionary<SettingsField, string>(_values);
        _savedTheme = ThemeIndex;
        return new SettingsOutcome(settings, clinic, null, null);
    }

    private static int IndexOfTheme(string theme)
    {
        for (var i = 0; i < Themes.Count; i++)
        {
            if (string.Equals(Themes[i], theme.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Value(ParseResult<string> result) => result.Value!;
}
