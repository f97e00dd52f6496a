using System.Globalization;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>負担割合 in 割: <c>3</c>, <c>3割</c>, <c>３割</c>.</summary>
public static class CopayInput
{
    /// <summary>The rate printed on a 高齢受給者証 or 後期高齢者 card: 1, 2 or 3.</summary>
    public static ParseResult<int> ParseCardRate(string text) =>
        Read(text, static tenths => tenths is >= 1 and <= 3, InputMessages.CopayChoices);

    /// <summary>A rate set by hand: 0 (公費で全額), 1, 2, 3 or 10 (自費).</summary>
    public static ParseResult<int> ParseOverride(string text) =>
        Read(text, static tenths => tenths is >= 0 and <= 3 or 10, InputMessages.CopayOverrideChoices);

    private static ParseResult<int> Read(string text, Func<int, bool> allowed, Func<string, string> message)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TypedText.Compact(text);
        if (folded.EndsWith('割'))
        {
            folded = folded[..^1];
        }

        return int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var tenths) && allowed(tenths)
            ? ParseResult<int>.Success(tenths)
            : ParseResult<int>.Failure(message(text.Trim()));
    }
}
