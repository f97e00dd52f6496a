namespace TextEhr.Documents.Summary;

/// <summary>One recent chart entry as printed: the visit date and its SOAP text.</summary>
/// <param name="VisitDate">診療日.</param>
/// <param name="Text">S/O/A/P lines.</param>
public sealed record SummaryNote(DateOnly VisitDate, string Text);
