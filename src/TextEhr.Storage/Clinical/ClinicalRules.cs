using TextEhr.Domain.Validation;

namespace TextEhr.Storage.Clinical;

/// <summary>Shared refusals of the append-only clinical lists (allergies, problems, labs).</summary>
internal static class ClinicalRules
{
    public static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ValidationException([new ValidationError(field, StorageMessages.Required)]);
        }
    }

    public static string RequireReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new ValidationException([new ValidationError(StorageMessages.VoidReasonField, StorageMessages.ReasonRequired)])
            : reason.Trim();

    public static ValidationException Refusal(string message) =>
        new([new ValidationError(StorageMessages.RecordField, message)]);
}
