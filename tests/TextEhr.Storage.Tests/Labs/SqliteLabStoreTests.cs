using TextEhr.Domain.Labs;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Labs;

public sealed class SqliteLabStoreTests : IDisposable
{
    private readonly TestClinic _clinic = new();
    private readonly long _patientId;

    public SqliteLabStoreTests()
    {
        _patientId = _clinic.Db.Patients.Add(Some.Patient(), _clinic.DoctorId).Id;
    }

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void An_order_keeps_its_items_and_results_refer_to_it()
    {
        var order = _clinic.Db.Labs.Order(new LabOrder { PatientId = _patientId, OrderedOn = new DateOnly(2025, 6, 2), Items = ["HbA1c", "LDL-C"] }, _clinic.DoctorId);
        var result = _clinic.Db.Labs.AddResult(HbA1c("6.8", new DateOnly(2025, 6, 3)) with { OrderId = order.Id }, _clinic.DoctorId);

        Assert.Equal(["HbA1c", "LDL-C"], Assert.Single(_clinic.Db.Labs.Orders(_patientId)).Items);
        Assert.Equal(order.Id, result.OrderId);
        Assert.Equal(LabInterpretation.High, Assert.Single(_clinic.Db.Labs.Results(_patientId)).Interpretation);
    }

    [Fact]
    public void Results_are_newest_first_and_filtered_by_item()
    {
        _clinic.Db.Labs.AddResult(HbA1c("6.1", new DateOnly(2025, 1, 1)), _clinic.DoctorId);
        _clinic.Db.Labs.AddResult(HbA1c("6.4", new DateOnly(2025, 4, 1)), _clinic.DoctorId);
        _clinic.Db.Labs.AddResult(HbA1c("6.1", new DateOnly(2025, 2, 1)) with { ItemName = "LDL-C", Value = "120" }, _clinic.DoctorId);

        Assert.Equal(["6.4", "6.1"], _clinic.Db.Labs.Results(_patientId, "HbA1c").Select(r => r.Value), StringComparer.Ordinal);
        Assert.Equal(3, _clinic.Db.Labs.Results(_patientId).Count);
    }

    [Fact]
    public void A_correction_supersedes_the_wrong_value_once()
    {
        var wrong = _clinic.Db.Labs.AddResult(HbA1c("61", new DateOnly(2025, 6, 3)), _clinic.DoctorId);

        var corrected = _clinic.Db.Labs.Correct(wrong.Id, HbA1c("6.1", new DateOnly(2025, 6, 3)), _clinic.DoctorId);

        Assert.Equal(wrong.Id, corrected.SupersedesId);
        Assert.Equal("6.1", Assert.Single(_clinic.Db.Labs.Results(_patientId)).Value);
        Assert.Throws<ValidationException>(() => _clinic.Db.Labs.Correct(wrong.Id, HbA1c("6.2", new DateOnly(2025, 6, 3)), _clinic.DoctorId));
    }

    private LabResult HbA1c(string value, DateOnly collectedOn) => new()
    {
        PatientId = _patientId,
        ItemName = "HbA1c",
        Value = value,
        Unit = "%",
        ReferenceLow = 4.6m,
        ReferenceHigh = 6.2m,
        CollectedOn = collectedOn,
    };
}
