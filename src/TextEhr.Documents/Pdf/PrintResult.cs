namespace TextEhr.Documents.Pdf;

/// <summary>The outcome of sending a PDF to a printer.</summary>
/// <param name="Succeeded">Whether the spooler accepted the job.</param>
/// <param name="JobId">The spooler's id, e.g. <c>PDF-3</c>, when known.</param>
/// <param name="Message">What to tell the doctor, in Japanese.</param>
public sealed record PrintResult(bool Succeeded, string? JobId, string Message);
