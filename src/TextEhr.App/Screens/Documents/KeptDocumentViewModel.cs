using TextEhr.App.Documents;
using TextEhr.App.Ui;
using TextEhr.Documents;
using TextEhr.Domain.Documents;

namespace TextEhr.App.Screens.Documents;

/// <summary>
/// An issued document as it was kept: its text for reading, and the request that makes the very same
/// page again (the stored HTML, not today's chart or templates).
/// </summary>
public sealed class KeptDocumentViewModel
{
    private readonly AppSession _session;

    private KeptDocumentViewModel(AppSession session, IssuedDocument document)
    {
        _session = session;
        Document = document;
        Text = HtmlPlainText.Of(document.Html);
        Issuer = new DocumentIssuer(session.Services.Documents, session.Log, session.Folder.Root, session.Environment, session.Time);
    }

    public IssuedDocument Document { get; }

    /// <summary>The page's text, line by line.</summary>
    public string Text { get; }

    public DocumentIssuer Issuer { get; }

    /// <summary>Settings' printer, or null when none is set.</summary>
    public string? Printer => _session.Settings.Printer is { Length: > 0 } printer ? printer : null;

    /// <summary>The kept document with its snapshot, or null when there is none with that id.</summary>
    public static KeptDocumentViewModel? Open(AppSession session, long documentId)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Services.Documents.Find(documentId) is { } document ? new KeptDocumentViewModel(session, document) : null;
    }

    /// <summary>The stored page, to make again exactly as it was; the 外字 check was made when it was first issued.</summary>
    public IssueRequest Reissue() => new(
        Document.PatientId,
        Document.EntryId,
        Document.Title,
        Document.ModelJson,
        new RenderedDocument(Document.Kind, DocumentKinds.Heading(Document.Kind), Document.Html, []));
}
