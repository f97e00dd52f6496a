namespace TextEhr.Tui.Themes;

/// <summary>The theme to use and, when the asked-for one could not be used, why (in Japanese).</summary>
public sealed record ThemeLoadResult(Theme Theme, string? Error);
