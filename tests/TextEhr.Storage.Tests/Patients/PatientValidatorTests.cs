using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Patients;

/// <summary>
/// TextEhr.Domain.Patients.PatientValidator, which the stores call before saving. Kept here until the
/// Domain test project takes it over.
/// </summary>
public sealed class PatientValidatorTests
{
    private static readonly DateOnly Today = new(2025, 6, 2);

    [Fact]
    public void A_complete_valid_patient_has_no_errors()
    {
        var patient = Some.Patient(phone: "03-1234-5678") with
        {
            PostalCode = "１２３－４５６７",
            Insurance = Some.Insurance(),
            PublicCoverages = [Some.PublicCoverage(), Some.PublicCoverage() with { RecipientNumber = string.Empty }],
        };

        Assert.Empty(PatientValidator.Validate(patient, Today));
    }

    [Fact]
    public void Family_names_are_required_in_kanji_and_kana()
    {
        var errors = PatientValidator.Validate(Some.Patient(family: "", familyKana: " "), Today);

        Assert.Equal(
            [
                new ValidationError(PatientMessages.NameField, PatientMessages.FamilyNameRequired),
                new ValidationError(PatientMessages.KanaField, PatientMessages.FamilyKanaRequired),
            ],
            errors);
    }

    [Theory]
    [InlineData("やまだ", "たろう", true)]
    [InlineData("ﾔﾏﾀﾞ", "", true)]
    [InlineData("ヤマダ", "太郎", false)]
    [InlineData("Yamada", "タロウ", false)]
    public void Kana_fields_must_be_kana(string familyKana, string givenKana, bool valid)
    {
        var errors = PatientValidator.Validate(Some.Patient(familyKana: familyKana, givenKana: givenKana), Today);

        Assert.Equal(valid, !errors.Contains(new ValidationError(PatientMessages.KanaField, PatientMessages.KanaOnly)));
    }

    [Theory]
    [InlineData("2025-06-02", null)]
    [InlineData("2025-06-03", "future")]
    [InlineData("1868-01-25", null)]
    [InlineData("1868-01-24", "early")]
    public void The_birth_date_is_not_in_the_future_nor_before_meiji(string birth, string? problem)
    {
        var patient = Some.Patient(birth: DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture));

        var errors = PatientValidator.Validate(patient, Today);

        var expected = problem switch
        {
            "future" => [new ValidationError(PatientMessages.BirthDateField, PatientMessages.BirthDateInFuture)],
            "early" => [new ValidationError(PatientMessages.BirthDateField, PatientMessages.BirthDateTooEarly)],
            _ => Array.Empty<ValidationError>(),
        };
        Assert.Equal(expected, errors);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("03-1234-5678", true)]
    [InlineData("(090)1234-5678", true)]
    [InlineData("03-1234-567", false)]
    [InlineData("090-1234-56789", false)]
    [InlineData("03-1234-567X", false)]
    public void A_phone_number_has_10_or_11_digits(string phone, bool valid)
    {
        var errors = PatientValidator.Validate(Some.Patient(phone: phone), Today);

        Assert.Equal(valid, errors.Count == 0);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("1234567", true)]
    [InlineData("123-4567", true)]
    [InlineData("123-456", false)]
    public void A_postal_code_has_7_digits(string postalCode, bool valid)
    {
        var errors = PatientValidator.Validate(Some.Patient() with { PostalCode = postalCode }, Today);

        Assert.Equal(valid, errors.Count == 0);
    }

    [Fact]
    public void The_insurer_number_is_checked_with_its_check_digit()
    {
        var patient = Some.Patient() with { Insurance = Some.Insurance() with { InsurerNumber = "06132014" } };

        var error = Assert.Single(PatientValidator.Validate(patient, Today));

        Assert.Equal(new ValidationError(PatientMessages.InsurerNumberField, InsuranceMessages.InsurerNumberCheckDigit), error);
    }

    [Fact]
    public void Self_pay_needs_no_insurer_number()
    {
        var patient = Some.Patient() with { Insurance = new Coverage { Kind = InsuranceKind.SelfPay } };

        Assert.Empty(PatientValidator.Validate(patient, Today));
    }

    [Fact]
    public void Late_elderly_insurance_needs_a_number_starting_39()
    {
        var patient = Some.Patient() with { Insurance = Some.Insurance() with { Kind = InsuranceKind.LateElderly } };

        Assert.Equal(
            new ValidationError(PatientMessages.InsurerNumberField, PatientMessages.LateElderlyNeeds39),
            Assert.Single(PatientValidator.Validate(patient, Today)));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("05", true)]
    [InlineData("5", false)]
    [InlineData("0a", false)]
    public void The_branch_number_is_two_digits_or_empty(string branch, bool valid)
    {
        var patient = Some.Patient() with { Insurance = Some.Insurance() with { BranchNumber = branch } };

        Assert.Equal(valid, PatientValidator.Validate(patient, Today).Count == 0);
    }

    [Fact]
    public void Validity_must_not_end_before_it_starts()
    {
        var patient = Some.Patient() with
        {
            Insurance = Some.Insurance() with { ValidFrom = new DateOnly(2025, 4, 1), ValidTo = new DateOnly(2025, 3, 31) },
        };

        Assert.Equal(
            new ValidationError(PatientMessages.CoverageValidityField, PatientMessages.ValidToBeforeValidFrom),
            Assert.Single(PatientValidator.Validate(patient, Today)));
    }

    [Fact]
    public void At_most_three_public_coverages_each_with_valid_numbers()
    {
        var patient = Some.Patient() with
        {
            PublicCoverages =
            [
                Some.PublicCoverage(),
                Some.PublicCoverage() with { PayerNumber = WrongCheckDigit("5413101") },
                Some.PublicCoverage() with { RecipientNumber = "123456" },
                Some.PublicCoverage(),
            ],
        };

        var errors = PatientValidator.Validate(patient, Today);

        Assert.Equal(
            [
                new ValidationError(PatientMessages.PublicCoverageField, PatientMessages.TooManyPublicCoverages),
                new ValidationError(PatientMessages.PublicCoverageLabel(2), InsuranceMessages.PublicPayerNumberCheckDigit),
                new ValidationError(PatientMessages.PublicCoverageLabel(3), InsuranceMessages.RecipientNumberLength(6)),
            ],
            errors);
    }

    private static string WrongCheckDigit(string dataDigits) =>
        dataDigits + ((CheckDigit.Compute(dataDigits) + 1) % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
