namespace TextEhr.Domain.Validation;

/// <summary>
/// The outcome of parsing what a user typed: a value, or a Japanese message saying what to fix.
/// Parsing never has side effects; saving is a separate step.
/// </summary>
public sealed record ParseResult<T>
{
    private ParseResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    /// <summary>The message shown to the user, in Japanese, or null on success.</summary>
    public string? Error { get; }

    public bool IsSuccess => Error is null;

    public static ParseResult<T> Success(T value) => new(value, null);

    public static ParseResult<T> Failure(string error) => new(default, error);

    /// <summary>The value, or an exception carrying the message when parsing failed.</summary>
    public T GetValueOrThrow(string field) =>
        IsSuccess ? Value! : throw new ValidationException([new ValidationError(field, Error!)]);
}
