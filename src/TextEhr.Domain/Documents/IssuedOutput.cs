namespace TextEhr.Domain.Documents;

/// <summary>Where an issued document went. Stored by name (<c>pdf</c>, <c>printed</c>, <c>html</c>, <c>opened</c>).</summary>
public enum IssuedOutput
{
    /// <summary>A PDF was saved.</summary>
    Pdf,

    /// <summary>A PDF was saved and a printer accepted it.</summary>
    Printed,

    /// <summary>No PDF could be made; the HTML was saved for printing from a browser.</summary>
    Html,

    /// <summary>A PDF was saved and opened in the viewer for printing by hand (Windows); whether it was printed is not known.</summary>
    Opened,
}
