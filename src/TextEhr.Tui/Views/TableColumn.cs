namespace TextEhr.Tui.Views;

/// <summary>A column of a <see cref="TableView"/>.</summary>
/// <param name="Header">The caption in the header row.</param>
/// <param name="Width">Cells; 0 or less takes what the other columns leave.</param>
/// <param name="AlignRight">For numbers, so digits line up.</param>
public sealed record TableColumn(string Header, int Width, bool AlignRight = false);
