namespace TextEhr.App.Screens.Documents;

/// <summary>One box of a document form, pre-filled from the chart.</summary>
/// <param name="Key">Which model property it edits.</param>
/// <param name="Caption">The label on the left.</param>
/// <param name="Text">What the chart gave.</param>
/// <param name="Lines">1 for a one-line box; more for a text area (Enter is a new line there, Tab moves on).</param>
/// <param name="ReadOnly">Shown for reference only (the Rp of a 処方箋 comes from the chart as confirmed).</param>
public sealed record DocumentField(string Key, string Caption, string Text, int Lines = 1, bool ReadOnly = false)
{
    public bool IsMultiline => Lines > 1;
}
