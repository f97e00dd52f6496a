using System.Globalization;
using System.Text;
using TextEhr.App.Output;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Screens.Charting;

/// <summary>How the chart shows a visit: its row in the past list, its full page, and an Rp on one line.</summary>
public static class ChartText
{
    /// <summary><c>Rp1) アムロジピン錠5mg 1錠 / 1日1回朝食後 28日分</c>; several drugs joined with 、.</summary>
    public static string RpLine(int number, PrescriptionGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var drugs = string.Join("、", group.Items.Select(item => $"{item.DrugName} {DisplayText.Number(item.Dose)}{item.Unit}"));
        return string.Create(CultureInfo.InvariantCulture, $"Rp{number}) {drugs} / {group.Usage} {Duration(group)}");
    }

    /// <summary><c>28日分</c>, <c>5回分</c>.</summary>
    public static string Duration(PrescriptionGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Duration.ToString(CultureInfo.InvariantCulture) + DisplayText.Of(group.DurationUnit);
    }

    /// <summary>確定, 訂正2版, 下書き or 取消.</summary>
    public static string State(ChartEntryVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.Status == EntryStatus.Voided)
        {
            return "取消";
        }

        if (!version.IsConfirmed)
        {
            return version.Version > 1 ? "訂正中" : "下書き";
        }

        return version.Version > 1 ? string.Create(CultureInfo.InvariantCulture, $"訂正{version.Version}版") : "確定";
    }

    /// <summary><c>R7.6.14 確定 高血圧症 安定</c>: the date, the state and the first words of A, else S.</summary>
    public static string VisitRow(ChartEntryVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var content = version.Content;
        var gist = FirstLine(content.Assessment.Length > 0 ? content.Assessment : content.Subjective);
        if (gist.Length == 0 && content.Prescription is { Groups.Count: > 0 } rx)
        {
            gist = rx.Groups[0].Items[0].DrugName;
        }

        return $"{JapaneseDateFormatter.FormatShort(version.VisitDate)} {State(version)} {gist}";
    }

    /// <summary>The whole page of a version, read-only, line by line.</summary>
    public static string Page(ChartEntryVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var text = new StringBuilder();
        text.Append(JapaneseDateFormatter.FormatWareki(version.VisitDate)).Append(' ').Append(State(version));
        if (!string.IsNullOrEmpty(version.Reason))
        {
            text.Append('\n').Append("理由: ").Append(version.Reason);
        }

        var content = version.Content;
        AppendPart(text, "S", content.Subjective);
        AppendPart(text, "O", content.Objective);
        if (!content.Vitals.IsEmpty)
        {
            text.Append('\n').Append(VitalsText.Format(content.Vitals));
        }

        AppendPart(text, "A", content.Assessment);
        AppendPart(text, "P", content.Plan);
        if (content.Prescription is { Groups.Count: > 0 } prescription)
        {
            for (var i = 0; i < prescription.Groups.Count; i++)
            {
                text.Append('\n').Append(RpLine(i + 1, prescription.Groups[i]));
            }
        }

        return text.ToString();
    }

    private static void AppendPart(StringBuilder text, string label, string part)
    {
        if (part.Length > 0)
        {
            text.Append('\n').Append(label).Append(": ").Append(part.ReplaceLineEndings("\n"));
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim();
    }
}
