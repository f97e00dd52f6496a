namespace TextEhr.App.Output;

/// <summary>The result of <c>audit verify</c> in JSON.</summary>
public sealed record AuditVerifyJson(bool Intact, long RowsChecked, long? FirstBrokenId, string? Problem);
