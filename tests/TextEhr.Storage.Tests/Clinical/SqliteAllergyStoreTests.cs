using TextEhr.Domain.Clinical;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Clinical;

public sealed class SqliteAllergyStoreTests : IDisposable
{
    private readonly TestClinic _clinic = new();
    private readonly long _patientId;

    public SqliteAllergyStoreTests()
    {
        _patientId = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId).Id;
    }

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Add_records_who_and_when_and_ForPatient_lists_it()
    {
        var added = _clinic.Db.Allergies.Add(Penicillin(), _clinic.DoctorId);

        var listed = Assert.Single(_clinic.Db.Allergies.ForPatient(_patientId));
        Assert.Equal(added, listed);
        Assert.Equal((_clinic.DoctorId, _clinic.Time.GetUtcNow()), (listed.RecordedById, listed.RecordedAt));
        Assert.Equal(AllergyVerification.SelfReported, listed.Verification);
    }

    [Fact]
    public void A_voided_allergy_leaves_the_list_and_cannot_be_voided_twice()
    {
        var added = _clinic.Db.Allergies.Add(Penicillin(), _clinic.DoctorId);

        Assert.Throws<ValidationException>(() => _clinic.Db.Allergies.Void(added.Id, "", _clinic.DoctorId));
        _clinic.Db.Allergies.Void(added.Id, "誤登録", _clinic.DoctorId);

        Assert.Empty(_clinic.Db.Allergies.ForPatient(_patientId));
        var twice = Assert.Throws<ValidationException>(() => _clinic.Db.Allergies.Void(added.Id, "誤登録", _clinic.DoctorId));
        Assert.Equal(new ValidationError(StorageMessages.RecordField, StorageMessages.AlreadyVoided), Assert.Single(twice.Errors));
    }

    [Fact]
    public void A_substance_is_required()
    {
        var refused = Assert.Throws<ValidationException>(() => _clinic.Db.Allergies.Add(Penicillin() with { Substance = " " }, _clinic.DoctorId));

        Assert.Equal(StorageMessages.SubstanceField, Assert.Single(refused.Errors).Field);
    }

    private Allergy Penicillin() => new()
    {
        PatientId = _patientId,
        Category = AllergyCategory.Drug,
        Substance = "ペニシリン",
        Reaction = "発疹",
        Verification = AllergyVerification.SelfReported,
    };
}
