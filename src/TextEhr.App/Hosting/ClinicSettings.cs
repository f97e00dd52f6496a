namespace TextEhr.App.Hosting;

/// <summary>
/// What the doctor changes on the 設定 screen, kept in <c>settings.json</c> beside <c>clinic.json</c>.
/// Defaults suit a clinic that has never opened the screen.
/// </summary>
public sealed record ClinicSettings
{
    public const int CurrentFormatVersion = 1;

    public const int DefaultIdleLockMinutes = 10;

    public const int DefaultBackupGenerations = 7;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>A theme name (paper, high-contrast, classic) or a theme file's path.</summary>
    public string Theme { get; init; } = "paper";

    /// <summary>Minutes without a key before the screen locks; 0 never locks.</summary>
    public int IdleLockMinutes { get; init; } = DefaultIdleLockMinutes;

    /// <summary>Where <c>textehr backup</c> writes when no removable drive is found; empty for none.</summary>
    public string BackupFolder { get; init; } = string.Empty;

    /// <summary>Backup files kept per clinic in a destination; older ones are removed after a new one is verified.</summary>
    public int BackupGenerations { get; init; } = DefaultBackupGenerations;

    /// <summary>The CUPS printer (Linux) for documents; empty for the system default.</summary>
    public string Printer { get; init; } = string.Empty;
}
