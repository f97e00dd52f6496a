namespace TextEhr.Documents.Pdf;

/// <summary>What came of sending a PDF to a printer.</summary>
public enum PrintStatus
{
    /// <summary>The spooler accepted the job.</summary>
    Sent = 1,

    /// <summary>The PDF was opened in the viewer for the doctor to print (Ctrl+P); nothing was printed yet.</summary>
    Opened = 2,

    /// <summary>The spooler refused the job or could not be run.</summary>
    Failed = 3,
}
