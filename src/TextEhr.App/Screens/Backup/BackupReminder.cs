using TextEhr.Domain.Backup;

namespace TextEhr.App.Screens.Backup;

/// <summary>
/// Whether quitting should first offer a backup: never backed up, or the last one older than the setting.
/// Days are the clinic's calendar days, so a backup at 18:00 yesterday is due this evening with the default of 1.
/// </summary>
public static class BackupReminder
{
    public static bool IsDue(BackupRecord? last, DateTimeOffset now, int days)
    {
        if (days <= 0)
        {
            return false;
        }

        return last is null || Hosting.ClinicTime.ToJst(now).Date - Hosting.ClinicTime.ToJst(last.FinishedAt).Date >= TimeSpan.FromDays(days);
    }
}
