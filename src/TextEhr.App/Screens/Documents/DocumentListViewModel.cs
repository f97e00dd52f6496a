using System.Globalization;
using TextEhr.App.Hosting;
using TextEhr.App.Ui;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Documents;

namespace TextEhr.App.Screens.Documents;

/// <summary>
/// The rows of the document screen: first the three kinds to make, then this patient's issued documents,
/// newest first (date, 種類, 宛先/題, 作成者, where it went).
/// </summary>
public sealed class DocumentListViewModel
{
    private readonly AppSession _session;
    private readonly Dictionary<long, string> _authors = [];

    public DocumentListViewModel(AppSession session, long patientId)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        PatientId = patientId;
        Refresh();
    }

    public long PatientId { get; }

    public IReadOnlyList<IssuedDocument> Documents { get; private set; } = [];

    /// <summary>Rows before the kept documents: one per kind to make.</summary>
    public static int NewRows => DocumentKinds.All.Count;

    public int RowCount => NewRows + Documents.Count;

    public void Refresh() => Documents = _session.Services.Documents.ForPatient(PatientId);

    /// <summary>The kind row <paramref name="index"/> makes, or null for a kept document's row.</summary>
    public static string? KindAt(int index) => index >= 0 && index < NewRows ? DocumentKinds.All[index] : null;

    /// <summary>The kept document on row <paramref name="index"/>, or null.</summary>
    public IssuedDocument? DocumentAt(int index) =>
        index >= NewRows && index - NewRows < Documents.Count ? Documents[index - NewRows] : null;

    /// <summary>The cells of row <paramref name="index"/>: 日付, 種類, 宛先/題, 作成者, 出力.</summary>
    public string[] Cells(int index)
    {
        if (KindAt(index) is { } kind)
        {
            return [DocumentScreenMessages.NewRow, DocumentKinds.Label(kind), DocumentKinds.Heading(kind), string.Empty, string.Empty];
        }

        var document = DocumentAt(index) ?? throw new ArgumentOutOfRangeException(nameof(index));
        return
        [
            When(document.CreatedAt),
            DocumentKinds.Label(document.Kind),
            document.Title,
            Author(document.CreatedById),
            OutputLabel(document.Output),
        ];
    }

    /// <summary>When it was issued, in clinic time: <c>R7.6.15 10:00</c>.</summary>
    public static string When(DateTimeOffset createdAt)
    {
        var at = ClinicTime.ToJst(createdAt);
        return JapaneseDateFormatter.FormatShort(DateOnly.FromDateTime(at.DateTime)) + at.ToString(" HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>出力: PDF, 印刷済, 開いた (opened for printing by hand) or HTML.</summary>
    public static string OutputLabel(IssuedOutput output) => output switch
    {
        IssuedOutput.Printed => "印刷済",
        IssuedOutput.Opened => "開いた",
        IssuedOutput.Html => "HTML",
        _ => "PDF",
    };

    private string Author(long userId)
    {
        if (!_authors.TryGetValue(userId, out var name))
        {
            name = _session.Services.Users.FindById(userId)?.DisplayName ?? string.Empty;
            _authors[userId] = name;
        }

        return name;
    }
}
