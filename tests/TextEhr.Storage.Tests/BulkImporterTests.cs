using Microsoft.Data.Sqlite;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests;

public sealed class BulkImporterTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Two_thousand_patients_with_their_records_import_with_a_verifiable_chain()
    {
        const int patients = 2000;
        var at = new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var user = _clinic.DoctorId;
        using (var importer = _clinic.Db.BeginBulkImport())
        {
            for (var i = 0; i < patients; i++)
            {
                var kana = i % 2 == 0 ? "ヤマダ" : "スズキ";
                var id = importer.AddPatient(Some.Patient(family: i % 2 == 0 ? "山田" : "鈴木", familyKana: kana), user, at);
                importer.AddConfirmedEntry(id, new DateOnly(2024, 4, 1), Some.Content(prescription: Some.Prescription()), user, at);
                importer.AddConfirmedEntry(id, new DateOnly(2024, 5, 1), Some.Content(), user, at.AddDays(30));
                if (i % 10 == 0)
                {
                    importer.AddAllergy(new Allergy { PatientId = id, Category = AllergyCategory.Drug, Substance = "ペニシリン" }, user);
                    importer.AddProblem(new Problem { PatientId = id, Name = "高血圧症", OnsetDate = new DateOnly(2020, 1, 1) }, user);
                    importer.AddLabResult(new LabResult { PatientId = id, ItemName = "HbA1c", Value = "6.1", CollectedOn = new DateOnly(2024, 4, 1) }, user);
                }
            }

            importer.Complete();
        }

        var session = _clinic.Db.Session;
        Assert.Equal(patients, _clinic.Db.Patients.Count());
        Assert.Equal(2 * patients, session.ScalarInt64("SELECT count(*) FROM chart_entry_versions WHERE confirmed_at IS NOT NULL"));
        Assert.Equal(2 * patients, session.ScalarInt64("SELECT count(*) FROM prescription_groups"));
        Assert.Equal(patients / 10, session.ScalarInt64("SELECT count(*) FROM allergies"));
        Assert.Equal(patients / 10, session.ScalarInt64("SELECT count(*) FROM problems"));
        Assert.Equal(patients / 10, session.ScalarInt64("SELECT count(*) FROM lab_results"));
        Assert.NotNull(_clinic.Db.Patients.FindIdByChartNumber("2000"));
        Assert.Equal(new DateOnly(2024, 5, 1), _clinic.Db.Patients.Search("山田", 1)[0].LastVisit);
        Assert.Equal(1000, _clinic.Db.Patients.Search("鈴木", 5000).Count);
        var verification = _clinic.Db.Audit.Verify();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(1 + (patients * 5) + (3 * patients / 10), verification.RowsChecked);
        var report = _clinic.Db.CheckIntegrity();
        Assert.True(report.IsOk, string.Join('\n', report.Problems));
        Assert.Equal(2L, session.ScalarInt64("PRAGMA synchronous"));
        Assert.Equal(0L, session.ScalarInt64("PRAGMA temp_store"));
    }

    [Fact]
    public void A_refused_record_leaves_no_half_written_rows_and_the_import_goes_on()
    {
        var user = _clinic.DoctorId;
        var at = _clinic.Time.GetUtcNow();
        using (var importer = _clinic.Db.BeginBulkImport())
        {
            var id = importer.AddPatient(Some.Patient(), user, at);
            Assert.Throws<SqliteException>(() => importer.AddConfirmedEntry(id, new DateOnly(2025, 1, 1), Some.Content(), userId: 999, at));
            Assert.Throws<ValidationException>(() => importer.AddPatient(Some.Patient(familyKana: "山田"), user, at));
            importer.AddConfirmedEntry(id, new DateOnly(2025, 1, 1), Some.Content(), user, at);
            importer.Complete();
        }

        Assert.Equal(1L, _clinic.Db.Session.ScalarInt64("SELECT count(*) FROM chart_entries"));
        Assert.Equal(1, _clinic.Db.Patients.Count());
        Assert.True(_clinic.Db.CheckIntegrity().IsOk);
        var verification = _clinic.Db.Audit.Verify();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(1 + 1 + 2, verification.RowsChecked);
    }

    [Fact]
    public void A_record_refused_after_writing_an_audit_row_leaves_the_chain_unbroken()
    {
        var user = _clinic.DoctorId;
        var at = _clinic.Time.GetUtcNow();

        // A rule of this test only: the January visit's Create row is written, then its Confirm row is refused.
        TestClinic.Execute(_clinic.Raw(), """
            CREATE TRIGGER refuse_january_confirm BEFORE INSERT ON audit_log
            WHEN NEW.action = 'Confirm' AND (SELECT visit_date FROM chart_entries WHERE id = NEW.entity_id) = 20250101
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
            """);
        using (var importer = _clinic.Db.BeginBulkImport())
        {
            var id = importer.AddPatient(Some.Patient(), user, at);

            Assert.Throws<SqliteException>(() => importer.AddConfirmedEntry(id, new DateOnly(2025, 1, 1), Some.Content(), user, at));
            importer.AddConfirmedEntry(id, new DateOnly(2025, 2, 1), Some.Content(), user, at);
            importer.Complete();
        }

        var verification = _clinic.Db.Audit.Verify();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(1 + 1 + 2, verification.RowsChecked);
        Assert.Equal(20250201L, _clinic.Db.Session.ScalarInt64("SELECT visit_date FROM chart_entries"));
    }

    [Fact]
    public void Records_added_before_a_refused_one_keep_their_ids_numbers_and_stamps()
    {
        var user = _clinic.DoctorId;
        var registeredAt = _clinic.Time.GetUtcNow();
        long first, second;
        using (var importer = _clinic.Db.BeginBulkImport())
        {
            first = importer.AddPatient(Some.Patient("山田", familyKana: "ヤマダ"), user, registeredAt);
            second = importer.AddPatient(Some.Patient("鈴木", familyKana: "スズキ"), user, registeredAt);
            importer.AddConfirmedEntry(first, new DateOnly(2025, 1, 1), Some.Content(prescription: Some.Prescription()), user, registeredAt);
            importer.AddAllergy(new Allergy { PatientId = second, Category = AllergyCategory.Drug, Substance = "ペニシリン" }, user);
            var allergyStamp = _clinic.Time.GetUtcNow();
            _clinic.Time.Advance(TimeSpan.FromHours(1));

            Assert.Throws<SqliteException>(() => importer.AddLabResult(
                new LabResult { PatientId = 999, ItemName = "HbA1c", Value = "6.1", CollectedOn = new DateOnly(2025, 1, 1) }, user));
            importer.AddConfirmedEntry(second, new DateOnly(2025, 2, 1), Some.Content(), user, registeredAt);
            importer.Complete();

            var allergy = Assert.Single(_clinic.Db.Allergies.ForPatient(second));
            Assert.Equal(allergyStamp, allergy.RecordedAt);
        }

        Assert.Equal("1", _clinic.Db.Session.Scalar("SELECT chart_no FROM patients WHERE id = @id", ("@id", first)));
        Assert.Equal("2", _clinic.Db.Session.Scalar("SELECT chart_no FROM patients WHERE id = @id", ("@id", second)));
        Assert.Equal(new DateOnly(2025, 1, 1), _clinic.Db.Patients.Search("ヤマダ", 5).Single().LastVisit);
        Assert.Equal(new DateOnly(2025, 2, 1), _clinic.Db.Patients.Search("スズキ", 5).Single().LastVisit);
        Assert.Equal(2L, _clinic.Db.Session.ScalarInt64("SELECT count(*) FROM prescription_groups"));
        var verification = _clinic.Db.Audit.Verify();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(1 + 2 + 2 + 1 + 2, verification.RowsChecked);
    }

    [Fact]
    public void Dispose_without_Complete_keeps_what_was_added_and_restores_full_sync()
    {
        using (var importer = _clinic.Db.BeginBulkImport())
        {
            importer.AddPatient(Some.Patient(), _clinic.DoctorId, _clinic.Time.GetUtcNow());
            Assert.Equal(0L, _clinic.Db.Session.ScalarInt64("PRAGMA synchronous"));
        }

        using var other = _clinic.Open();
        Assert.Equal(1, other.Patients.Count());
        Assert.Equal(2L, _clinic.Db.Session.ScalarInt64("PRAGMA synchronous"));
        Assert.True(other.Audit.Verify().IsIntact);
    }

    [Fact]
    public void Imported_rows_join_the_chain_that_the_stores_continue()
    {
        using (var importer = _clinic.Db.BeginBulkImport())
        {
            importer.AddPatient(Some.Patient(), _clinic.DoctorId, _clinic.Time.GetUtcNow());
            importer.Complete();
        }

        _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);

        Assert.Equal(3, _clinic.Db.Audit.Verify().RowsChecked);
        Assert.True(_clinic.Db.Audit.Verify().IsIntact);
    }
}
