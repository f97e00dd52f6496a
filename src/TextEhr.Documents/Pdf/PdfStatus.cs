namespace TextEhr.Documents.Pdf;

/// <summary>What came of a request for a PDF.</summary>
public enum PdfStatus
{
    /// <summary>The PDF was written.</summary>
    Pdf = 1,

    /// <summary>No browser: the HTML was saved for printing by hand.</summary>
    HtmlOnly = 2,

    /// <summary>The browser failed or timed out: the HTML was saved for printing by hand.</summary>
    Failed = 3,
}
