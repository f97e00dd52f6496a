using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Screens.Patients;

/// <summary>A saved patient written back into the boxes of 患者登録, in the forms the boxes read.</summary>
internal static class PatientFormWriter
{
    private static readonly string[] KindWords = ["", "社保", "国保", "労災", "自賠", "公害", "自費", "後期"];

    public static void Write(Patient patient, Dictionary<PatientField, string> texts)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(texts);
        texts[PatientField.Name] = Spaced(patient.Name);
        texts[PatientField.Kana] = Spaced(patient.KanaName);
        texts[PatientField.Sex] = PatientSearchRows.SexText(patient.Sex);
        texts[PatientField.BirthDate] = JapaneseDateFormatter.FormatShort(patient.BirthDate);
        texts[PatientField.PostalCode] = patient.PostalCode;
        texts[PatientField.Address] = patient.Address;
        texts[PatientField.Phone] = patient.Phone;
        texts[PatientField.Occupation] = patient.Occupation;
        texts[PatientField.Memo] = patient.Memo;
        if (patient.Insurance is { } card)
        {
            texts[PatientField.InsuranceKind] = (int)card.Kind < KindWords.Length ? KindWords[(int)card.Kind] : string.Empty;
            texts[PatientField.InsurerNumber] = card.InsurerNumber;
            texts[PatientField.CardSymbol] = card.CardSymbol;
            texts[PatientField.CardNumber] = card.CardNumber;
            texts[PatientField.BranchNumber] = card.BranchNumber;
            texts[PatientField.Relationship] = card.Relationship == InsuredRelationship.Dependent ? "家族" : "本人";
            texts[PatientField.ValidFrom] = Date(card.ValidFrom);
            texts[PatientField.ValidTo] = Date(card.ValidTo);
            texts[PatientField.CardCopay] = Tenths(card.CardCopayTenths);
            texts[PatientField.CopayOverride] = Tenths(card.CopayOverrideTenths);
        }

        WritePublic(patient.PublicCoverages.ElementAtOrDefault(0), texts, PatientField.Public1Payer, PatientField.Public1Recipient, PatientField.Public1From, PatientField.Public1To);
        WritePublic(patient.PublicCoverages.ElementAtOrDefault(1), texts, PatientField.Public2Payer, PatientField.Public2Recipient, PatientField.Public2From, PatientField.Public2To);
    }

    /// <summary>Whether an edit changes nothing, so no new revision is written.</summary>
    public static bool SameRecord(Patient edited, Patient original)
    {
        ArgumentNullException.ThrowIfNull(edited);
        ArgumentNullException.ThrowIfNull(original);
        return edited with { PublicCoverages = original.PublicCoverages } == original
            && edited.PublicCoverages.SequenceEqual(original.PublicCoverages);
    }

    private static void WritePublic(PublicCoverage? coverage, Dictionary<PatientField, string> texts, PatientField payer, PatientField recipient, PatientField from, PatientField to)
    {
        if (coverage is null)
        {
            return;
        }

        texts[payer] = coverage.PayerNumber;
        texts[recipient] = coverage.RecipientNumber;
        texts[from] = Date(coverage.ValidFrom);
        texts[to] = Date(coverage.ValidTo);
    }

    private static string Spaced(PersonName name) => name.Given.Length == 0 ? name.Family : $"{name.Family} {name.Given}";

    private static string Date(DateOnly? date) => date is { } value ? JapaneseDateFormatter.FormatShort(value) : string.Empty;

    private static string Tenths(int? tenths) => tenths?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
