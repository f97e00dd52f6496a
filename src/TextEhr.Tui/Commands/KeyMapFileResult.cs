namespace TextEhr.Tui.Commands;

/// <summary>The key maps to use after reading a user's key file, and what was wrong with it, if anything.</summary>
/// <param name="Maps">The overridden maps, or the defaults when the file is missing or wrong.</param>
/// <param name="Error">A Japanese message naming the file, the line and the problem; null when all is well.</param>
public sealed record KeyMapFileResult(IReadOnlyList<KeyMap> Maps, string? Error)
{
    /// <summary>The map of a context.</summary>
    public KeyMap this[string context] =>
        Maps.FirstOrDefault(map => string.Equals(map.Context, context, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"No key map for '{context}'.");
}
