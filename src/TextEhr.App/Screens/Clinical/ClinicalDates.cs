using TextEhr.App.Input;
using TextEhr.Domain.Dates;

namespace TextEhr.App.Screens.Clinical;

/// <summary>Dates on the clinical screens: typed in any 和暦 or 西暦 form, shown short (R7.6.15).</summary>
public static class ClinicalDates
{
    public static string Brief(DateOnly date) => JapaneseDateFormatter.FormatShort(date);

    public static string Brief(DateOnly? date) => date is { } value ? Brief(value) : string.Empty;

    /// <summary>A <c>DateField</c> parser from a rule that returns the error for a text, or null.</summary>
    public static Func<string, (DateOnly? Value, string? Error)> Parser(Func<string, string?> rule) => text =>
    {
        if (rule(text) is { } error)
        {
            return (null, error);
        }

        var parsed = DateInput.Parse(text);
        return parsed.IsSuccess ? (parsed.Value, null) : (null, parsed.Error);
    };
}
