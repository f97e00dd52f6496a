namespace TextEhr.Tui.Views;

/// <summary>One row of a <see cref="Form"/>: a caption and its field.</summary>
/// <param name="Caption">Shown left of the field in the Label role.</param>
/// <param name="Field">The field, or any view.</param>
/// <param name="Height">Rows the field takes.</param>
/// <param name="Width">Cells the field takes; 0 or less for the rest of the row.</param>
internal sealed record FormRow(string Caption, View Field, int Height, int Width);
