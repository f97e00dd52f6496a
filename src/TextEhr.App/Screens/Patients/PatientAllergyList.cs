using TextEhr.Domain.Clinical;
using TextEhr.Domain.Stores;

namespace TextEhr.App.Screens.Patients;

/// <summary>
/// The allergies of the edit screen: those on file plus what the doctor added or voided, kept until F12
/// so that Esc leaves the record as it was. Allergies are append-only, so a change is an add or a void.
/// </summary>
public sealed class PatientAllergyList
{
    private readonly List<PatientAllergyRow> _rows = [];

    public IReadOnlyList<PatientAllergyRow> Rows => _rows;

    public bool HasChanges => _rows.Exists(row => row.IsNew || row.IsToBeVoided);

    public void Load(IEnumerable<Allergy> onFile)
    {
        ArgumentNullException.ThrowIfNull(onFile);
        _rows.Clear();
        _rows.AddRange(onFile.Select(allergy => new PatientAllergyRow(allergy)));
    }

    public void Add(Allergy allergy)
    {
        ArgumentNullException.ThrowIfNull(allergy);
        _rows.Add(new PatientAllergyRow(allergy with { Id = 0 }));
    }

    /// <summary>Drops an allergy not yet saved; marks one on file to be voided with <paramref name="reason"/>.</summary>
    public void Void(int index, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _rows.Count);
        if (_rows[index].IsNew)
        {
            _rows.RemoveAt(index);
        }
        else
        {
            _rows[index] = _rows[index] with { VoidReason = reason };
        }
    }

    /// <summary>Writes the adds and voids; each row is settled as it is written, so a retry repeats nothing.</summary>
    public void Save(IAllergyStore store, long patientId, long userId)
    {
        ArgumentNullException.ThrowIfNull(store);
        for (var i = 0; i < _rows.Count; i++)
        {
            var row = _rows[i];
            if (row.IsToBeVoided)
            {
                store.Void(row.Allergy.Id, row.VoidReason!, userId);
                _rows.RemoveAt(i--);
            }
            else if (row.IsNew)
            {
                _rows[i] = new PatientAllergyRow(store.Add(row.Allergy with { PatientId = patientId }, userId));
            }
        }
    }
}
