namespace TextEhr.App.Output;

/// <summary>The result of <c>check</c> in JSON.</summary>
public sealed record IntegrityJson(bool IsOk, int SchemaVersion, IReadOnlyList<string> Problems);
