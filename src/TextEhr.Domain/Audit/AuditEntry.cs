namespace TextEhr.Domain.Audit;

/// <summary>
/// One row of the tamper-evident audit log: who did what to which record of which patient, and when.
/// <see cref="Hash"/> = SHA-256(<see cref="PreviousHash"/> ‖ canonical row), so an edit or a gap breaks the chain.
/// Detail never holds names or note text: IDs and field names only.
/// </summary>
public sealed record AuditEntry
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public long? UserId { get; init; }

    public required AuditAction Action { get; init; }

    /// <summary>Which kind of record: patient, chart_entry, allergy, problem, lab_result, document …</summary>
    public required string Entity { get; init; }

    public long? EntityId { get; init; }

    public long? PatientId { get; init; }

    public string Detail { get; init; } = string.Empty;

    public string PreviousHash { get; init; } = string.Empty;

    public string Hash { get; init; } = string.Empty;
}
