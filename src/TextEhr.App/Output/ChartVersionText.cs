using System.Globalization;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Output;

/// <summary>One version of a chart entry as text: header, authorship, reason, hash and the page itself.</summary>
public static class ChartVersionText
{
    public static void Write(TextWriter output, ChartEntryVersion version, UserNames users)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(users);
        var state = NoteStates.Of(version);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"第{version.Version}{DisplayText.Version} [{DisplayText.Of(state)}] {DisplayText.VersionId} {version.Id}  {DisplayText.EntryId} {version.EntryId}  {DisplayText.VisitDate} {JapaneseDateFormatter.FormatWithWestern(version.VisitDate)}"));
        output.WriteLine($"  {DisplayText.Author}: {users.NameOf(version.AuthorId)}  {DisplayText.Stamp(version.AuthoredAt)}");
        if (version.ConfirmedById is { } confirmer && version.ConfirmedAt is { } confirmedAt)
        {
            output.WriteLine($"  {DisplayText.Confirmer}: {users.NameOf(confirmer)}  {DisplayText.Stamp(confirmedAt)}");
        }

        if (!string.IsNullOrEmpty(version.Reason))
        {
            output.WriteLine($"  {DisplayText.Reason}: {version.Reason}");
        }

        output.WriteLine($"  {DisplayText.Hash}: {version.ContentHash}");
        WriteContent(output, version.Content);
    }

    public static void WriteContent(TextWriter output, ChartEntryContent content)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(content);
        WriteText(output, "S", content.Subjective);
        WriteText(output, "O", content.Objective);
        if (!content.Vitals.IsEmpty)
        {
            output.WriteLine($"  {DisplayText.Vitals}: {VitalsText.Format(content.Vitals)}");
        }

        WriteText(output, "A", content.Assessment);
        WriteText(output, "P", content.Plan);
        if (content.Prescription is { Groups.Count: > 0 } prescription)
        {
            WritePrescription(output, prescription);
        }
    }

    private static void WritePrescription(TextWriter output, Prescription prescription)
    {
        var place = prescription.IsOutOfHouse ? DisplayText.OutOfHouse : DisplayText.InHouse;
        output.WriteLine($"  {DisplayText.Prescription} ({place}):");
        for (var i = 0; i < prescription.Groups.Count; i++)
        {
            var group = prescription.Groups[i];
            foreach (var item in group.Items)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"    Rp{i + 1} {item.DrugName} {DisplayText.Number(item.Dose)}{item.Unit}"));
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"        {group.Usage} {group.Duration}{DisplayText.Of(group.DurationUnit)}"));
        }
    }

    private static void WriteText(TextWriter output, string label, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        output.WriteLine($"  {label}: {lines[0]}");
        foreach (var line in lines.Skip(1))
        {
            output.WriteLine($"     {line}");
        }
    }
}
