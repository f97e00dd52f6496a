using TextEhr.Domain.Stores;

namespace TextEhr.App.Ui;

/// <summary>
/// What screens and view models may use of the clinic's data: Domain's ports only, so no screen knows
/// SQLite. The composition root fills it from the open database; tests fill it the same way.
/// </summary>
public sealed record ClinicServices(
    IPatientStore Patients,
    IChartStore Charts,
    IAllergyStore Allergies,
    IProblemStore Problems,
    ILabStore Labs,
    IUserStore Users,
    IAuditLog Audit,
    IIssuedDocumentStore Documents,
    IBackupRecordStore BackupRecords,
    TimeProvider Time);
