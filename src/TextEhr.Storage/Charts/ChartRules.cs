using TextEhr.Domain.Clinical;
using TextEhr.Domain.Validation;

namespace TextEhr.Storage.Charts;

/// <summary>The 真正性 rules of chart entries, as refusals the user can read.</summary>
internal static class ChartRules
{
    public static string RequireReason(string? reason, string field) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new ValidationException([new ValidationError(field, StorageMessages.ReasonRequired)])
            : reason.Trim();

    /// <summary>訂正 needs the newest version confirmed (never two drafts) and the entry not voided.</summary>
    public static void EnsureAmendable(ChartEntryVersion latest)
    {
        EnsureNotVoided(latest);
        if (!latest.IsConfirmed)
        {
            throw Refusal(StorageMessages.DraftPending);
        }
    }

    public static void EnsureNotVoided(ChartEntryVersion latest)
    {
        if (latest.Status == EntryStatus.Voided)
        {
            throw Refusal(StorageMessages.EntryVoided);
        }
    }

    public static ValidationException Refusal(string message) =>
        new([new ValidationError(StorageMessages.ChartEntryField, message)]);
}
