using TextEhr.Domain.Audit;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Patients;

public sealed class SqlitePatientStoreTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Add_assigns_an_id_the_next_chart_number_and_revision_1()
    {
        var first = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);
        var second = _clinic.Db.Patients.Add(Some.Patient(given: "花子", givenKana: "ハナコ"), _clinic.DoctorId);

        Assert.True(first.Id > 0);
        Assert.Equal("1", first.ChartNumber);
        Assert.Equal("2", second.ChartNumber);
        Assert.Equal(1, first.Revision);
        Assert.Equal(2, _clinic.Db.Patients.Count());
    }

    [Fact]
    public void Add_keeps_a_typed_chart_number_and_numbering_skips_it()
    {
        _clinic.Db.Patients.Add(Some.Patient() with { ChartNumber = "２" }, _clinic.DoctorId);

        var next = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);
        var after = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);

        Assert.NotNull(_clinic.Db.Patients.FindIdByChartNumber("2"));
        Assert.Equal("1", next.ChartNumber);
        Assert.Equal("3", after.ChartNumber);
    }

    [Fact]
    public void Add_refuses_a_chart_number_already_taken()
    {
        _clinic.Db.Patients.Add(Some.Patient() with { ChartNumber = "100" }, _clinic.DoctorId);

        var refused = Assert.Throws<ValidationException>(
            () => _clinic.Db.Patients.Add(Some.Patient() with { ChartNumber = "100" }, _clinic.DoctorId));

        Assert.Equal(new ValidationError(StorageMessages.ChartNumberField, StorageMessages.ChartNumberTaken), Assert.Single(refused.Errors));
        Assert.Equal(1, _clinic.Db.Patients.Count());
    }

    [Fact]
    public void Add_refuses_an_invalid_patient_with_every_problem_labelled()
    {
        var invalid = Some.Patient(family: " ", familyKana: "山田") with { BirthDate = new DateOnly(2030, 1, 1) };

        var refused = Assert.Throws<ValidationException>(() => _clinic.Db.Patients.Add(invalid, _clinic.DoctorId));

        Assert.Contains(new ValidationError(PatientMessages.NameField, PatientMessages.FamilyNameRequired), refused.Errors);
        Assert.Contains(new ValidationError(PatientMessages.KanaField, PatientMessages.KanaOnly), refused.Errors);
        Assert.Contains(new ValidationError(PatientMessages.BirthDateField, PatientMessages.BirthDateInFuture), refused.Errors);
        Assert.Equal(0, _clinic.Db.Patients.Count());
    }

    [Fact]
    public void Open_reads_back_everything_saved_including_insurance_and_public_coverages()
    {
        var patient = Some.Patient(phone: "03-1234-5678") with
        {
            PostalCode = "123-4567",
            Address = "東京都千代田区1-1",
            Occupation = "無職",
            Memo = "耳が遠い",
            Insurance = Some.Insurance(),
            PublicCoverages = [Some.PublicCoverage()],
        };

        var saved = _clinic.Db.Patients.Add(patient, _clinic.DoctorId);
        var opened = _clinic.Db.Patients.Open(saved.Id, _clinic.DoctorId)!;

        PatientAssert.Same(saved, opened);
        Assert.Equal(patient.PublicCoverages, opened.PublicCoverages);
    }

    [Fact]
    public void Open_is_audited_as_a_view_and_an_unknown_id_gives_null()
    {
        var saved = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);

        _clinic.Db.Patients.Open(saved.Id, _clinic.DoctorId);

        var view = _clinic.Db.Audit.Recent(1, saved.Id)[0];
        Assert.Equal((AuditAction.View, "patient", saved.Id, _clinic.DoctorId), (view.Action, view.Entity, view.EntityId, view.UserId));
        Assert.Null(_clinic.Db.Patients.Open(9999, _clinic.DoctorId));
    }

    [Fact]
    public void Update_raises_the_revision_and_keeps_the_earlier_values_in_history()
    {
        var saved = _clinic.Db.Patients.Add(Some.Patient() with { Insurance = Some.Insurance() }, _clinic.DoctorId);
        _clinic.Time.Advance(TimeSpan.FromDays(1));

        var first = _clinic.Db.Patients.Update(saved with { Phone = "090-1111-2222", Insurance = null }, _clinic.DoctorId);
        var second = _clinic.Db.Patients.Update(first with { Name = new PersonName("山田", "太朗") }, _clinic.DoctorId);

        Assert.Equal(3, second.Revision);
        var history = _clinic.Db.Patients.History(saved.Id);
        Assert.Equal([1, 2], history.Select(p => p.Revision));
        PatientAssert.Same(saved, history[0]);
        PatientAssert.Same(first, history[1]);
        PatientAssert.Same(second, _clinic.Db.Patients.Open(saved.Id, _clinic.DoctorId));
    }

    [Fact]
    public void Update_audits_the_changed_field_names_without_their_values()
    {
        var saved = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);

        _clinic.Db.Patients.Update(saved with { Phone = "090-1111-2222", Memo = "秘密のメモ" }, _clinic.DoctorId);

        var update = _clinic.Db.Audit.Recent(1, saved.Id)[0];
        Assert.Equal(AuditAction.Update, update.Action);
        Assert.Equal("revision=2;fields=Phone,Memo", update.Detail);
    }

    [Fact]
    public void Update_made_on_a_stale_revision_is_refused_and_changes_nothing()
    {
        var saved = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);
        _clinic.Db.Patients.Update(saved with { Memo = "先に保存" }, _clinic.DoctorId);

        var refused = Assert.Throws<StaleEditException>(
            () => _clinic.Db.Patients.Update(saved with { Memo = "古い画面から" }, _clinic.DoctorId));

        Assert.Equal(StorageMessages.StaleEdit, refused.Message);
        Assert.Equal("先に保存", _clinic.Db.Patients.Open(saved.Id, _clinic.DoctorId)!.Memo);
        Assert.Single(_clinic.Db.Patients.History(saved.Id));
    }

    [Fact]
    public void Update_with_an_empty_chart_number_keeps_the_old_one()
    {
        var saved = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId);

        var updated = _clinic.Db.Patients.Update(saved with { ChartNumber = string.Empty }, _clinic.DoctorId);

        Assert.Equal(saved.ChartNumber, updated.ChartNumber);
    }

    [Fact]
    public void FindIdByChartNumber_accepts_full_width_digits_and_is_not_audited()
    {
        var saved = _clinic.Db.Patients.Add(Some.Patient() with { ChartNumber = "123" }, _clinic.DoctorId);
        var auditRows = _clinic.Db.Audit.Verify().RowsChecked;

        Assert.Equal(saved.Id, _clinic.Db.Patients.FindIdByChartNumber("１２３"));
        Assert.Null(_clinic.Db.Patients.FindIdByChartNumber("999"));
        Assert.Equal(auditRows, _clinic.Db.Audit.Verify().RowsChecked);
    }
}
