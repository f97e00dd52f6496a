using System.Diagnostics.CodeAnalysis;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>
/// Collects every problem in a command's input before anything is written, so the user sees them all
/// at once; <see cref="ThrowIfAny"/> raises them together.
/// </summary>
public sealed class InputErrors
{
    private readonly List<ValidationError> _errors = [];

    public bool HasAny => _errors.Count > 0;

    public IReadOnlyList<ValidationError> All => _errors;

    public void Add(string field, string message) => _errors.Add(new ValidationError(field, message));

    public void AddRange(IEnumerable<ValidationError> errors) => _errors.AddRange(errors);

    /// <summary>
    /// Reports a missing required value, unless the field already has an error: a value that was typed
    /// but could not be read is not also "missing", and one message per field is clearer.
    /// </summary>
    public void AddMissing(string field, string message)
    {
        if (!_errors.Exists(e => string.Equals(e.Field, field, StringComparison.Ordinal)))
        {
            Add(field, message);
        }
    }

    /// <summary>The value of a successful parse, or false with the failure recorded against <paramref name="field"/>.</summary>
    public bool Take<T>(string field, ParseResult<T> result, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsSuccess)
        {
            value = result.Value!;
            return true;
        }

        Add(field, result.Error!);
        value = default;
        return false;
    }

    /// <summary>Parses <paramref name="text"/> when the option was given; null when it was not or was wrong.</summary>
    public T? Optional<T>(string field, string? text, Func<string, ParseResult<T>> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        return text is not null && Take(field, parse(text), out var value) ? value : null;
    }

    /// <summary>As <see cref="Optional{T}"/> for value types.</summary>
    public T? OptionalValue<T>(string field, string? text, Func<string, ParseResult<T>> parse)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(parse);
        return text is not null && Take(field, parse(text), out var value) ? value : null;
    }

    public void ThrowIfAny()
    {
        if (HasAny)
        {
            throw new ValidationException([.. _errors]);
        }
    }
}
