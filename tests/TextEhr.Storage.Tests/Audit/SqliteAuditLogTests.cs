using TextEhr.Domain.Audit;
using TextEhr.Domain.Clinical;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Audit;

public sealed class SqliteAuditLogTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Every_write_and_view_appends_a_row_naming_the_user_entity_and_patient()
    {
        var (patientId, entryId) = RecordAVisit();

        var rows = _clinic.Db.Audit.Recent(100, patientId).Reverse().ToList();

        Assert.Equal(
            [
                (AuditAction.Create, "patient"), (AuditAction.Update, "patient"), (AuditAction.View, "patient"),
                (AuditAction.Create, "chart_entry"), (AuditAction.Update, "chart_entry"), (AuditAction.Confirm, "chart_entry"),
                (AuditAction.Amend, "chart_entry"), (AuditAction.Confirm, "chart_entry"), (AuditAction.View, "chart_entry"),
                (AuditAction.View, "chart_entry"), (AuditAction.Void, "chart_entry"),
                (AuditAction.Create, "allergy"), (AuditAction.Void, "allergy"),
            ],
            rows.Select(r => (r.Action, r.Entity)));
        Assert.All(rows, r => Assert.Equal(_clinic.DoctorId, r.UserId));
        Assert.All(rows.Where(r => string.Equals(r.Entity, "chart_entry", StringComparison.Ordinal) && r.EntityId is not null), r => Assert.Equal(entryId, r.EntityId));
    }

    [Fact]
    public void Details_hold_ids_and_field_names_never_names_or_note_text()
    {
        RecordAVisit();

        var details = _clinic.Db.Audit.Recent(100).Select(r => r.Detail).ToList();

        Assert.All(details, d => Assert.Matches("^[a-z_]*(=[0-9A-Za-z,]*)?(;[a-z_]+(=[0-9A-Za-z,]*)?)*$", d));
    }

    [Fact]
    public void The_chain_of_a_busy_day_verifies()
    {
        RecordAVisit();

        var verification = _clinic.Db.Audit.Verify();

        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(_clinic.Db.Audit.Recent(1000).Count, verification.RowsChecked);
    }

    [Fact]
    public void Append_chains_an_outside_action_with_its_hashes_in_hex()
    {
        var first = _clinic.Db.Audit.Recent(1)[0];

        var login = _clinic.Db.Audit.Append(new AuditEntry { Action = AuditAction.Login, Entity = "user", EntityId = _clinic.DoctorId, UserId = _clinic.DoctorId });

        Assert.Equal(first.Id + 1, login.Id);
        Assert.Equal(first.Hash, login.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", login.Hash);
        Assert.Equal(_clinic.Time.GetUtcNow(), login.At);
        Assert.Equal(new string('0', 64), _clinic.Db.Audit.Recent(100)[^1].PreviousHash);
        Assert.True(_clinic.Db.Audit.Verify().IsIntact);
    }

    [Theory]
    [InlineData("detail = 'fields=Memo'")]
    [InlineData("action = 'nonsense'")]
    [InlineData("user_id = NULL")]
    [InlineData("at = at + 1")]
    public void A_row_altered_behind_the_triggers_back_is_named(string change)
    {
        RecordAVisit();
        var target = _clinic.Db.Audit.Recent(100)[5].Id;

        WithoutTrigger("audit_log_frozen_update", "BEFORE UPDATE", $"UPDATE audit_log SET {change} WHERE id = {target}");

        var verification = _clinic.Db.Audit.Verify();
        Assert.Equal(target, verification.FirstBrokenId);
        Assert.Equal(StorageMessages.AuditRowAltered(target), verification.Problem);
        Assert.Contains(StorageMessages.AuditChainBroken(verification.Problem!), _clinic.Db.CheckIntegrity().Problems, StringComparer.Ordinal);
    }

    [Fact]
    public void A_middle_row_deleted_behind_the_triggers_back_is_found_as_a_gap()
    {
        RecordAVisit();
        var rows = _clinic.Db.Audit.Recent(100);
        var deleted = rows[5].Id;

        WithoutTrigger("audit_log_frozen_delete", "BEFORE DELETE", $"DELETE FROM audit_log WHERE id = {deleted}");

        var verification = _clinic.Db.Audit.Verify();
        Assert.Equal(deleted + 1, verification.FirstBrokenId);
        Assert.Equal(StorageMessages.AuditGap(deleted + 1), verification.Problem);
        Assert.False(_clinic.Db.CheckIntegrity().IsOk);
    }

    [Fact]
    public void A_row_rewritten_with_a_fresh_hash_still_breaks_the_next_link()
    {
        RecordAVisit();
        var rows = _clinic.Db.Audit.Recent(100);
        var target = rows[5].Id;

        // The forger recomputes this row's hash, but cannot fix the next row's stored prev_hash without
        // recomputing every hash after it.
        WithoutTrigger("audit_log_frozen_update", "BEFORE UPDATE", $"UPDATE audit_log SET hash = randomblob(32) WHERE id = {target}");

        Assert.Equal(target, _clinic.Db.Audit.Verify().FirstBrokenId);
    }

    private void WithoutTrigger(string trigger, string timing, string sql)
    {
        var raw = _clinic.Raw();
        TestClinic.Execute(raw, $"DROP TRIGGER {trigger}");
        TestClinic.Execute(raw, sql);
        TestClinic.Execute(raw, $"CREATE TRIGGER {trigger} {timing} ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    }

    private (long PatientId, long EntryId) RecordAVisit()
    {
        var db = _clinic.Db;
        var user = _clinic.DoctorId;
        var patient = db.Patients.Add(Some.Patient(), user);
        db.Patients.Update(patient with { Memo = "補聴器" }, user);
        db.Patients.Open(patient.Id, user);
        var draft = db.Charts.CreateDraft(patient.Id, new DateOnly(2025, 6, 2), Some.Content(), user);
        db.Charts.SaveDraft(draft.Id, Some.Content("山田さんは咳が続く"), user);
        db.Charts.Confirm(draft.Id, user);
        var amended = db.Charts.Amend(draft.EntryId, Some.Content("咳は3日前から"), "発症日の誤記", user);
        db.Charts.Confirm(amended.Id, user);
        db.Charts.History(draft.EntryId, user);
        db.Charts.Recent(patient.Id, 20, user);
        db.Charts.Void(draft.EntryId, "別患者", user);
        var allergy = db.Allergies.Add(new Allergy { PatientId = patient.Id, Category = AllergyCategory.Drug, Substance = "ペニシリン" }, user);
        db.Allergies.Void(allergy.Id, "誤登録", user);
        return (patient.Id, draft.EntryId);
    }
}
