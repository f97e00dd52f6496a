using TextEhr.App.Screens.Clinical;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Patients;
using TextEhr.Tui.Views;

namespace TextEhr.App.Tests.Screens.Clinical;

public sealed class LabViewModelTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 6, 15);
    private readonly ClinicalStoreFixture _clinic = new(Sex.Female);
    private readonly LabViewModel _model;

    public LabViewModelTests()
    {
        _model = new LabViewModel(_clinic.Database.Labs, _clinic.Patient.Id, _clinic.Doctor.Id, Today, Sex.Female);
    }

    [Fact]
    public void Results_above_and_below_the_range_are_marked_H_and_L()
    {
        Assert.True(_model.AddResult(new LabResultDraft("1", "7.2", "%", "4.6", "6.2", "R7.6.15")).Saved);
        Assert.True(_model.AddResult(new LabResultDraft("Hb", "10.9", "g/dL", "11.6", "14.8", "R7.6.15")).Saved);
        Assert.True(_model.AddResult(new LabResultDraft("Na", "140", "mmol/L", "138", "145", "R7.6.15")).Saved);

        var marks = _model.Results.ToDictionary(r => r.ItemName, LabViewModel.Mark, StringComparer.Ordinal);
        Assert.Equal("H", marks["HbA1c"]);
        Assert.Equal("L", marks["Hb"]);
        Assert.Equal(string.Empty, marks["Na"]);
    }

    [Fact]
    public void Common_items_are_found_by_number_or_alias_with_the_patients_range()
    {
        Assert.Equal("HbA1c", LabItems.Find("１")?.Name);
        Assert.Equal("LDL-C", LabItems.Find("ldl")?.Name);
        Assert.Equal("γ-GTP", LabItems.Find("GGT")?.Name);
        Assert.Null(LabItems.Find("99"));
        Assert.Equal(("g/dL", 11.6m, 14.8m), _model.Defaults("hb"));
        Assert.Equal(("mg/dL", 65m, 139m), _model.Defaults("LDL-C"));
    }

    [Fact]
    public void Correction_is_a_new_row_and_the_old_row_stays()
    {
        _model.AddResult(new LabResultDraft("LDL-C", "1450", "mg/dL", "65", "139", "R7.6.10"));
        var wrong = Assert.Single(_model.Results);

        var outcome = _model.Correct(wrong, new LabResultDraft("LDL-C", "145", "mg/dL", "65", "139", "R7.6.10"));

        Assert.True(outcome.Saved, outcome.Message);
        var current = Assert.Single(_clinic.Database.Labs.Results(_clinic.Patient.Id));
        Assert.Equal(("145", wrong.Id), (current.Value, current.SupersedesId!.Value));
        Assert.Equal(2, _clinic.CountRows("lab_results"));
        Assert.Equal(LabMessages.Unchanged, _model.Correct(current, new LabResultDraft("LDL-C", "145", "mg/dL", "65", "139", "R7.6.10")).Message);
    }

    [Fact]
    public void Trend_has_the_items_numeric_values_in_date_order()
    {
        _model.AddResult(new LabResultDraft("HbA1c", "6.8", "%", "", "", "R7.5.1"));
        _model.AddResult(new LabResultDraft("HbA1c", "7.4", "%", "", "", "R6.11.1"));
        _model.AddResult(new LabResultDraft("HbA1c", "溶血", "%", "", "", "R7.6.1"));
        _model.AddResult(new LabResultDraft("HbA1c", "7.0", "%", "", "", "R7.2.1"));
        _model.AddResult(new LabResultDraft("LDL-C", "150", "mg/dL", "", "", "R7.3.1"));

        var trend = _model.Trend("HbA1c");

        Assert.Equal(
            [new TrendPoint(new DateOnly(2024, 11, 1), 7.4), new TrendPoint(new DateOnly(2025, 2, 1), 7.0), new TrendPoint(new DateOnly(2025, 5, 1), 6.8)],
            trend);
    }

    [Fact]
    public void Wrong_boxes_are_refused_and_nothing_is_stored()
    {
        Assert.Equal(LabMessages.ValueRequired, _model.AddResult(new LabResultDraft("1", " ", "%", "", "", "R7.6.1")).Message);
        Assert.Equal(LabMessages.BoundFormat, _model.AddResult(new LabResultDraft("1", "6", "%", "abc", "", "R7.6.1")).Message);
        Assert.Equal(LabMessages.BoundsOrder, _model.AddResult(new LabResultDraft("1", "6", "%", "7", "5", "R7.6.1")).Message);
        Assert.Contains("今日", _model.AddResult(new LabResultDraft("1", "6", "%", "", "", "R7.6.20")).Message, StringComparison.Ordinal);
        Assert.Equal(0, _clinic.CountRows("lab_results"));
    }

    [Fact]
    public void An_order_lists_its_items_until_results_answer_them()
    {
        Assert.True(_model.Order("1 ldl、ALT", "R7.6.15").Saved);
        var order = Assert.Single(_model.Orders);
        Assert.Equal(["HbA1c", "LDL-C", "ALT"], order.Items, StringComparer.Ordinal);

        _model.AddResult(new LabResultDraft("LDL-C", "120", "mg/dL", "", "", "R7.6.15"), order.Id);

        Assert.Equal(["HbA1c", "ALT"], _model.Pending(order), StringComparer.Ordinal);
        Assert.Equal(order.Id, _clinic.Database.Labs.Results(_clinic.Patient.Id, "LDL-C")[0].OrderId);
        Assert.Equal(LabMessages.OrderItemsRequired, _model.Order(" 、 ", "R7.6.15").Message);
    }

    [Fact]
    public void Range_text_shows_missing_limits_as_open()
    {
        Assert.Equal("4.6-6.2", LabViewModel.Range(4.6m, 6.2m));
        Assert.Equal("-0.14", LabViewModel.Range(null, 0.14m));
        Assert.Equal("60-", LabViewModel.Range(60m, null));
        Assert.Equal(string.Empty, LabViewModel.Range(null, null));
        Assert.Equal(LabInterpretation.None, new LabResult { ItemName = "CRP", Value = "陰性", CollectedOn = Today, ReferenceHigh = 0.14m }.Interpretation);
    }

    public void Dispose() => _clinic.Dispose();
}
