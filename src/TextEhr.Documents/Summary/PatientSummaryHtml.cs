using System.Globalization;
using System.Text;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;

namespace TextEhr.Documents.Summary;

/// <summary>Puts a <see cref="PatientSummaryModel"/> into <c>summary.html</c>; the lists are built here as escaped HTML.</summary>
public static class PatientSummaryHtml
{
    /// <summary>Template file name; a clinic overrides it with <c>templates/summary.html</c>.</summary>
    public const string TemplateName = "summary.html";

    private const string None = "<p class=\"none\">なし</p>";

    /// <summary>The summary as one HTML page.</summary>
    public static RenderedDocument Render(PatientSummaryModel summary, TemplateStore templates, DocumentFont? font)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(templates);
        var patient = summary.Patient;
        var text = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["date"] = JapaneseDateFormatter.FormatWareki(summary.Date),
            ["clinicName"] = summary.Clinic.Name,
            ["doctorName"] = summary.DoctorName,
            ["patientName"] = patient.Name.Full,
            ["patientKana"] = patient.KanaName.Full,
            ["sex"] = ChartText.Sex(patient.Sex),
            ["birthDate"] = JapaneseDateFormatter.FormatWareki(patient.BirthDate),
            ["age"] = Age.FullYears(patient.BirthDate, summary.Date).ToString(CultureInfo.InvariantCulture),
            ["chartNumber"] = patient.ChartNumber,
            ["patientAddress"] = patient.Address,
            ["patientPhone"] = patient.Phone,
            ["insurance"] = patient.Insurance is { } insurance ? insurance.InsurerNumber : "なし",
            ["prescription"] = summary.CurrentPrescription.Length > 0 ? summary.CurrentPrescription : "なし",
            ["trendLength"] = PatientSummaryModel.TrendLength.ToString(CultureInfo.InvariantCulture),
        };
        var values = text.ToDictionary(static p => p.Key, static p => HtmlText.Lines(p.Value), StringComparer.Ordinal);
        values["fontFace"] = font?.FontFaceCss() ?? string.Empty;
        values["allergies"] = Allergies(summary.Allergies);
        values["problems"] = Problems(summary.Problems);
        values["labs"] = Labs(summary.Labs);
        values["notes"] = Notes(summary.Notes);
        var printed = text.Values
            .Concat(summary.Allergies.SelectMany(static a => new[] { a.Substance, a.Reaction }))
            .Concat(summary.Problems.Select(static p => p.DisplayName))
            .Concat(summary.Labs.SelectMany(static l => new[] { l.Item, l.Unit, LabValues(l) }))
            .Concat(summary.Notes.Select(static n => n.Text));
        var html = HtmlTemplate.Fill(templates.Load(TemplateName), values);
        return new RenderedDocument("summary", "患者サマリー", html, [.. printed]);
    }

    private static string Allergies(IReadOnlyList<Allergy> allergies)
    {
        if (allergies.Count == 0)
        {
            return None;
        }

        var html = new StringBuilder("<table><colgroup><col style=\"width: 50mm\"><col></colgroup>");
        foreach (var allergy in allergies)
        {
            html.Append("<tr><td class=\"allergy\">").Append(HtmlText.Escape(allergy.Substance))
                .Append("</td><td>").Append(HtmlText.Escape(allergy.Reaction)).Append("</td></tr>");
        }

        return html.Append("</table>").ToString();
    }

    private static string Problems(IReadOnlyList<Problem> problems)
    {
        if (problems.Count == 0)
        {
            return None;
        }

        var html = new StringBuilder("<table><colgroup><col><col style=\"width: 40mm\"></colgroup><tr><th>病名</th><th>開始日</th></tr>");
        foreach (var problem in problems)
        {
            html.Append("<tr><td>").Append(HtmlText.Escape((problem.IsPrimary ? "（主）" : string.Empty) + problem.DisplayName))
                .Append("</td><td>").Append(HtmlText.Escape(JapaneseDateFormatter.FormatWareki(problem.OnsetDate))).Append("</td></tr>");
        }

        return html.Append("</table>").ToString();
    }

    private static string Labs(IReadOnlyList<LabTrend> labs)
    {
        if (labs.Count == 0)
        {
            return None;
        }

        var html = new StringBuilder("<table><colgroup><col style=\"width: 28mm\"><col><col style=\"width: 29mm\"></colgroup><tr><th>項目</th><th>値（日付）</th><th>推移</th></tr>");
        foreach (var lab in labs)
        {
            var values = LabValues(lab);
            html.Append("<tr><td>").Append(HtmlText.Escape(lab.Item + (lab.Unit.Length > 0 ? $" [{lab.Unit}]" : string.Empty)))
                .Append("</td><td>").Append(HtmlText.Escape(values))
                .Append("</td><td>").Append(TrendSvg.Render(lab)).Append("</td></tr>");
        }

        return html.Append("</table>").ToString();
    }

    private static string LabValues(LabTrend lab) =>
        string.Join("　", lab.Results.Select(static r => $"{r.Value}{Mark(r)}（{JapaneseDateFormatter.FormatShort(r.CollectedOn)}）"));

    private static string Mark(Domain.Labs.LabResult result) => result.Interpretation switch
    {
        Domain.Labs.LabInterpretation.High => " H",
        Domain.Labs.LabInterpretation.Low => " L",
        _ => string.Empty,
    };

    private static string Notes(IReadOnlyList<SummaryNote> notes)
    {
        if (notes.Count == 0)
        {
            return None;
        }

        var html = new StringBuilder();
        foreach (var note in notes)
        {
            html.Append("<div class=\"note\"><div class=\"date\">").Append(HtmlText.Escape(JapaneseDateFormatter.FormatWareki(note.VisitDate)))
                .Append("</div><div class=\"lines\">").Append(HtmlText.Lines(note.Text)).Append("</div></div>");
        }

        return html.ToString();
    }
}
