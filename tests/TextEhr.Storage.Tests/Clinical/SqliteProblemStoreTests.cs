using TextEhr.Domain.Clinical;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Clinical;

public sealed class SqliteProblemStoreTests : IDisposable
{
    private readonly TestClinic _clinic = new();
    private readonly long _patientId;

    public SqliteProblemStoreTests()
    {
        _patientId = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId).Id;
    }

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Revise_adds_a_row_that_supersedes_the_old_one_which_leaves_the_current_list()
    {
        var suspected = _clinic.Db.Problems.Add(Hypertension() with { IsSuspected = true }, _clinic.DoctorId);

        var confirmed = _clinic.Db.Problems.Revise(suspected.Id, Hypertension(), _clinic.DoctorId);

        Assert.Equal(suspected.Id, confirmed.SupersedesId);
        Assert.Equal(confirmed, Assert.Single(_clinic.Db.Problems.ForPatient(_patientId)));
        var refused = Assert.Throws<ValidationException>(() => _clinic.Db.Problems.Revise(suspected.Id, Hypertension(), _clinic.DoctorId));
        Assert.Equal(new ValidationError(StorageMessages.RecordField, StorageMessages.AlreadyRevised), Assert.Single(refused.Errors));
    }

    [Fact]
    public void Voiding_a_revision_brings_back_the_row_it_replaced()
    {
        var first = _clinic.Db.Problems.Add(Hypertension(), _clinic.DoctorId);
        var revision = _clinic.Db.Problems.Revise(first.Id, Hypertension() with { IsPrimary = true }, _clinic.DoctorId);

        _clinic.Db.Problems.Void(revision.Id, "誤って主病名にした", _clinic.DoctorId);

        Assert.Equal(first, Assert.Single(_clinic.Db.Problems.ForPatient(_patientId)));
    }

    [Fact]
    public void An_outcome_other_than_continuing_needs_its_date()
    {
        var refused = Assert.Throws<ValidationException>(
            () => _clinic.Db.Problems.Add(Hypertension() with { Outcome = ProblemOutcome.Cured }, _clinic.DoctorId));

        Assert.Equal(StorageMessages.OutcomeDateField, Assert.Single(refused.Errors).Field);
    }

    private Problem Hypertension() => new()
    {
        PatientId = _patientId,
        Name = "高血圧症",
        Icd10 = "I10",
        OnsetDate = new DateOnly(2020, 4, 1),
    };
}
