using TextEhr.App.Documents;
using TextEhr.App.Output;
using TextEhr.App.Ui;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Documents.Prescriptions;
using TextEhr.Documents.Referral;
using TextEhr.Documents.Summary;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;

namespace TextEhr.App.Screens.Documents;

/// <summary>
/// A new document's form: the model filled from the chart, the boxes the doctor may change, and the
/// page rendered from what was typed. Making the PDF is <see cref="DocumentIssuer"/>'s.
/// </summary>
public sealed class DocumentFormViewModel
{
    private const int RecentVisits = 50;

    private readonly AppSession _session;
    private readonly DocumentFont? _font;
    private readonly TemplateStore _templates;
    private ReferralLetterModel? _letter;
    private PatientSummaryModel? _summary;
    private PrescriptionSlipModel? _slip;

    private DocumentFormViewModel(AppSession session, long patientId, string kind)
    {
        _session = session;
        PatientId = patientId;
        Kind = kind;
        _font = FontLocator.Find(session.Environment);
        _templates = new TemplateStore(TemplateStore.FolderIn(session.Folder.Root));
        Issuer = new DocumentIssuer(session.Services.Documents, session.Log, session.Folder.Root, session.Environment, session.Time);
    }

    public long PatientId { get; }

    public string Kind { get; }

    /// <summary>The visit whose prescription a 処方箋 prints.</summary>
    public long? EntryId { get; private set; }

    public IReadOnlyList<DocumentField> Fields { get; private set; } = [];

    public DocumentIssuer Issuer { get; }

    /// <summary>Settings' printer, or null when none is set (the PDF is only saved).</summary>
    public string? Printer => _session.Settings.Printer is { Length: > 0 } printer ? printer : null;

