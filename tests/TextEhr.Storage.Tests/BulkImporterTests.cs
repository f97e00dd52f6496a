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
