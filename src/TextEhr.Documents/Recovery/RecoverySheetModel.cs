namespace TextEhr.Documents.Recovery;

/// <summary>
/// 復旧用シート: a paper that tells whoever sets up a new PC where the clinic's backups are and how to
/// restore one. The passphrase is printed only when the doctor asks; otherwise a box is left to write it by hand.
/// </summary>
public sealed record RecoverySheetModel
{
    /// <summary>The clinic (name and 医療機関コード are printed).</summary>
    public required ClinicInfo Clinic { get; init; }

    /// <summary>The day the sheet was made.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The folder backups go to, e.g. <c>E:\TextEhr-backup</c>.</summary>
    public required string Destination { get; init; }

    /// <summary>How the doctor knows the medium: "USB メモリ E: (BACKUP)"; empty when it is a plain folder.</summary>
    public string DestinationLabel { get; init; } = string.Empty;

    /// <summary>How many backups are kept before the oldest is removed.</summary>
    public required int Generations { get; init; }

    /// <summary>The newest backup, or null when none has been made yet.</summary>
    public RecoveryBackupFile? LastBackup { get; init; }

    /// <summary>The passphrase, printed only when set; null leaves the handwriting box.</summary>
    public string? Passphrase { get; init; }

    /// <summary>The command that restores, as typed on the new PC.</summary>
    public string RestoreCommand => "textehr restore " + (LastBackup?.FileName ?? "（ファイル名）");
}
