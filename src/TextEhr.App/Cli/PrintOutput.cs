using TextEhr.App.Documents;
using TextEhr.Documents.Fonts;

namespace TextEhr.App.Cli;

/// <summary>
/// The common end of every <c>print</c> command: warn about 外字, then issue the document through
/// <see cref="DocumentIssuer"/> (PDF or HTML, printer, kept copy and audit) and say what happened.
/// </summary>
internal static class PrintOutput
{
    public static int Produce(CliSession session, PrintChart chart, IssueRequest request, DocumentFont? font, string? outPath, string? printer)
    {
        if (PrintPreflight.Warning(request.Document, font) is { } warning)
        {
            session.Context.Error.WriteLine(warning);
            session.Log.Warning("Document {Kind} for patient {PatientId} cannot be printed exactly as typed", request.Document.Kind, chart.Patient.Id);
        }

        var issuer = new DocumentIssuer(session.Database.Documents, session.Log, session.Folder.Root, session.Context.GetEnvironmentVariable, session.Context.Time);
        var target = outPath is { Length: > 0 } ? Path.GetFullPath(outPath) : issuer.DefaultPath(request.Document.Kind, chart.Patient.Id);
        var outcome = issuer.ProduceAsync(request.Document, target, printer is { Length: > 0 } ? printer : null, CancellationToken.None).GetAwaiter().GetResult();
        issuer.Keep(request, outcome, chart.Doctor.Id);
        if (!outcome.Pdf.IsPdf)
        {
            session.Context.Error.WriteLine(outcome.Pdf.Message);
            return ExitCodes.Failure;
        }

        session.Out.WriteLine(outcome.Pdf.Message);

        if (outcome.Print is { } print)
        {
            (print.Succeeded ? session.Out : session.Context.Error).WriteLine(print.Message);
        }

        return outcome.Succeeded ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
