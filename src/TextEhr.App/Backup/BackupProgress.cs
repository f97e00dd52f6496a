namespace TextEhr.App.Backup;

/// <summary>
/// One progress report: the stage, its Japanese caption for a status line, and how far the stage is
/// (0 to 1) when that is known.
/// </summary>
public sealed record BackupProgress(BackupStage Stage, string Caption, double? Fraction = null);
