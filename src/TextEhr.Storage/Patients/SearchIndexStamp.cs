using System.Runtime.InteropServices;

namespace TextEhr.Storage.Patients;

/// <summary>
/// What <see cref="PatientSearchIndex"/> has seen: the search generation (one per patient insert or key
/// update) and the newest patients and patients_history ids, read in one statement, so one snapshot.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct SearchIndexStamp(long Generation, long LastPatientId, long LastHistoryId)
{
    /// <summary>Whether the generations between this stamp and <paramref name="newer"/> can be new rows and edits.</summary>
    public bool CanReach(SearchIndexStamp newer) =>
        newer.Generation > Generation && newer.LastPatientId >= LastPatientId && newer.LastHistoryId >= LastHistoryId;
}
