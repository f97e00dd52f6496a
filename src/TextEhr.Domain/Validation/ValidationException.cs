namespace TextEhr.Domain.Validation;

/// <summary>
/// Thrown when input breaks a rule the user can fix. Kept apart from faults (I/O, bugs), which are
/// ordinary exceptions: the UI shows these messages as they are.
/// </summary>
public sealed class ValidationException : Exception
{
    public ValidationException()
        : this([])
    {
    }

    public ValidationException(string message)
        : this([new ValidationError(string.Empty, message)])
    {
    }

    public ValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ValidationError(string.Empty, message)];
    }

    public ValidationException(IReadOnlyList<ValidationError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ValidationError> Errors { get; }
}
