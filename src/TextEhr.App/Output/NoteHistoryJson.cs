namespace TextEhr.App.Output;

/// <summary>Every version of one chart entry, oldest first.</summary>
public sealed record NoteHistoryJson(long EntryId, long PatientId, IReadOnlyList<ChartVersionJson> Versions);
