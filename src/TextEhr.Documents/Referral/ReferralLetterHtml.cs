using System.Globalization;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Domain.Dates;

namespace TextEhr.Documents.Referral;

/// <summary>Puts a <see cref="ReferralLetterModel"/> into the <c>referral.html</c> template.</summary>
public static class ReferralLetterHtml
{
    /// <summary>Template file name; a clinic overrides it with <c>templates/referral.html</c>.</summary>
    public const string TemplateName = "referral.html";

    /// <summary>The letter as one HTML page.</summary>
    public static RenderedDocument Render(ReferralLetterModel model, TemplateStore templates, DocumentFont? font)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(templates);
        var text = Texts(model);
        var values = text.ToDictionary(static p => p.Key, static p => HtmlText.Lines(p.Value), StringComparer.Ordinal);
        values["fontFace"] = font?.FontFaceCss() ?? string.Empty;
        var html = HtmlTemplate.Fill(templates.Load(TemplateName), values);
        return new RenderedDocument("referral", "診療情報提供書", html, [.. text.Values]);
    }

    /// <summary>Every placeholder and its plain text, as printed.</summary>
    public static IReadOnlyDictionary<string, string> Texts(ReferralLetterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["date"] = JapaneseDateFormatter.FormatWareki(model.Date),
            ["toInstitution"] = model.ToInstitution,
            ["toDepartment"] = model.ToDepartment,
            ["toDoctor"] = model.ToDoctor.Length > 0 ? model.ToDoctor : "担当医",
            ["clinicPostalCode"] = model.Clinic.PostalCode.Length > 0 ? "〒" + model.Clinic.PostalCode : string.Empty,
            ["clinicAddress"] = model.Clinic.Address,
            ["clinicName"] = model.Clinic.Name,
            ["clinicPhone"] = model.Clinic.Phone,
            ["doctorName"] = model.DoctorName,
            ["patientName"] = model.PatientName,
            ["patientKana"] = model.PatientKana,
            ["sex"] = ChartText.Sex(model.Sex),
            ["birthDate"] = JapaneseDateFormatter.FormatWareki(model.BirthDate),
            ["age"] = model.Age.ToString(CultureInfo.InvariantCulture),
            ["patientAddress"] = model.PatientAddress,
            ["patientPhone"] = model.PatientPhone,
            ["occupation"] = model.Occupation,
            ["diagnoses"] = model.Diagnoses,
            ["purpose"] = model.Purpose,
            ["history"] = model.History,
            ["course"] = model.Course,
            ["treatment"] = model.Treatment,
            ["prescription"] = model.CurrentPrescription,
            ["remarks"] = model.Remarks,
        };
    }
}