    /// <summary>
    /// Fills the form from the chart. A 処方箋 takes the chart's chosen visit when it is confirmed with
    /// an Rp, else the newest such visit. Returns why it cannot be made, or null.
    /// </summary>
    public static (DocumentFormViewModel? Model, string? Refusal) Open(AppSession session, long patientId, string kind, long? chosenVersionId)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Clinic is not { } profile)
        {
            return (null, DocumentScreenMessages.NoClinic);
        }

        var services = session.Services;
        if (services.Patients.Open(patientId, session.UserId) is not { } patient)
        {
            return (null, DocumentScreenMessages.PatientNotFound);
        }

        var model = new DocumentFormViewModel(session, patientId, kind);
        var clinic = DocumentSources.Clinic(profile);
        var doctor = session.User?.DisplayName ?? string.Empty;
        var today = session.Today;
        var problems = services.Problems.ForPatient(patientId);
        var results = services.Labs.Results(patientId);
        var last = services.Charts.LastPrescription(patientId, today.AddDays(1));
        var allergies = services.Allergies.ForPatient(patientId);
        switch (kind)
        {
            case DocumentKinds.Summary:
                var entries = services.Charts.Recent(patientId, PatientSummaryModel.NoteCount, session.UserId);
                model._summary = PatientSummaryModel.FromChart(patient, problems, allergies, last, results, entries, clinic, doctor, today);
                model.Fields = SummaryFields(model._summary);
                break;
            case DocumentKinds.Prescription:
                if (PrescribedVisit(session, patientId, chosenVersionId) is not { } visit)
                {
                    return (null, DocumentScreenMessages.NoPrescription);
                }

                model.EntryId = visit.EntryId;
                model._slip = PrescriptionSlipModel.From(patient, visit.Content.Prescription!, clinic, doctor, today);
                model.Fields = PrescriptionFields(model._slip, visit.VisitDate);
                break;
            default:
                var notes = services.Charts.Recent(patientId, PatientSummaryModel.NoteCount, session.UserId);
                model._letter = ReferralLetterModel.FromChart(patient, problems, last, results, allergies, notes, clinic, doctor, today);
                model.Fields = ReferralFields(model._letter);
                break;
        }

        return (model, null);
    }

    /// <summary>The page as the boxes now read (<paramref name="typed"/> by <see cref="DocumentField.Key"/>).</summary>
    public IssueRequest Build(IReadOnlyDictionary<string, string> typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        string Value(string key) => typed.TryGetValue(key, out var text) ? text.Trim() : string.Empty;
        if (_slip is { } slip)
        {
            var edited = SlipMarks.Apply(slip with { Remarks = Value(nameof(PrescriptionSlipModel.Remarks)) }, typed);
            var page = PrescriptionSlipHtml.Render(edited, _templates, _font);
            return new IssueRequest(PatientId, EntryId, page.Title, JsonFormat.Serialize(edited), page);
        }

        if (_summary is { } summary)
        {
            var edited = summary with { CurrentPrescription = Value(nameof(PatientSummaryModel.CurrentPrescription)) };
            var page = PatientSummaryHtml.Render(edited, _templates, _font);
            return new IssueRequest(PatientId, null, page.Title, JsonFormat.Serialize(edited), page);
        }

        var letter = _letter! with
        {
            ToInstitution = Value(nameof(ReferralLetterModel.ToInstitution)),
            ToDepartment = Value(nameof(ReferralLetterModel.ToDepartment)),
            ToDoctor = Value(nameof(ReferralLetterModel.ToDoctor)),
            Purpose = Value(nameof(ReferralLetterModel.Purpose)),
            Diagnoses = Value(nameof(ReferralLetterModel.Diagnoses)),
            History = Value(nameof(ReferralLetterModel.History)),
            Course = Value(nameof(ReferralLetterModel.Course)),
            Treatment = Value(nameof(ReferralLetterModel.Treatment)),
            CurrentPrescription = Value(nameof(ReferralLetterModel.CurrentPrescription)),
            Remarks = Value(nameof(ReferralLetterModel.Remarks)),
        };
        var rendered = ReferralLetterHtml.Render(letter, _templates, _font);
        var title = DocumentSources.Addressee(letter.ToInstitution, letter.ToDepartment, rendered.Title);
        return new IssueRequest(PatientId, null, title, JsonFormat.Serialize(letter), rendered);
    }

    /// <summary>Why the boxes as typed cannot make a page (a 処方箋 mark naming no drug, say), or null.</summary>
    public string? Problem(IReadOnlyDictionary<string, string> typed) =>
        _slip is { } slip ? SlipMarks.Problem(slip, typed) : null;

    /// <summary>The 外字 (or missing font) warning for the page, or null when it prints as typed.</summary>
    public string? Warning(IssueRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PrintPreflight.Warning(request.Document, _font);
    }

    private static ChartEntryVersion? PrescribedVisit(AppSession session, long patientId, long? chosenVersionId)
    {
        static bool Printable(ChartEntryVersion v) =>
            v.IsConfirmed && v.Status == EntryStatus.Active && v.Content.Prescription is { Groups.Count: > 0 };

        if (chosenVersionId is { } id && session.Services.Charts.GetVersion(id) is { } chosen && chosen.PatientId == patientId && Printable(chosen))
        {
            return chosen;
        }

        return session.Services.Charts.Recent(patientId, RecentVisits, session.UserId).FirstOrDefault(Printable);
    }

    // 3 one-line boxes and 16 text-area rows: the whole letter fits 80×24 without scrolling.
    private static List<DocumentField> ReferralFields(ReferralLetterModel letter) =>
    [
        new(nameof(ReferralLetterModel.ToInstitution), "紹介先 機関", letter.ToInstitution),
        new(nameof(ReferralLetterModel.ToDepartment), "紹介先 科", letter.ToDepartment),
        new(nameof(ReferralLetterModel.ToDoctor), "紹介先 医師", letter.ToDoctor),
        new(nameof(ReferralLetterModel.Purpose), "紹介目的", letter.Purpose, Lines: 2),
        new(nameof(ReferralLetterModel.Diagnoses), "傷病名", letter.Diagnoses, Lines: 2),
        new(nameof(ReferralLetterModel.History), "既往歴・家族歴", letter.History, Lines: 2),
        new(nameof(ReferralLetterModel.Course), "症状経過・検査", letter.Course, Lines: 3),
        new(nameof(ReferralLetterModel.Treatment), "治療経過", letter.Treatment, Lines: 2),
        new(nameof(ReferralLetterModel.CurrentPrescription), "現在の処方", letter.CurrentPrescription, Lines: 3),
        new(nameof(ReferralLetterModel.Remarks), "備考", letter.Remarks, Lines: 2),
    ];

    private static List<DocumentField> SummaryFields(PatientSummaryModel summary) =>
    [
        new("Problems", "病名", TextEhr.Documents.ChartText.Diagnoses(summary.Problems), Lines: 3, ReadOnly: true),
        new(nameof(PatientSummaryModel.CurrentPrescription), "現在の処方", summary.CurrentPrescription, Lines: 5),
    ];

    private static List<DocumentField> PrescriptionFields(PrescriptionSlipModel slip, DateOnly visitDate) =>
    [
        new("Rp", DocumentScreenMessages.PrescriptionOf(JapaneseDateFormatter.FormatShort(visitDate)), TextEhr.Documents.ChartText.Prescription(slip.Prescription), Lines: 6, ReadOnly: true),
        new(nameof(PrescriptionSlipModel.Remarks), "備考", slip.Remarks, Lines: 3),
        .. SlipMarks.Fields,
    ];
}
