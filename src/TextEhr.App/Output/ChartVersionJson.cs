using TextEhr.App.Hosting;
using TextEhr.Domain.Clinical;

namespace TextEhr.App.Output;

/// <summary>One version of a chart entry in JSON; stamps in JST.</summary>
public sealed record ChartVersionJson(
    long VersionId,
    long EntryId,
    long PatientId,
    DateOnly VisitDate,
    int Version,
    NoteState State,
    string StateLabel,
    string? Reason,
    long AuthorId,
    string Author,
    DateTimeOffset AuthoredAt,
    long? ConfirmedById,
    string? ConfirmedBy,
    DateTimeOffset? ConfirmedAt,
    string ContentHash,
    ChartContentJson Content)
{
    public static ChartVersionJson From(ChartEntryVersion version, UserNames users)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(users);
        var state = NoteStates.Of(version);
        return new(
            version.Id,
            version.EntryId,
            version.PatientId,
            version.VisitDate,
            version.Version,
            state,
            DisplayText.Of(state),
            version.Reason,
            version.AuthorId,
            users.NameOf(version.AuthorId),
            ClinicTime.ToJst(version.AuthoredAt),
            version.ConfirmedById,
            version.ConfirmedById is { } confirmer ? users.NameOf(confirmer) : null,
            version.ConfirmedAt is { } at ? ClinicTime.ToJst(at) : null,
            version.ContentHash,
            ChartContentJson.From(version.Content));
    }
}
