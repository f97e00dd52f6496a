namespace TextEhr.App.Screens.Access;

/// <summary>The text boxes of the settings screen (the theme is a choice beside them).</summary>
public enum SettingsField
{
    ClinicName,
    InstitutionCode,
    Prefecture,
    PostalCode,
    Address,
    Phone,
    IdleLockMinutes,
    BackupFolder,
    Printer,
}
