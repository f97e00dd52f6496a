using TextEhr.App.Input;
using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Screens.Patients;

/// <summary>
/// Reads the boxes of 患者登録 with the command line's parsers, so both say the same thing: one box when
/// it is left, all of them into a <see cref="Patient"/> at F12. Pure: errors are returned, never thrown.
/// </summary>
internal static class PatientFormReader
{
    /// <summary>The error of one box as typed, or null. Empty optional boxes are fine here; F12 decides what is missing.</summary>
    public static string? Check(PatientField field, Func<PatientField, string> text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = text(field).Trim();
        return field switch
        {
            PatientField.Name => PersonNameInput.ParseName(typed).Error,
            PatientField.Kana => PersonNameInput.ParseKana(typed).Error,
            PatientField.Sex => typed.Length == 0 ? PatientMessages.SexUnknown : SexInput.Parse(typed).Error,
            PatientField.BirthDate => DateInput.ParseNotAfter(typed, today).Error,
            PatientField.PostalCode => PostalCodeInput.Parse(typed).Error,
            PatientField.Phone => PhoneInput.Parse(typed).Error,
            PatientField.InsuranceKind => IsNoInsurance(typed) ? null : InsuranceKindInput.Parse(typed).Error,
            PatientField.InsurerNumber => CheckInsurer(typed, text(PatientField.InsuranceKind)),
            PatientField.CardSymbol or PatientField.CardNumber => CardTextInput.Parse(typed).Error,
            PatientField.BranchNumber => BranchNumberInput.Parse(typed).Error,
            PatientField.Relationship => typed.Length == 0 ? null : RelationInput.Parse(typed).Error,
            PatientField.ValidFrom or PatientField.ValidTo or PatientField.Public1From or PatientField.Public1To
                or PatientField.Public2From or PatientField.Public2To => typed.Length == 0 ? null : DateInput.Parse(typed).Error,
            PatientField.CardCopay => typed.Length == 0 ? null : CopayInput.ParseCardRate(typed).Error,
            PatientField.CopayOverride => typed.Length == 0 ? null : CopayInput.ParseOverride(typed).Error,
            PatientField.Public1Payer or PatientField.Public2Payer => typed.Length == 0 ? null : PublicPayerNumber.Parse(typed).Error,
            PatientField.Public1Recipient => CheckRecipient(typed, text(PatientField.Public1Payer)),
            PatientField.Public2Recipient => CheckRecipient(typed, text(PatientField.Public2Payer)),
            _ => null,
        };
    }

    /// <summary>
    /// The patient the boxes describe, laid over <paramref name="original"/> (its id, 患者番号, revision and
    /// any third 公費 are kept), with every box's problem and then the domain validator's, one per box.
    /// </summary>
    public static Patient Read(Func<PatientField, string> text, Patient? original, DateOnly today, List<PatientFieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var field in Enum.GetValues<PatientField>())
        {
            if (Check(field, text, today) is { } error)
            {
                errors.Add(new PatientFieldError(field, error));
            }
        }

        string Typed(PatientField field) => text(field).Trim();
        var blank = new PersonName(string.Empty, string.Empty);
        var patient = (original ?? new Patient { Name = blank, KanaName = blank, Sex = default, BirthDate = today }) with
        {
            Name = PersonNameInput.ParseName(Typed(PatientField.Name)).Value ?? blank,
            KanaName = PersonNameInput.ParseKana(Typed(PatientField.Kana)).Value ?? blank,
            Sex = SexInput.Parse(Typed(PatientField.Sex)) is { IsSuccess: true } sex ? sex.Value : default,
            BirthDate = DateInput.ParseNotAfter(Typed(PatientField.BirthDate), today) is { IsSuccess: true } birth ? birth.Value : today,
            PostalCode = PostalCodeInput.Parse(Typed(PatientField.PostalCode)).Value ?? string.Empty,
            Address = Typed(PatientField.Address),
            Phone = PhoneInput.Parse(Typed(PatientField.Phone)).Value ?? string.Empty,
            Occupation = Typed(PatientField.Occupation),
            Memo = Typed(PatientField.Memo),
            Insurance = PatientCoverageReader.Read(Typed, errors),
            PublicCoverages = [.. PatientCoverageReader.ReadPublic(Typed, errors), .. (original?.PublicCoverages ?? []).Skip(2)],
        };
        foreach (var error in PatientValidator.Validate(patient, today))
        {
            var field = FieldOf(error.Field);
            if (!errors.Exists(known => known.Field == field))
            {
                errors.Add(new PatientFieldError(field, error.Message));
            }
        }

        errors.Sort((a, b) => a.Field.CompareTo(b.Field));
        return patient;
    }

    /// <summary>The 保険種別 a 保険者番号 implies: 39… 後期高齢者, 6 digits 国保, else 社保.</summary>
    public static string KindOf(InsurerNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return number.IsLateElderly ? "後期" : number.IsNationalHealthInsurance ? "国保" : "社保";
    }

    /// <summary>No 種別 chosen: no card unless a 保険者番号 says which.</summary>
    public static bool IsNoInsurance(string kind) => kind.Trim().Length == 0;

    private static string? CheckInsurer(string typed, string kindText)
    {
        if (typed.Length == 0)
        {
            return null;
        }

        var parsed = InsurerNumber.Parse(typed);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var kind = InsuranceKindInput.Parse(kindText);
        if (kind is { IsSuccess: true, Value: InsuranceKind.SelfPay })
        {
            return PatientScreenMessages.SelfPayHasInsurer;
        }

        return kind.IsSuccess && (kind.Value == InsuranceKind.LateElderly) != parsed.Value!.IsLateElderly
            && kind.Value is InsuranceKind.LateElderly or InsuranceKind.Employee or InsuranceKind.National
            ? PatientMessages.LateElderlyNeeds39
            : null;
    }

    // 地方単独 programmes (法別番号 80 and above) issue 受給者番号 without a 検証番号, as the command line accepts.
    private static string? CheckRecipient(string typed, string payerText)
    {
        if (typed.Length == 0)
        {
            return null;
        }

        var payer = PublicPayerNumber.Parse(payerText);
        var local = payer.IsSuccess && payer.Value!.LawCode[0] is '8' or '9';
        return (local ? RecipientNumber.ParseWithoutCheckDigit(typed) : RecipientNumber.Parse(typed)).Error;
    }

    private static PatientField FieldOf(string label) => label switch
    {
        PatientMessages.KanaField => PatientField.Kana,
        PatientMessages.SexField => PatientField.Sex,
        PatientMessages.BirthDateField => PatientField.BirthDate,
        PatientMessages.PhoneField => PatientField.Phone,
        PatientMessages.PostalCodeField => PatientField.PostalCode,
        PatientMessages.InsuranceKindField => PatientField.InsuranceKind,
        PatientMessages.InsurerNumberField => PatientField.InsurerNumber,
        PatientMessages.BranchNumberField => PatientField.BranchNumber,
        PatientMessages.CoverageValidityField => PatientField.ValidTo,
        _ when string.Equals(label, PatientMessages.PublicCoverageLabel(1), StringComparison.Ordinal) => PatientField.Public1Payer,
        _ when label.StartsWith(PatientMessages.PublicCoverageField, StringComparison.Ordinal)
            || label.EndsWith(PatientMessages.PublicCoverageField, StringComparison.Ordinal) => PatientField.Public2Payer,
        _ => PatientField.Name,
    };
}
