using TextEhr.App.Documents;
using TextEhr.App.Hosting;
using TextEhr.Documents;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Documents.Recovery;
using TextEhr.Domain.Backup;

namespace TextEhr.App.Backup;

/// <summary>
/// The 復旧用シート filled from this clinic: its profile, the backup settings and the newest backup record.
/// Shared by <c>textehr backup sheet</c> and the backup screen's F8.
/// </summary>
public static class RecoverySheet
{
    /// <summary>Where the sheet's PDF goes in the data folder, dated so each day's sheet is kept.</summary>
    public static string DefaultPath(DataFolder folder, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Path.Combine(folder.Root, DocumentIssuer.DocumentsFolder, $"recovery-sheet-{today:yyyyMMdd}.pdf");
    }

    public static RecoverySheetModel Model(ClinicProfile clinic, ClinicSettings settings, BackupRecord? last, DateOnly today, string? passphrase)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        ArgumentNullException.ThrowIfNull(settings);
        return new RecoverySheetModel
        {
            Clinic = DocumentSources.Clinic(clinic),
            Date = today,
            Destination = last?.Destination ?? (settings.BackupFolder.Length > 0 ? settings.BackupFolder : "USB メモリの TextEhr-backup フォルダ"),
            Generations = settings.BackupGenerations,
            LastBackup = last is null
                ? null
                : new RecoveryBackupFile(ClinicTime.ToJst(last.FinishedAt), last.FileName, last.SizeBytes, Convert.ToHexStringLower([.. last.FileSha256])),
            Passphrase = passphrase,
        };
    }

    public static RenderedDocument Render(RecoverySheetModel model, DataFolder folder, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return RecoverySheetHtml.Render(model, new TemplateStore(TemplateStore.FolderIn(folder.Root)), FontLocator.Find(environment));
    }
}
