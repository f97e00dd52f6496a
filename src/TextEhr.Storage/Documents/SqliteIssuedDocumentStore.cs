using TextEhr.Domain.Audit;
using TextEhr.Domain.Documents;
using TextEhr.Domain.Stores;
using TextEhr.Storage.Audit;
using TextEhr.Storage.Clinical;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Documents;

/// <summary><see cref="IIssuedDocumentStore"/> on SQLite: the row and its Print audit row in one transaction.</summary>
internal sealed class SqliteIssuedDocumentStore : IIssuedDocumentStore
{
    private const string ForPatientSql = "SELECT " + IssuedDocumentRows.ListColumns
        + " FROM issued_documents WHERE patient_id = @patient ORDER BY created_at DESC, id DESC";

    private const string GetSql = "SELECT " + IssuedDocumentRows.AllColumns + " FROM issued_documents WHERE id = @id";

    private readonly SqliteSession _session;
    private readonly AuditChain _audit;

    public SqliteIssuedDocumentStore(SqliteSession session, AuditChain audit)
    {
        _session = session;
        _audit = audit;
    }

    public IssuedDocument Add(IssuedDocument document, long userId, string auditDetail)
    {
        ArgumentNullException.ThrowIfNull(document);
        ClinicalRules.Require(document.Title, StorageMessages.TitleField);
        byte[]? hash = document.PdfSha256 is { } hex ? Convert.FromHexString(hex) : null;
        return _session.Write(() =>
        {
            var at = StoredInstant.ToNumber(_session.Now());
            var id = (long)_session.Scalar(
                IssuedDocumentRows.InsertSql,
                ("@patient", document.PatientId),
                ("@kind", document.Kind),
                ("@entry", document.EntryId),
                ("@title", document.Title),
                ("@model", document.ModelJson),
                ("@html", document.Html),
                ("@sha", hash),
                ("@output", IssuedDocumentRows.OutputName(document.Output)),
                ("@printer", document.Printer),
                ("@user", userId),
                ("@at", at))!;
            _audit.Append(AuditAction.Print, AuditEntities.Document, id, document.PatientId, userId, auditDetail ?? string.Empty);
            return document with { Id = id, CreatedById = userId, CreatedAt = StoredInstant.FromNumber(at) };
        });
    }

    public IReadOnlyList<IssuedDocument> ForPatient(long patientId) =>
        _session.Read(() => _session.Query(ForPatientSql, IssuedDocumentRows.ReadListed, ("@patient", patientId)));

    public IssuedDocument? Find(long documentId) =>
        _session.Read(() => _session.QuerySingle(GetSql, IssuedDocumentRows.ReadWhole, ("@id", documentId)));
}
