namespace TextEhr.Domain.Audit;

/// <summary>The result of walking the audit chain: how many rows were checked and the first broken one.</summary>
public sealed record AuditVerification(long RowsChecked, long? FirstBrokenId, string? Problem)
{
    public bool IsIntact => FirstBrokenId is null && Problem is null;
}
