namespace TextEhr.Domain.Validation;

/// <summary>A problem the user can fix: which field (its Japanese label) and what to do.</summary>
public sealed record ValidationError(string Field, string Message)
{
    public override string ToString() => Field.Length == 0 ? Message : $"{Field}: {Message}";
}
