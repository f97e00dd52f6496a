using System.Text;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Insurance;
using TextEhr.Domain.Text;
using TextEhr.Domain.Validation;

namespace TextEhr.Domain.Patients;

/// <summary>
/// The rules a patient record must keep before it is saved. Pure: every problem is returned (with its
/// Japanese field label), none thrown, so a form can mark all fields at once.
/// </summary>
public static class PatientValidator
{
    private const int MaxPublicCoverages = 3;
    private const int MaxChartNumberDigits = 10;

    public static IReadOnlyList<ValidationError> Validate(Patient patient, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var errors = new List<ValidationError>();
        CheckNames(patient, errors);
        CheckIdentity(patient, today, errors);
        CheckContact(patient, errors);
        if (patient.Insurance is { } coverage)
        {
            CheckCoverage(coverage, errors);
        }

        CheckPublicCoverages(patient.PublicCoverages, errors);
        return errors;
    }

    private static void CheckNames(Patient patient, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(patient.Name.Family))
        {
            errors.Add(new ValidationError(PatientMessages.NameField, PatientMessages.FamilyNameRequired));
        }

        if (string.IsNullOrWhiteSpace(patient.KanaName.Family))
        {
            errors.Add(new ValidationError(PatientMessages.KanaField, PatientMessages.FamilyKanaRequired));
        }
        else if (!KanaNormalizer.IsKana(patient.KanaName.Family)
            || (!string.IsNullOrWhiteSpace(patient.KanaName.Given) && !KanaNormalizer.IsKana(patient.KanaName.Given)))
        {
            errors.Add(new ValidationError(PatientMessages.KanaField, PatientMessages.KanaOnly));
        }
    }

    private static void CheckIdentity(Patient patient, DateOnly today, List<ValidationError> errors)
    {
        var chartNumber = patient.ChartNumber.Normalize(NormalizationForm.FormKC);
        if (chartNumber.Length > 0
            && (chartNumber.Length > MaxChartNumberDigits || !chartNumber.All(char.IsAsciiDigit)))
        {
            errors.Add(new ValidationError(PatientMessages.ChartNumberField, PatientMessages.ChartNumberDigits));
        }

        if (!Enum.IsDefined(patient.Sex))
        {
            errors.Add(new ValidationError(PatientMessages.SexField, PatientMessages.SexUnknown));
        }

        if (patient.BirthDate > today)
        {
            errors.Add(new ValidationError(PatientMessages.BirthDateField, PatientMessages.BirthDateInFuture));
        }
        else if (patient.BirthDate < JapaneseEra.Meiji.FirstDay)
        {
            errors.Add(new ValidationError(PatientMessages.BirthDateField, PatientMessages.BirthDateTooEarly));
        }
    }

    private static void CheckContact(Patient patient, List<ValidationError> errors)
    {
        if (!IsDigitsInGroups(patient.Phone, 10, 11))
        {
            errors.Add(new ValidationError(PatientMessages.PhoneField, PatientMessages.PhoneDigits));
        }

        if (!IsDigitsInGroups(patient.PostalCode, 7, 7))
        {
            errors.Add(new ValidationError(PatientMessages.PostalCodeField, PatientMessages.PostalCodeDigits));
        }
    }

    private static void CheckCoverage(Coverage coverage, List<ValidationError> errors)
    {
        if (!Enum.IsDefined(coverage.Kind))
        {
            errors.Add(new ValidationError(PatientMessages.InsuranceKindField, PatientMessages.InsuranceKindUnknown));
        }
        else if (NeedsInsurerNumber(coverage.Kind) || coverage.InsurerNumber.Length > 0)
        {
            var insurer = InsurerNumber.Parse(coverage.InsurerNumber);
            if (!insurer.IsSuccess)
            {
                errors.Add(new ValidationError(PatientMessages.InsurerNumberField, insurer.Error!));
            }
            else if ((coverage.Kind == InsuranceKind.LateElderly) != insurer.Value!.IsLateElderly)
            {
                errors.Add(new ValidationError(PatientMessages.InsurerNumberField, PatientMessages.LateElderlyNeeds39));
            }
        }

        var branch = coverage.BranchNumber.Normalize(NormalizationForm.FormKC);
        if (branch.Length > 0 && (branch.Length != 2 || !branch.All(char.IsAsciiDigit)))
        {
            errors.Add(new ValidationError(PatientMessages.BranchNumberField, PatientMessages.BranchNumberDigits));
        }

        if (coverage.ValidFrom > coverage.ValidTo)
        {
            errors.Add(new ValidationError(PatientMessages.CoverageValidityField, PatientMessages.ValidToBeforeValidFrom));
        }
    }

    private static void CheckPublicCoverages(IReadOnlyList<PublicCoverage> coverages, List<ValidationError> errors)
    {
        if (coverages.Count > MaxPublicCoverages)
        {
            errors.Add(new ValidationError(PatientMessages.PublicCoverageField, PatientMessages.TooManyPublicCoverages));
        }

        for (var i = 0; i < coverages.Count; i++)
        {
            var label = PatientMessages.PublicCoverageLabel(i + 1);
            var coverage = coverages[i];
            var payer = PublicPayerNumber.Parse(coverage.PayerNumber);
            if (!payer.IsSuccess)
            {
                errors.Add(new ValidationError(label, payer.Error!));
            }

            // 地方単独 programmes issue recipient numbers without a 検証番号, so only the length is enforced.
            if (coverage.RecipientNumber.Length > 0
                && RecipientNumber.ParseWithoutCheckDigit(coverage.RecipientNumber) is { IsSuccess: false } recipient)
            {
                errors.Add(new ValidationError(label, recipient.Error!));
            }

            if (coverage.ValidFrom > coverage.ValidTo)
            {
                errors.Add(new ValidationError(label, PatientMessages.ValidToBeforeValidFrom));
            }
        }
    }

    // 労災, 自賠責, 公害 and 自費 have no 保険者番号 in the 6/8-digit scheme.
    private static bool NeedsInsurerNumber(InsuranceKind kind) =>
        kind is InsuranceKind.Employee or InsuranceKind.National or InsuranceKind.LateElderly;

    /// <summary>Empty, or digits (any width) in groups split by hyphens, brackets or spaces, with an allowed count.</summary>
    private static bool IsDigitsInGroups(string text, int minDigits, int maxDigits)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC);
        foreach (var c in normalized)
        {
            if (!char.IsAsciiDigit(c) && !char.IsWhiteSpace(c) && c is not ('-' or 'ー' or '−' or '‐' or '(' or ')'))
            {
                return false;
            }
        }

        var digits = KanaNormalizer.DigitsOnly(normalized).Length;
        return digits >= minDigits && digits <= maxDigits;
    }
}
