using TextEhr.App.Input;
using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Screens.Patients;

/// <summary>The 保険 and 公費 boxes of 患者登録 read into the domain's records; box errors are reported by <see cref="PatientFormReader"/>.</summary>
internal static class PatientCoverageReader
{
    private static readonly PatientField[] CoverageFields =
    [
        PatientField.InsurerNumber, PatientField.CardSymbol, PatientField.CardNumber, PatientField.BranchNumber,
        PatientField.ValidFrom, PatientField.ValidTo, PatientField.CardCopay, PatientField.CopayOverride,
    ];

    /// <summary>The card, or null when no kind is chosen and nothing of a card is typed.</summary>
    public static Coverage? Read(Func<PatientField, string> typed, List<PatientFieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(errors);
        var kindText = typed(PatientField.InsuranceKind);
        var insurer = InsurerNumber.Parse(typed(PatientField.InsurerNumber));
        InsuranceKind kind;
        if (!PatientFormReader.IsNoInsurance(kindText))
        {
            if (InsuranceKindInput.Parse(kindText) is not { IsSuccess: true } chosen)
            {
                return null;
            }

            kind = chosen.Value;
        }
        else if (insurer.IsSuccess)
        {
            kind = InsuranceKindInput.Parse(PatientFormReader.KindOf(insurer.Value!)).Value;
        }
        else
        {
            if (Array.Exists(CoverageFields, field => typed(field).Length > 0))
            {
                errors.Add(new PatientFieldError(PatientField.InsuranceKind, PatientScreenMessages.InsuranceKindNeeded));
            }

            return null;
        }

        return new Coverage
        {
            Kind = kind,
            InsurerNumber = insurer.IsSuccess ? insurer.Value!.Value : typed(PatientField.InsurerNumber),
            CardSymbol = CardTextInput.Parse(typed(PatientField.CardSymbol)).Value ?? string.Empty,
            CardNumber = CardTextInput.Parse(typed(PatientField.CardNumber)).Value ?? string.Empty,
            BranchNumber = BranchNumberInput.Parse(typed(PatientField.BranchNumber)).Value ?? string.Empty,
            Relationship = RelationInput.Parse(typed(PatientField.Relationship)) is { IsSuccess: true } relation
                ? relation.Value : InsuredRelationship.Self,
            ValidFrom = Date(typed(PatientField.ValidFrom)),
            ValidTo = Date(typed(PatientField.ValidTo)),
            CardCopayTenths = Tenths(CopayInput.ParseCardRate, typed(PatientField.CardCopay)),
            CopayOverrideTenths = Tenths(CopayInput.ParseOverride, typed(PatientField.CopayOverride)),
        };
    }

    /// <summary>第一・第二公費 as typed; a 受給者番号 without its 負担者番号 is an error.</summary>
    public static IReadOnlyList<PublicCoverage> ReadPublic(Func<PatientField, string> typed, List<PatientFieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(errors);
        var coverages = new List<PublicCoverage>(2);
        (PatientField Payer, PatientField Recipient, PatientField From, PatientField To)[] rows =
        [
            (PatientField.Public1Payer, PatientField.Public1Recipient, PatientField.Public1From, PatientField.Public1To),
            (PatientField.Public2Payer, PatientField.Public2Recipient, PatientField.Public2From, PatientField.Public2To),
        ];
        foreach (var (payer, recipient, from, to) in rows)
        {
            var payerText = typed(payer);
            if (payerText.Length == 0)
            {
                if (typed(recipient).Length > 0)
                {
                    errors.Add(new PatientFieldError(payer, PatientScreenMessages.PublicPayerNeeded));
                }

                continue;
            }

            var parsed = PublicPayerNumber.Parse(payerText);
            coverages.Add(new PublicCoverage
            {
                PayerNumber = parsed.IsSuccess ? parsed.Value!.Value : payerText,
                RecipientNumber = TypedText.Compact(typed(recipient)),
                ValidFrom = Date(typed(from)),
                ValidTo = Date(typed(to)),
            });
        }

        return coverages;
    }

    private static DateOnly? Date(string text) =>
        text.Length > 0 && DateInput.Parse(text) is { IsSuccess: true } parsed ? parsed.Value : null;

    private static int? Tenths(Func<string, Domain.Validation.ParseResult<int>> parse, string text) =>
        text.Length > 0 && parse(text) is { IsSuccess: true } parsed ? parsed.Value : null;
}
