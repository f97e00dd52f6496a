using System.Diagnostics;

namespace TextEhr.Documents.Pdf;

/// <summary>
/// How this machine hands a PDF to a printer: CUPS <c>lp</c>, or, on Windows, opening the PDF in the
/// default viewer, since stock Windows registers no silent print verb for PDFs (notes/PDF.md §8.2). A
/// value so tests can take the Windows road on Linux without starting a viewer.
/// </summary>
/// <param name="OpensViewer">True to open the PDF instead of spooling it.</param>
/// <param name="OpenViewer">Opens a PDF in the viewer.</param>
public sealed record PrintRoute(bool OpensViewer, Action<string> OpenViewer)
{
    /// <summary>The road this operating system takes.</summary>
    public static PrintRoute ForThisMachine { get; } = new(OperatingSystem.IsWindows(), ShellOpen);

    private static void ShellOpen(string pdfPath)
    {
        using var opened = Process.Start(new ProcessStartInfo(pdfPath) { UseShellExecute = true });
    }
}
