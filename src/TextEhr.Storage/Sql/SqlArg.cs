namespace TextEhr.Storage.Sql;

/// <summary>One named parameter of a statement; a null value binds SQL NULL.</summary>
internal readonly record struct SqlArg(string Name, object? Value)
{
    public static implicit operator SqlArg((string Name, object? Value) pair) => new(pair.Name, pair.Value);
}
