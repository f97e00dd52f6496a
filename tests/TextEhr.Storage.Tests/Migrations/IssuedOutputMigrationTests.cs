using Microsoft.Data.Sqlite;
using TextEhr.Domain.Documents;
using TextEhr.Storage.Migrations;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Migrations;

/// <summary>
/// Migration 0006 rebuilds <c>issued_documents</c> to allow 'opened': a clinic upgrading from version 5 must keep
/// every kept document to the byte, and the rebuilt table must stay append-only.
/// </summary>
public sealed class IssuedOutputMigrationTests : IDisposable
{
    private const string EveryColumn = "id, patient_id, kind, entry_id, title, model_json, html, hex(pdf_sha256), output, printer, created_by, created_at";

    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void A_version_5_database_keeps_its_kept_documents_and_triggers_and_then_accepts_opened()
    {
        var patientId = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId).Id;
        _clinic.Db.Documents.Add(Document(patientId, "新宿中央病院", IssuedOutput.Printed) with { PdfSha256 = new string('a', 64), Printer = "受付" }, _clinic.DoctorId, "referral");
        _clinic.Db.Documents.Add(Document(patientId, "サマリー", IssuedOutput.Html) with { Kind = "summary" }, _clinic.DoctorId, "summary");
        _clinic.Db.Dispose();
        string before;
        using (var raw = _clinic.Raw())
        {
            TurnBackToVersion5(raw);
            before = Rows(raw);
            var refused = Assert.Throws<SqliteException>(() => TestClinic.Execute(raw,
                $"INSERT INTO issued_documents(patient_id, kind, title, model_json, html, output, created_by, created_at) VALUES ({patientId}, 'referral', 'x', '{{}}', '', 'opened', {_clinic.DoctorId}, 0)"));
            Assert.Contains("CHECK", refused.Message, StringComparison.Ordinal);
        }

        var db = _clinic.Open();

        Assert.Equal(MigrationCatalog.LatestVersion, db.SchemaVersion);
        using var check = _clinic.Raw();
        Assert.Equal(before, Rows(check));
        Assert.Equal(1L, TestClinic.Scalar(check, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'ix_issued_documents_patient'"));
        Assert.Equal(1L, TestClinic.Scalar(check, "SELECT strict FROM pragma_table_list WHERE name = 'issued_documents'"));
        Assert.Equal(0L, TestClinic.Scalar(check, "SELECT count(*) FROM pragma_foreign_key_check"));
        foreach (var sql in new[] { "UPDATE issued_documents SET title = '改ざん'", "DELETE FROM issued_documents" })
        {
            var failure = Assert.Throws<SqliteException>(() => TestClinic.Execute(check, sql));
            Assert.Contains("append-only", failure.Message, StringComparison.Ordinal);
        }

        var opened = db.Documents.Add(Document(patientId, "新宿中央病院", IssuedOutput.Opened), _clinic.DoctorId, "referral opened");
        Assert.Equal(IssuedOutput.Opened, db.Documents.Find(opened.Id)!.Output);
        Assert.Equal(3, db.Documents.ForPatient(patientId).Count);
    }

    // What a clinic still on version 5 has: the table as migration 0004 made it (without 'opened'), the same rows.
    private static void TurnBackToVersion5(SqliteConnection raw)
    {
        TestClinic.Execute(raw, "CREATE TABLE kept AS SELECT * FROM issued_documents");
        TestClinic.Execute(raw, "DROP TABLE issued_documents");
        TestClinic.Execute(raw, MigrationCatalog.All.Single(static m => m.Version == 4).Sql);
        TestClinic.Execute(raw, "INSERT INTO issued_documents SELECT * FROM kept");
        TestClinic.Execute(raw, "DROP TABLE kept");
        TestClinic.Execute(raw, "PRAGMA user_version = 5");
    }

    private static string Rows(SqliteConnection raw) =>
        (string)TestClinic.Scalar(raw, $"SELECT group_concat(row, char(10)) FROM (SELECT concat_ws('|', {EveryColumn}) AS row FROM issued_documents ORDER BY id)")!;

    private static IssuedDocument Document(long patientId, string title, IssuedOutput output) => new()
    {
        PatientId = patientId,
        Kind = "referral",
        Title = title,
        ModelJson = "{\"purpose\":\"精査\"}",
        Html = $"<p>{title}</p>",
        Output = output,
    };
}
