using TextEhr.Domain.Clinical;

namespace TextEhr.App.Output;

/// <summary>Reads a version's <see cref="NoteState"/>.</summary>
public static class NoteStates
{
    public static NoteState Of(ChartEntryVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.Status == EntryStatus.Voided)
        {
            return NoteState.Voided;
        }

        return version.IsConfirmed ? NoteState.Confirmed : NoteState.Draft;
    }
}
