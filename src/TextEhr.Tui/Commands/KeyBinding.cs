namespace TextEhr.Tui.Commands;

/// <summary>
/// One row of a key map: a command, the keys that run it (an F-key and a Ctrl alternative, since some
/// terminals keep F10 or F11 for themselves), its labels and its help. The F-key bar, the F1 help and
/// the README's key table are all generated from these rows.
/// </summary>
/// <param name="Command">What the keys run.</param>
/// <param name="Keys">The keys, the one to show first.</param>
/// <param name="Label">The short Japanese label on the F-key bar (新規, 一時保存).</param>
/// <param name="EnglishLabel">The English label, for documents and logs.</param>
/// <param name="Help">One Japanese sentence for the help screen.</param>
public sealed record KeyBinding(CommandId Command, IReadOnlyList<KeyChord> Keys, string Label, string EnglishLabel, string Help)
{
    /// <summary>Whether the F-key bar shows this command; navigation keys such as Tab are only in the help.</summary>
    public bool InBar { get; init; }

    /// <summary>The key the bar shows: the first F-key, else the first key; null when nothing is bound.</summary>
    public KeyChord? BarKey
    {
        get
        {
            foreach (var key in Keys)
            {
                if (key.IsFunctionKey)
                {
                    return key;
                }
            }

            return Keys.Count > 0 ? Keys[0] : null;
        }
    }

    /// <summary>The keys as the help screen shows them: <c>F2 / Ctrl+N</c>.</summary>
    public string KeyText => string.Join(" / ", Keys);
}
