using System.Text;
using TextEhr.Documents.Html;

namespace TextEhr.Documents.Prescriptions;

/// <summary>
/// The 処方 area as table rows: one row per drug with its 変更不可 and 患者希望 cells, then the 用法 row
/// of each Rp, the same lines <see cref="ChartText.Prescription"/> gives as text.
/// </summary>
public static class PrescriptionRowsHtml
{
    /// <summary>The mark put in a ticked column or box: the check the form calls 「レ」 (it allows 「レ」又は「×」).</summary>
    public const string Tick = "✓";

    /// <summary>The <c>&lt;tr&gt;</c> rows for <paramref name="slip"/>'s Rp groups.</summary>
    public static string Render(PrescriptionSlipModel slip)
    {
        ArgumentNullException.ThrowIfNull(slip);
        var rows = new StringBuilder();
        var rp = 1;
        foreach (var group in slip.Prescription.Groups)
        {
            var serial = 1;
            foreach (var item in group.Items)
            {
                var marks = slip.MarksFor(rp, serial);
                var prefix = serial == 1 ? $"Rp{rp}　" : "　　　";
                Row(rows, marks.SubstitutionNotAllowed, marks.PatientWish, prefix + item.DrugName + " " + ChartText.Dose(item));
                serial++;
            }

            Row(rows, false, false, "　　　" + group.Usage + "　" + ChartText.Duration(group));
            rp++;
        }

        return rows.ToString();
    }

    private static void Row(StringBuilder rows, bool notAllowed, bool wish, string line) =>
        rows.Append("<tr><td class=\"mark\">").Append(notAllowed ? Tick : string.Empty)
            .Append("</td><td class=\"mark\">").Append(wish ? Tick : string.Empty)
            .Append("</td><td>").Append(HtmlText.Escape(line)).Append("</td></tr>\n");
}
