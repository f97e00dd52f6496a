using System.Globalization;
using Microsoft.Data.Sqlite;
using TextEhr.Domain.Clinical;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Charts;

/// <summary>
/// The schema itself refuses to rewrite history: raw SQL through a plain connection, with none of the
/// stores' checks, still cannot change or remove confirmed rows or audit rows.
/// </summary>
public sealed class AppendOnlyTriggerTests : IDisposable
{
    private const int SqliteConstraint = 19;

    private readonly TestClinic _clinic = new();
    private readonly long _patientId;
    private readonly ChartEntryVersion _confirmed;
    private readonly ChartEntryVersion _draft;
    private readonly SqliteConnection _raw;

    public AppendOnlyTriggerTests()
    {
        var patient = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);
        _patientId = _clinic.Db.Patients.Update(patient with { Memo = "履歴を一行つくる" }, _clinic.DoctorId).Id;
        var visit = new DateOnly(2025, 6, 2);
        var first = _clinic.Db.Charts.CreateDraft(_patientId, visit, Some.Content(prescription: Some.Prescription()), _clinic.DoctorId);
        _confirmed = _clinic.Db.Charts.Confirm(first.Id, _clinic.DoctorId);
        _draft = _clinic.Db.Charts.CreateDraft(_patientId, visit, Some.Content(prescription: Some.Prescription()), _clinic.DoctorId);
        _raw = _clinic.Raw();
        TestClinic.Execute(_raw, "PRAGMA foreign_keys = ON");
    }

    public void Dispose() => _clinic.Dispose();

    [Theory]
    [InlineData("UPDATE chart_entry_versions SET subjective = '改ざん' WHERE id = {confirmed}")]
    [InlineData("UPDATE chart_entry_versions SET confirmed_at = NULL, confirmed_by = NULL WHERE id = {confirmed}")]
    [InlineData("DELETE FROM chart_entry_versions WHERE id = {confirmed}")]
    [InlineData("UPDATE chart_entries SET visit_date = 20200101 WHERE id = {confirmed_entry}")]
    [InlineData("DELETE FROM chart_entries WHERE id = {confirmed_entry}")]
    [InlineData("UPDATE prescription_groups SET duration = 90 WHERE version_id = {confirmed}")]
    [InlineData("DELETE FROM prescription_groups WHERE version_id = {confirmed}")]
    [InlineData("UPDATE prescription_items SET dose = '30' WHERE group_id IN (SELECT id FROM prescription_groups WHERE version_id = {confirmed})")]
    [InlineData("DELETE FROM prescription_items WHERE group_id IN (SELECT id FROM prescription_groups WHERE version_id = {confirmed})")]
    [InlineData("INSERT INTO prescription_groups(version_id, seq, form, usage, duration, duration_unit) VALUES ({confirmed}, 9, 1, '追加', 7, 1)")]
    [InlineData("INSERT INTO prescription_items(group_id, seq, drug_name, dose, unit, is_generic) SELECT id, 9, '追加薬', '1', '錠', 0 FROM prescription_groups WHERE version_id = {confirmed} LIMIT 1")]
    [InlineData("UPDATE audit_log SET detail = 'x' WHERE id = 1")]
    [InlineData("DELETE FROM audit_log WHERE id = 1")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("DELETE FROM patients WHERE id = {patient}")]
    [InlineData("UPDATE patients SET memo = '履歴なしの変更' WHERE id = {patient}")]
    [InlineData("UPDATE patients SET revision = revision + 5 WHERE id = {patient}")]
    [InlineData("DELETE FROM patients_history")]
    [InlineData("DELETE FROM users")]
    [InlineData("INSERT INTO chart_entry_versions(entry_id, version, status, subjective, objective, assessment, plan, author_id, authored_at, content_hash, reason) VALUES ({draft_entry}, 2, 0, '', '', '', '', 1, 0, '', '二つ目の下書き')")]
    public void Raw_sql_that_would_rewrite_history_fails(string sql)
    {
        var failure = Assert.Throws<SqliteException>(() => TestClinic.Execute(_raw, Fill(sql)));

        Assert.Equal(SqliteConstraint, failure.SqliteErrorCode);
        Assert.True(_clinic.Db.CheckIntegrity().IsOk);
    }

    [Theory]
    [InlineData("UPDATE chart_entry_versions SET subjective = '下書きの修正' WHERE id = {draft}")]
    [InlineData("UPDATE prescription_items SET dose = '2' WHERE group_id IN (SELECT id FROM prescription_groups WHERE version_id = {draft})")]
    [InlineData("DELETE FROM prescription_items WHERE group_id IN (SELECT id FROM prescription_groups WHERE version_id = {draft})")]
    public void Raw_sql_may_still_change_a_draft(string sql)
    {
        Assert.True(TestClinic.Execute(_raw, Fill(sql)) > 0);
    }

    [Fact]
    public void Allergy_problem_and_lab_rows_are_never_deleted_and_voided_once_only()
    {
        _clinic.Db.Problems.Add(new Problem { PatientId = _patientId, Name = "高血圧症", OnsetDate = new DateOnly(2020, 1, 1) }, _clinic.DoctorId);
        _clinic.Db.Labs.AddResult(new Domain.Labs.LabResult { PatientId = _patientId, ItemName = "HbA1c", Value = "6.1", CollectedOn = new DateOnly(2025, 6, 2) }, _clinic.DoctorId);
        var allergy = _clinic.Db.Allergies.Add(new Allergy { PatientId = _patientId, Category = AllergyCategory.Drug, Substance = "ペニシリン" }, _clinic.DoctorId);
        var voidOnce = $"UPDATE allergies SET voided_by = 1, voided_at = 1, void_reason = '誤登録' WHERE id = {allergy.Id}";

        Assert.Equal(SqliteConstraint, Assert.Throws<SqliteException>(() => TestClinic.Execute(_raw, $"DELETE FROM allergies WHERE id = {allergy.Id}")).SqliteErrorCode);
        Assert.Equal(SqliteConstraint, Assert.Throws<SqliteException>(() => TestClinic.Execute(_raw, $"UPDATE allergies SET substance = 'なし' WHERE id = {allergy.Id}")).SqliteErrorCode);
        Assert.Equal(1, TestClinic.Execute(_raw, voidOnce));
        Assert.Equal(SqliteConstraint, Assert.Throws<SqliteException>(() => TestClinic.Execute(_raw, voidOnce)).SqliteErrorCode);
        Assert.Equal(SqliteConstraint, Assert.Throws<SqliteException>(() => TestClinic.Execute(_raw, "DELETE FROM problems")).SqliteErrorCode);
        Assert.Equal(SqliteConstraint, Assert.Throws<SqliteException>(() => TestClinic.Execute(_raw, "DELETE FROM lab_results")).SqliteErrorCode);
    }

    private string Fill(string sql) => sql
        .Replace("{confirmed}", _confirmed.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{confirmed_entry}", _confirmed.EntryId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{draft}", _draft.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{draft_entry}", _draft.EntryId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{patient}", _patientId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
