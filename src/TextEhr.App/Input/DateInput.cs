using TextEhr.Domain.Dates;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>Dates in any 和暦 or 西暦 form <see cref="JapaneseDateParser"/> reads.</summary>
public static class DateInput
{
    public static ParseResult<DateOnly> Parse(string text) => JapaneseDateParser.Parse(text);

    /// <summary>A date that cannot be after today (生年月日, 診療日).</summary>
    public static ParseResult<DateOnly> ParseNotAfter(string text, DateOnly today)
    {
        var parsed = JapaneseDateParser.Parse(text);
        return parsed.IsSuccess && parsed.Value > today
            ? ParseResult<DateOnly>.Failure(InputMessages.DateInFuture(parsed.Value, today))
            : parsed;
    }
}
