namespace TextEhr.App.Tests.Support;

/// <summary>Rows per table, read behind the stores' back: equal before and after means nothing was written.</summary>
public sealed record RowCounts(long Patients, long PatientHistory, long ChartVersions, long Allergies, long Users, long Audit);
