namespace TextEhr.App.Screens.Charting;

/// <summary>
/// One line of two versions side by side: equal lines face each other; inside a changed stretch the
/// removed lines face the added ones, and a side with nothing to show is null.
/// </summary>
/// <param name="Left">The older version's line, or null.</param>
/// <param name="Right">The newer version's line, or null.</param>
/// <param name="Changed">True when the line differs between the versions (marked on screen).</param>
public sealed record EntryHistoryRow(string? Left, string? Right, bool Changed);
