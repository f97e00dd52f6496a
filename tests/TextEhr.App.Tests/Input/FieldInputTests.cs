using TextEhr.App.Input;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Tests.Input;

public sealed class FieldInputTests
{
    [Theory]
    [InlineData("男", Sex.Male)]
    [InlineData("m", Sex.Male)]
    [InlineData("１", Sex.Male)]
    [InlineData("女性", Sex.Female)]
    [InlineData("F", Sex.Female)]
    [InlineData("2", Sex.Female)]
    public void Sex_reads_words_letters_and_codes(string typed, Sex expected) =>
        Assert.Equal(expected, SexInput.Parse(typed).Value);

    [Theory]
    [InlineData("-1")]
    [InlineData("－１")]
    [InlineData("ー5")]
    public void A_negative_whole_number_is_refused_not_read_without_its_sign(string typed)
    {
        var parsed = WholeNumberInput.Parse(typed, 0, 240);
        Assert.False(parsed.IsSuccess);
        Assert.Equal(InputMessages.WholeNumber(typed, 0, 240), parsed.Error);
    }

    [Theory]
    [InlineData("１０", 10)]
    [InlineData(" 1 0 ", 10)]
    [InlineData("-3", -3)]
    public void Whole_numbers_read_full_width_spaced_and_signed(string typed, int expected) =>
        Assert.Equal(expected, WholeNumberInput.Parse(typed, -10, 240).Value);

    [Theory]
    [InlineData("03-1234-5678", "03-1234-5678")]
    [InlineData("０９０ー１２３４ー５６７８", "090-1234-5678")]
    [InlineData("(03)1234-5678", "(03)1234-5678")]
    [InlineData("", "")]
    public void Phone_keeps_its_grouping_in_half_width(string typed, string expected) =>
        Assert.Equal(expected, PhoneInput.Parse(typed).Value);

    [Theory]
    [InlineData("1234567", "123-4567")]
    [InlineData("〒１２３－４５６７", "123-4567")]
    public void Postal_code_is_stored_with_a_hyphen(string typed, string expected) =>
        Assert.Equal(expected, PostalCodeInput.Parse(typed).Value);

    [Theory]
    [InlineData("130/80", 130, 80)]
    [InlineData("１３０／８０", 130, 80)]
    [InlineData("130-80mmHg", 130, 80)]
    public void Blood_pressure_reads_both_numbers(string typed, int systolic, int diastolic)
    {
        var pressure = BloodPressureInput.Parse(typed).Value!;

        Assert.Equal(systolic, pressure.Systolic);
        Assert.Equal(diastolic, pressure.Diastolic);
    }

    [Fact]
    public void Prescription_reads_an_rp_in_days()
    {
        var group = PrescriptionInput.Parse("アムロジピン錠5mg:1:錠:1日1回朝食後:28日").Value!;

        var item = Assert.Single(group.Items);
        Assert.Equal("アムロジピン錠5mg", item.DrugName);
        Assert.Equal(1m, item.Dose);
        Assert.Equal("錠", item.Unit);
        Assert.Equal("1日1回朝食後", group.Usage);
        Assert.Equal(28, group.Duration);
        Assert.Equal(DurationUnit.Days, group.DurationUnit);
    }

    [Fact]
    public void Prescription_in_times_is_as_needed()
    {
        var group = PrescriptionInput.Parse("カロナール錠200：1：錠：疼痛時：５回").Value!;

        Assert.Equal(DurationUnit.Times, group.DurationUnit);
        Assert.Equal(DosageForm.AsNeeded, group.Form);
        Assert.Equal(5, group.Duration);
    }

    [Fact]
    public void Allergy_reads_category_substance_reaction_and_verification()
    {
        var allergy = AllergyInput.Parse("その他:卵:じんましん:自己申告").Value!;

        Assert.Equal(AllergyCategory.Other, allergy.Category);
        Assert.Equal("卵", allergy.Substance);
        Assert.Equal("じんましん", allergy.Reaction);
        Assert.Equal(AllergyVerification.SelfReported, allergy.Verification);
    }

    [Fact]
    public void Public_coverage_reads_numbers_and_validity()
    {
        var coverage = PublicCoverageInput.Parse("21136015:1234566:R7.4.1:R8.3.31").Value!;

        Assert.Equal("21136015", coverage.PayerNumber);
        Assert.Equal("1234566", coverage.RecipientNumber);
        Assert.Equal(new DateOnly(2025, 4, 1), coverage.ValidFrom);
        Assert.Equal(new DateOnly(2026, 3, 31), coverage.ValidTo);
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("3割", 3)]
    [InlineData("１割", 1)]
    public void Copay_reads_tenths(string typed, int expected) =>
        Assert.Equal(expected, CopayInput.ParseCardRate(typed).Value);

    [Theory]
    [InlineData("社保", InsuranceKind.Employee)]
    [InlineData("国保", InsuranceKind.National)]
    [InlineData("後期", InsuranceKind.LateElderly)]
    [InlineData("6", InsuranceKind.SelfPay)]
    public void Insurance_kind_reads_words_and_codes(string typed, InsuranceKind expected) =>
        Assert.Equal(expected, InsuranceKindInput.Parse(typed).Value);

    [Theory]
    [InlineData("36.8", 36.8)]
    [InlineData("36.8℃", 36.8)]
    [InlineData("３６．８", 36.8)]
    public void Temperature_accepts_its_unit_and_full_width(string typed, double expected) =>
        Assert.Equal((decimal)expected, MeasurementInput.ParseDecimal(typed, 30m, 45m, "℃").Value);
}
