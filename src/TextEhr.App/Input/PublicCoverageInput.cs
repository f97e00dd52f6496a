using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>
/// One 公費 as <c>負担者番号:受給者番号[:開始日[:終了日]]</c>. Both numbers carry a 検証番号, except for
/// 地方単独 programmes (法別番号 80 and above), whose 受給者番号 need not.
/// </summary>
public static class PublicCoverageInput
{
    public const int MaximumCount = 3;

    public static ParseResult<PublicCoverage> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = TypedText.SplitFields(text);
        if (parts.Length is < 2 or > 4)
        {
            return Fail(InputMessages.PublicCoverageFormat(text.Trim()));
        }

        var payer = PublicPayerNumber.Parse(parts[0]);
        if (!payer.IsSuccess)
        {
            return Fail(payer.Error!);
        }

        var recipientNumber = string.Empty;
        if (parts[1].Length > 0)
        {
            var local = payer.Value!.LawCode[0] is '8' or '9';
            var recipient = local ? RecipientNumber.ParseWithoutCheckDigit(parts[1]) : RecipientNumber.Parse(parts[1]);
            if (!recipient.IsSuccess)
            {
                return Fail(recipient.Error!);
            }

            recipientNumber = recipient.Value!.Value;
        }

        DateOnly? from = null;
        DateOnly? to = null;
        if (parts.Length >= 3 && parts[2].Length > 0)
        {
            var parsed = DateInput.Parse(parts[2]);
            if (!parsed.IsSuccess)
            {
                return Fail(parsed.Error!);
            }

            from = parsed.Value;
        }

        if (parts.Length == 4 && parts[3].Length > 0)
        {
            var parsed = DateInput.Parse(parts[3]);
            if (!parsed.IsSuccess)
            {
                return Fail(parsed.Error!);
            }

            to = parsed.Value;
        }

        if (from is { } start && to is { } end && end < start)
        {
            return Fail(InputMessages.ValidityOrder);
        }

        return ParseResult<PublicCoverage>.Success(new PublicCoverage
        {
            PayerNumber = payer.Value!.Value,
            RecipientNumber = recipientNumber,
            ValidFrom = from,
            ValidTo = to,
        });
    }

    private static ParseResult<PublicCoverage> Fail(string message) => ParseResult<PublicCoverage>.Failure(message);
}
