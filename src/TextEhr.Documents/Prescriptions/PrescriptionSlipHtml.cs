using System.Globalization;
using QRCoder.Exceptions;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;

namespace TextEhr.Documents.Prescriptions;

/// <summary>Puts a <see cref="PrescriptionSlipModel"/> and its JAHIS code into <c>prescription.html</c>.</summary>
public static class PrescriptionSlipHtml
{
    /// <summary>Template file name; a clinic overrides it with <c>templates/prescription.html</c>.</summary>
    public const string TemplateName = "prescription.html";

    /// <summary>The slip as one HTML page, the QR inline.</summary>
    public static RenderedDocument Render(PrescriptionSlipModel slip, TemplateStore templates, DocumentFont? font)
    {
        ArgumentNullException.ThrowIfNull(slip);
        ArgumentNullException.ThrowIfNull(templates);
        var text = Texts(slip);
        var values = text.ToDictionary(static p => p.Key, static p => HtmlText.Lines(p.Value), StringComparer.Ordinal);
        values["fontFace"] = font?.FontFaceCss() ?? string.Empty;
        values["rxRows"] = PrescriptionRowsHtml.Render(slip);
        values["refillMark"] = slip.RefillCount > 0 ? PrescriptionRowsHtml.Tick : string.Empty;
        values["leftoverQueryMark"] = slip.Leftover == LeftoverMedicineAction.QueryPrescriber ? PrescriptionRowsHtml.Tick : string.Empty;
        values["leftoverInformMark"] = slip.Leftover == LeftoverMedicineAction.InformPrescriber ? PrescriptionRowsHtml.Tick : string.Empty;
        var payload = JahisPrescriptionCode.Bytes(slip);
        List<string> notices = [];
        try
        {
            values["qr"] = QrSvg.Render(payload);
            values["qrNote"] = HtmlText.Escape(string.Create(CultureInfo.InvariantCulture, $"JAHIS 院外処方箋 2次元シンボル ({payload.Length} バイト)"));
        }
        catch (DataTooLongException)
        {
            // QRCoder cannot link symbols (structured append), so the slip is printed without a code, saying so
            // where the code would be, and the doctor is told before printing.
            values["qr"] = "<div class=\"qr qrmissing\">" + HtmlText.Escape(DocumentMessages.QrOmittedOnSlip) + "</div>";
            values["qrNote"] = string.Empty;
            notices.Add(DocumentMessages.QrTooLong(payload.Length));
        }

        var html = HtmlTemplate.Fill(templates.Load(TemplateName), values);
        return new RenderedDocument("prescription", "処方箋", html, [.. text.Values]) { Notices = notices };
    }

    /// <summary>Every placeholder and its plain text, as printed.</summary>
    public static IReadOnlyDictionary<string, string> Texts(PrescriptionSlipModel slip)
    {
        ArgumentNullException.ThrowIfNull(slip);
        var patient = slip.Patient;
        var insurance = patient.Insurance;
        var firstPublic = patient.PublicCoverages.Count > 0 ? patient.PublicCoverages[0] : null;

        // The form's second 公費 rows sit in the pharmacy's box at the foot (第二公費).
        var secondPublic = patient.PublicCoverages.Count > 1 ? patient.PublicCoverages[1] : null;
        var card = insurance is null ? string.Empty
            : (insurance.CardSymbol.Length > 0 ? $"{insurance.CardSymbol}・{insurance.CardNumber}" : insurance.CardNumber) + (insurance.BranchNumber.Length > 0 ? $"（枝番）{insurance.BranchNumber}" : string.Empty);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["publicPayer"] = firstPublic?.PayerNumber ?? string.Empty,
            ["publicRecipient"] = firstPublic?.RecipientNumber ?? string.Empty,
            ["secondPublicPayer"] = secondPublic?.PayerNumber ?? string.Empty,
            ["secondPublicRecipient"] = secondPublic?.RecipientNumber ?? string.Empty,
            ["insurer"] = insurance?.InsurerNumber ?? string.Empty,
            ["card"] = card,
            ["patientName"] = patient.Name.Full,
            ["patientKana"] = patient.KanaName.Full,
            ["birthDate"] = JapaneseDateFormatter.FormatWareki(patient.BirthDate),
            ["sex"] = ChartText.Sex(patient.Sex),
            ["relation"] = insurance is null ? string.Empty : insurance.Relationship == InsuredRelationship.Self ? "被保険者" : "被扶養者",
            ["clinicPostalCode"] = slip.Clinic.PostalCode.Length > 0 ? "〒" + slip.Clinic.PostalCode : string.Empty,
            ["clinicAddress"] = slip.Clinic.Address,
            ["clinicName"] = slip.Clinic.Name,
            ["clinicPhone"] = slip.Clinic.Phone,
            ["doctorName"] = slip.DoctorName,
            ["prefecture"] = slip.Clinic.Prefecture,
            ["institutionCode"] = slip.Clinic.InstitutionCode,
            ["issueDate"] = JapaneseDateFormatter.FormatWareki(slip.IssueDate),
            ["expiryDate"] = JapaneseDateFormatter.FormatWareki(slip.ExpiryDate),
            ["prescription"] = ChartText.Prescription(slip.Prescription),
            ["remarks"] = slip.Remarks,
            ["refillCount"] = slip.RefillCount > 0 ? slip.RefillCount.ToString(CultureInfo.InvariantCulture) : "　",
        };
    }
}
