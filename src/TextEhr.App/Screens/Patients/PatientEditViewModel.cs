using TextEhr.App.Input;
using TextEhr.App.Ui;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Validation;
using TextEhr.Storage;

namespace TextEhr.App.Screens.Patients;

/// <summary>
/// 患者登録 and 変更: the text of every box, checked when a box is left and all together at F12, and the
/// allergy list. Saving adds or updates the patient (the store versions and audits it), then writes the
/// allergy changes. Nothing typed is dropped when saving fails.
/// </summary>
public sealed class PatientEditViewModel
{
    private readonly ClinicServices _services;
    private readonly long _userId;
    private readonly Dictionary<PatientField, string> _texts = [];
    private Dictionary<PatientField, string> _loaded = [];

    public PatientEditViewModel(ClinicServices services, long userId, DateOnly today, long? patientId)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _userId = userId;
        Today = today;
        foreach (var field in Enum.GetValues<PatientField>())
        {
            _texts[field] = string.Empty;
        }

        _texts[PatientField.Relationship] = "本人";
        _texts[PatientField.AllergyCategory] = "薬剤";
        if (patientId is { } id)
        {
            Original = services.Patients.Open(id, userId);
            IsMissing = Original is null;
            if (Original is not null)
            {
                PatientFormWriter.Write(Original, _texts);
                Allergies.Load(services.Allergies.ForPatient(id));
            }
        }

        _loaded = new Dictionary<PatientField, string>(_texts);
    }

    public DateOnly Today { get; }

    /// <summary>The record as loaded or last saved; null while registering.</summary>
    public Patient? Original { get; private set; }

    public bool IsNew => Original is null;

    /// <summary>The patient asked for is not in the store.</summary>
    public bool IsMissing { get; }

    public PatientAllergyList Allergies { get; } = new();

    /// <summary>The problems found at the last F12, in box order.</summary>
    public IReadOnlyList<PatientFieldError> Errors { get; private set; } = [];

    public bool IsDirty => Allergies.HasChanges || _texts.Any(pair => !string.Equals(pair.Value, _loaded[pair.Key], StringComparison.Ordinal));

    public string this[PatientField field]
    {
        get => _texts[field];
        set => _texts[field] = value ?? string.Empty;
    }

    /// <summary>
    /// Checks the box being left; a valid 保険者番号 with no 種別 chosen sets the 種別 it implies.
    /// </summary>
    public string? Leave(PatientField field)
    {
        var error = PatientFormReader.Check(field, Text, Today);
        if (error is null && field == PatientField.InsurerNumber && PatientFormReader.IsNoInsurance(this[PatientField.InsuranceKind])
            && InsurerNumber.Parse(this[PatientField.InsurerNumber]) is { IsSuccess: true } insurer)
        {
            this[PatientField.InsuranceKind] = PatientFormReader.KindOf(insurer.Value!);
        }

        return error;
    }

    /// <summary><c>昭和50年3月1日 (1975-03-01) 満50歳</c> once the 生年月日 reads, else empty.</summary>
    public string BirthText =>
        DateInput.ParseNotAfter(this[PatientField.BirthDate], Today) is { IsSuccess: true } birth ? DescribeBirth(birth.Value, Today) : string.Empty;

    /// <summary>The 負担割合 age and card give, why, and a warning when the one typed differs.</summary>
    public string CopayText
    {
        get
        {
            if (DateInput.ParseNotAfter(this[PatientField.BirthDate], Today) is not { IsSuccess: true } birth
                || InsuranceKindInput.Parse(this[PatientField.InsuranceKind]) is not { IsSuccess: true } kind
                || kind.Value == InsuranceKind.SelfPay)
            {
                return string.Empty;
            }

            var card = CopayInput.ParseCardRate(this[PatientField.CardCopay]);
            var derived = CopayRateCalculator.Derive(birth.Value, Today, card.IsSuccess ? card.Value : null);
            var typed = CopayInput.ParseOverride(this[PatientField.CopayOverride]);
            var effective = CopayRateCalculator.Effective(derived, typed.IsSuccess ? CopayRate.FromTenths(typed.Value) : null);
            var text = PatientScreenMessages.CopayDerived(derived.Rate.ToString(), derived.Reason);
            return effective.Warning is { } warning ? $"{text} {PatientScreenMessages.CopayWarning(warning)}" : text;
        }
    }

    public static string DescribeBirth(DateOnly birth, DateOnly today) =>
        $"{JapaneseDateFormatter.FormatWareki(birth)} ({JapaneseDateFormatter.FormatIso(birth)}) "
        + PatientScreenMessages.Age(PatientSearchRows.AgeText(birth, today));

    /// <summary>Adds the allergy in the three allergy boxes to the list (saved at F12); the message for the status line.</summary>
    public (bool Added, string Message) AddAllergy()
    {
        var substance = this[PatientField.AllergySubstance].Trim();
        if (substance.Length == 0)
        {
            return (false, PatientScreenMessages.AllergySubstanceNeeded);
        }

        Allergies.Add(new Allergy
        {
            Category = string.Equals(this[PatientField.AllergyCategory], "その他", StringComparison.Ordinal) ? AllergyCategory.Other : AllergyCategory.Drug,
            Substance = substance,
            Reaction = this[PatientField.AllergyReaction].Trim(),
        });
        this[PatientField.AllergySubstance] = string.Empty;
        this[PatientField.AllergyReaction] = string.Empty;
        return (true, PatientScreenMessages.AllergyAdded(substance));
    }

    /// <summary>F12: checks every box, then adds or updates the patient and writes the allergy changes.</summary>
    public PatientSaveOutcome Save()
    {
        if (IsMissing)
        {
            // Saving would register a stranger under a new number instead of the record asked for.
            return new PatientSaveOutcome(null, [], PatientScreenMessages.PatientMissing);
        }

        var errors = new List<PatientFieldError>();
        if (this[PatientField.AllergySubstance].Trim().Length > 0)
        {
            AddAllergy();
        }

        var patient = PatientFormReader.Read(Text, Original, Today, errors);
        Errors = errors;
        if (errors.Count > 0)
        {
            return new PatientSaveOutcome(null, errors, PatientScreenMessages.FixErrors(errors.Count));
        }

        try
        {
            var saved = Original is null ? _services.Patients.Add(patient, _userId)
                : PatientFormWriter.SameRecord(patient, Original) ? Original
                : _services.Patients.Update(patient, _userId);
            Original = saved;
            Allergies.Save(_services.Allergies, saved.Id, _userId);
            _loaded = new Dictionary<PatientField, string>(_texts);
            return new PatientSaveOutcome(saved, [], null);
        }
        catch (ValidationException ex)
        {
            Errors = [.. ex.Errors.Select(error => new PatientFieldError(PatientField.Name, error.ToString()))];
            return new PatientSaveOutcome(null, Errors, string.Join(" ", ex.Errors));
        }
        catch (StaleEditException)
        {
            return new PatientSaveOutcome(null, [], PatientScreenMessages.StaleEdit);
        }
        catch (DatabaseBusyException)
        {
            return new PatientSaveOutcome(null, [], PatientScreenMessages.Busy);
        }
    }

    private string Text(PatientField field) => _texts[field];
}
