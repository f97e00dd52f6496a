namespace TextEhr.App.Screens.Charting;

/// <summary>What is wrong with one box of the page, in Japanese, saying what to type.</summary>
/// <param name="Field">The box.</param>
/// <param name="Message">The message for the status line.</param>
public sealed record EntryProblem(EntryField Field, string Message);
