using System.Globalization;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>血圧 as <c>130/80</c> (also <c>130／80</c> and <c>130-80</c>).</summary>
public static class BloodPressureInput
{
    public static ParseResult<BloodPressure> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TypedText.Fold(text);
        if (folded.EndsWith("mmHg", StringComparison.OrdinalIgnoreCase))
        {
            folded = folded[..^4].TrimEnd();
        }

        var slash = folded.IndexOfAny(['/', '-', 'ー', '・']);
        if (slash <= 0
            || !int.TryParse(folded.AsSpan(0, slash).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var systolic)
            || !int.TryParse(folded.AsSpan(slash + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var diastolic))
        {
            return ParseResult<BloodPressure>.Failure(InputMessages.BloodPressureFormat(text.Trim()));
        }

        if (systolic is < 40 or > 300 || diastolic is < 20 or > 200)
        {
            return ParseResult<BloodPressure>.Failure(InputMessages.BloodPressureRange(text.Trim()));
        }

        return systolic <= diastolic
            ? ParseResult<BloodPressure>.Failure(InputMessages.BloodPressureOrder(systolic, diastolic))
            : ParseResult<BloodPressure>.Success(new BloodPressure(systolic, diastolic));
    }
}
