using System.Globalization;
using TextEhr.Documents.Prescriptions;
using TextEhr.Domain.Prescriptions;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>
/// The 処方箋 form's boxes for the 2024 columns: drugs as <c>Rp-番号</c> (<c>1-2 2-1</c>; full-width and
/// 、 allowed), the リフィル count, and the 残薬 instruction as 1 (疑義照会) or 2 (情報提供).
/// </summary>
public static class SlipMarksInput
{
    /// <summary>The drugs named, each as (Rp, place in the Rp), both from 1; every one must exist.</summary>
    public static ParseResult<IReadOnlyList<(int Rp, int Serial)>> ParseDrugs(string text, Prescription prescription)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        var drugs = new List<(int Rp, int Serial)>();
        foreach (var token in TypedText.Fold(text ?? string.Empty).Split([' ', ',', '、', '，'], StringSplitOptions.RemoveEmptyEntries))
        {
            var at = Array.FindIndex(token.ToCharArray(), TypedText.IsHyphen);
            if (at < 0 || !int.TryParse(token[..at], NumberStyles.None, CultureInfo.InvariantCulture, out var rp)
                || !int.TryParse(token[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var serial)
                || rp < 1 || rp > prescription.Groups.Count || serial < 1 || serial > prescription.Groups[rp - 1].Items.Count)
            {
                return ParseResult<IReadOnlyList<(int, int)>>.Failure(InputMessages.NoSuchDrug(token));
            }

            drugs.Add((rp, serial));
        }

        return ParseResult<IReadOnlyList<(int, int)>>.Success(drugs);
    }

    /// <summary>リフィル可 の回数: empty for none, else 2 or 3 (a refill slip is used at most three times).</summary>
    public static ParseResult<int> ParseRefill(string text)
    {
        var folded = TypedText.Compact(text ?? string.Empty).TrimEnd('回');
        if (folded.Length == 0)
        {
            return ParseResult<int>.Success(0);
        }

        return int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is 2 or 3
            ? ParseResult<int>.Success(count)
            : ParseResult<int>.Failure(InputMessages.RefillChoices(text!.Trim()));
    }

    /// <summary>残薬の対応: empty for no instruction, 1 疑義照会, 2 情報提供.</summary>
    public static ParseResult<LeftoverMedicineAction> ParseLeftover(string text) => TypedText.Compact(text ?? string.Empty) switch
    {
        "" => ParseResult<LeftoverMedicineAction>.Success(LeftoverMedicineAction.None),
        "1" => ParseResult<LeftoverMedicineAction>.Success(LeftoverMedicineAction.QueryPrescriber),
        "2" => ParseResult<LeftoverMedicineAction>.Success(LeftoverMedicineAction.InformPrescriber),
        _ => ParseResult<LeftoverMedicineAction>.Failure(InputMessages.LeftoverChoices(text!.Trim())),
    };
}
