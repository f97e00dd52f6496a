namespace TextEhr.Documents.Pdf;

/// <summary>The outcome of sending a PDF to a printer.</summary>
/// <param name="Status">Sent to the spooler, opened for printing by hand, or failed.</param>
/// <param name="JobId">The spooler's id, e.g. <c>PDF-3</c>, when known.</param>
/// <param name="Message">What to tell the doctor, in Japanese.</param>
public sealed record PrintResult(PrintStatus Status, string? JobId, string Message)
{
    /// <summary>Nothing went wrong: the job was taken, or the PDF is open for printing.</summary>
    public bool Succeeded => Status != PrintStatus.Failed;
}
