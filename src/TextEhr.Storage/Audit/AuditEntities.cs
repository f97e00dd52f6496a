namespace TextEhr.Storage.Audit;

/// <summary>The <c>entity</c> names the stores write into the audit log (stable: tools filter on them).</summary>
internal static class AuditEntities
{
    public const string Patient = "patient";
    public const string ChartEntry = "chart_entry";
    public const string Allergy = "allergy";
    public const string Problem = "problem";
    public const string LabOrder = "lab_order";
    public const string LabResult = "lab_result";
    public const string User = "user";
    public const string Backup = "backup";
}
