using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>
/// 記号 and 番号 as printed on the card, half- or full-width, kept as typed; spaces and ':' are refused
/// because the 被保険者個人識別子 joins the parts with ':'. Empty clears it.
/// </summary>
public static class CardTextInput
{
    public static ParseResult<string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c) || c is ':' or '：')
            {
                return ParseResult<string>.Failure(InputMessages.CardTextFormat(trimmed));
            }
        }

        return ParseResult<string>.Success(trimmed);
    }
}
