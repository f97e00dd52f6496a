using System.Globalization;
using TextEhr.App.Hosting;
using TextEhr.App.Output;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Stores;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// Every version of one chart entry (read once: reading is audited), shown two at a time, older and
/// newer, with the lines that differ marked. Starts on the latest pair, since the doctor usually asks
/// "what did the last correction change?".
/// </summary>
public sealed class EntryHistoryViewModel
{
    private readonly Dictionary<long, string> _names = [];
    private readonly IUserStore _users;

    public EntryHistoryViewModel(IChartStore charts, IUserStore users, long entryId, long userId)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(users);
        _users = users;
        EntryId = entryId;
        Versions = charts.History(entryId, userId);
        NewerIndex = Math.Max(Versions.Count - 1, 0);
    }

    public long EntryId { get; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<ChartEntryVersion> Versions { get; }

    /// <summary>The index in <see cref="Versions"/> of the newer of the two shown.</summary>
    public int NewerIndex { get; private set; }

    public bool HasCorrections => Versions.Count > 1;

    public ChartEntryVersion? Newer => Versions.Count > 0 ? Versions[NewerIndex] : null;

    public ChartEntryVersion? Older => HasCorrections ? Versions[NewerIndex - 1] : null;

    /// <summary><c>第1版と第2版 (全3版)</c>, or what to say when there is no pair.</summary>
    public string PairCaption => Newer is null ? string.Empty
        : Older is { } older ? EntryHistoryMessages.Pair(older.Version, Newer.Version, Versions.Count)
        : EntryHistoryMessages.OnlyVersion;

    /// <summary>One pair earlier; false (nothing changes) at the first pair.</summary>
    public bool ShowOlderPair()
    {
        if (NewerIndex <= 1)
        {
            return false;
        }

        NewerIndex--;
        return true;
    }

    /// <summary>One pair later; false at the latest pair.</summary>
    public bool ShowNewerPair()
    {
        if (NewerIndex >= Versions.Count - 1)
        {
            return false;
        }

        NewerIndex++;
        return true;
    }

    /// <summary>The head of a version: 版 and state, who wrote and confirmed it when, and the reason.</summary>
    public IReadOnlyList<string> Header(ChartEntryVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var lines = new List<string>
        {
            EntryHistoryMessages.Version(version.Version, DisplayText.Of(NoteStates.Of(version))),
            EntryHistoryMessages.Authored(Stamp(version.AuthoredAt), NameOf(version.AuthorId)),
            version is { ConfirmedAt: { } at, ConfirmedById: { } by }
                ? EntryHistoryMessages.Confirmed(Stamp(at), NameOf(by))
                : EntryHistoryMessages.Unconfirmed,
        };
        if (!string.IsNullOrEmpty(version.Reason))
        {
            lines.Add(EntryHistoryMessages.Reason(version.Status == EntryStatus.Voided, version.Reason));
        }

        return lines;
    }

    /// <summary>The page itself, S O vitals A P and the prescription, one line per row.</summary>
    public static IReadOnlyList<string> Content(ChartEntryVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ChartVersionText.WriteContent(writer, version.Content);
        var lines = writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')
            .Where(line => line.Length > 0)
            .Select(line => line.StartsWith("  ", StringComparison.Ordinal) ? line[2..] : line)
            .ToList();
        return lines.Count == 0 ? [EntryHistoryMessages.EmptyContent] : lines;
    }

    /// <summary>The two shown versions' pages aligned line by line, differences marked; one side only without a pair.</summary>
    public IReadOnlyList<EntryHistoryRow> Rows()
    {
        if (Newer is null)
        {
            return [];
        }

        return Older is { } older
            ? EntryHistoryDiff.Align(Content(older), Content(Newer))
            : [.. Content(Newer).Select(line => new EntryHistoryRow(null, line, Changed: false))];
    }

    private static string Stamp(DateTimeOffset stamp)
    {
        var jst = ClinicTime.ToJst(stamp);
        return JapaneseDateFormatter.FormatShort(DateOnly.FromDateTime(jst.DateTime)) + " "
            + jst.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private string NameOf(long userId)
    {
        if (!_names.TryGetValue(userId, out var name))
        {
            name = _users.FindById(userId)?.DisplayName ?? "#" + userId.ToString(CultureInfo.InvariantCulture);
            _names[userId] = name;
        }

        return name;
    }
}
