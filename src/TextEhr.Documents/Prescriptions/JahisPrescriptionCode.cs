using System.Globalization;
using System.Text;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.Documents.Prescriptions;

/// <summary>
/// The JAHIS 院外処方箋 2D-code payload: CSV records (<c>record,field,…</c>) joined by CRLF under the header
/// line, encoded as Shift_JIS. Record numbers and code lists follow the domain notes (JAPAN-EHR.md §9),
/// which three public implementations agree on; the JAHIS PDF itself was not read.
/// </summary>
public static class JahisPrescriptionCode
{
    /// <summary>First line of the payload: the format version.</summary>
    public const string Header = "JAHIS9";

    /// <summary>Shift_JIS (code page 932); characters it lacks become <c>?</c>.</summary>
    public static Encoding ShiftJis
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(932);
        }
    }

    /// <summary>The payload as the exact bytes put in the QR code.</summary>
    public static byte[] Bytes(PrescriptionSlipModel slip) => ShiftJis.GetBytes(Text(slip));

    /// <summary>The payload as text (CRLF between records, none after the last).</summary>
    public static string Text(PrescriptionSlipModel slip) => string.Join("\r\n", Records(slip));

    /// <summary>The records in order, the header first.</summary>
    public static IReadOnlyList<string> Records(PrescriptionSlipModel slip)
    {
        ArgumentNullException.ThrowIfNull(slip);
        var patient = slip.Patient;
        var clinic = slip.Clinic;
        var records = new List<string>
        {
            Header,

            // 種別 1 医科: the clinic profile has no 医科/歯科 choice, and its 医療機関番号 is built with 点数表 1.
            Record(1, "1", clinic.InstitutionCode, clinic.Prefecture, clinic.Name),
            Record(2, Digits(clinic.PostalCode), clinic.Address),
            Record(3, clinic.Phone, string.Empty, string.Empty),

            // Record 4 (診療科) is left out: neither the clinic profile nor the doctor carries a 診療科, and
            // the record is optional; a made-up 内科 would be wrong for a clinic of another specialty.
            Record(5, string.Empty, string.Empty, slip.DoctorName),
            Record(11, patient.ChartNumber, patient.Name.Full, HalfWidthKana.Convert(patient.KanaName.Family + " " + patient.KanaName.Given).Trim()),
            Record(12, ((int)patient.Sex).ToString(CultureInfo.InvariantCulture)),
            Record(13, Date(patient.BirthDate)),
        };
        if (JahisCopay.PartialPaymentCode(patient, slip.IssueDate) is { } partial)
        {
            records.Add(Record(14, partial));
        }

        if (patient.Insurance is { } insurance)
        {
            records.Add(Record(21, ((int)insurance.Kind).ToString(CultureInfo.InvariantCulture)));
            records.Add(Record(22, insurance.InsurerNumber));
            records.Add(Record(23, insurance.CardSymbol, insurance.CardNumber, ((int)insurance.Relationship).ToString(CultureInfo.InvariantCulture), insurance.BranchNumber));
        }

        if (JahisCopay.Rates(patient, slip.IssueDate) is { } rates)
        {
            records.Add(Record(24, rates.Copay, rates.Benefit));
        }

        var publicRecord = 27;
        foreach (var coverage in patient.PublicCoverages.Take(4))
        {
            records.Add(Record(publicRecord++, coverage.PayerNumber, coverage.RecipientNumber));
        }

        records.Add(Record(51, Date(slip.IssueDate)));
        records.Add(Record(52, Date(slip.ExpiryDate)));
        if (slip.Leftover != LeftoverMedicineAction.None)
        {
            records.Add(Record(62, ((int)slip.Leftover).ToString(CultureInfo.InvariantCulture)));
        }
        if (slip.Remarks.Length > 0)
        {
            records.Add(Record(81, "1", "1", OneLine(slip.Remarks)));
        }

        var rp = 1;
        foreach (var group in slip.Prescription.Groups)
        {
            records.AddRange(GroupRecords(slip, rp++, group));
        }

        return records;
    }

    private static IEnumerable<string> GroupRecords(PrescriptionSlipModel slip, int rp, PrescriptionGroup group)
    {
        var number = rp.ToString(CultureInfo.InvariantCulture);
        var form = group.Form switch
        {
            DosageForm.Internal => "1",
            DosageForm.AsNeeded => "2",
            DosageForm.External => "3",
            _ => "9",
        };
        yield return Record(101, number, form, string.Empty, group.Duration.ToString(CultureInfo.InvariantCulture));

        // Code type 1: no code, the 用法 is written out as text.
        yield return Record(111, number, "1", string.Empty, group.Usage, string.Empty);
        var serial = 1;
        foreach (var item in group.Items)
        {
            var (codeType, code) = DrugCode(item);
            var place = serial.ToString(CultureInfo.InvariantCulture);
            yield return Record(201, number, place, "1", codeType, code, item.DrugName,
                item.Dose.ToString("0.#####", CultureInfo.InvariantCulture), "1", item.Unit);
            var marks = slip.MarksFor(rp, serial++);
            var supplement = 1;
            if (marks.SubstitutionNotAllowed)
            {
                yield return Record(281, number, place, (supplement++).ToString(CultureInfo.InvariantCulture), "3", "後発品変更不可", string.Empty);
            }

            if (marks.PatientWish)
            {
                yield return Record(281, number, place, supplement.ToString(CultureInfo.InvariantCulture), "8", "先発医薬品患者希望", string.Empty);
            }
        }
    }

    // レセ電 codes are 9 digits, YJ codes 12 characters; anything else is printed as the name only.
    private static (string Type, string Code) DrugCode(PrescriptionItem item) => item.DrugCode switch
    {
        { Length: 9 } code when code.All(char.IsAsciiDigit) => ("2", code),
        { Length: 12 } code => ("4", code),
        _ => ("1", string.Empty),
    };

    private static string Record(int number, params string[] fields) =>
        number.ToString(CultureInfo.InvariantCulture) + "," + string.Join(",", fields.Select(Field));

    // The format has no quoting: a comma or line break inside a value would split the record.
    private static string Field(string value) => OneLine(value).Replace(',', '、');

    private static string OneLine(string value) =>
        value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    private static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
