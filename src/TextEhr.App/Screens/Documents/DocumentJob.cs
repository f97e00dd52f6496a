using System.ComponentModel;
using System.Diagnostics;
using TextEhr.App.Documents;
using TextEhr.App.Ui;
using TextEhr.Domain.Documents;

namespace TextEhr.App.Screens.Documents;

/// <summary>
/// Issues a document off the UI thread: the browser and the printer run on the thread pool (a PDF takes
/// about a second), the kept copy is written back on the UI thread, which owns the database.
/// </summary>
public static class DocumentJob
{
    /// <summary>Starts the work and returns at once; <paramref name="done"/> runs on the UI thread.</summary>
    public static void Start(AppSession session, DocumentIssuer issuer, IssueRequest request, string? printer, Action<DocumentJobResult> done)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(done);
        var path = issuer.DefaultPath(request.Document.Kind, request.PatientId);
        var userId = session.UserId;
        var clock = Stopwatch.StartNew();
        _ = Task.Run(async () =>
        {
            IssueOutcome? outcome = null;
            try
            {
                outcome = await issuer.ProduceAsync(request.Document, path, printer, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Win32Exception or InvalidOperationException)
            {
                session.Log.Error("Document {Kind} for patient {PatientId} failed: {Error}", request.Document.Kind, request.PatientId, ex.GetType().Name);
            }

            session.Loop.Post(() =>
            {
                IssuedDocument? kept = outcome is null ? null : issuer.Keep(request, outcome, userId);
                clock.Stop();
                session.Log.Information("Document {Kind} for patient {PatientId} issued from the screen in {Milliseconds} ms", request.Document.Kind, request.PatientId, clock.ElapsedMilliseconds);
                done(new DocumentJobResult(outcome, kept, clock.Elapsed));
            });
        });
    }
}
