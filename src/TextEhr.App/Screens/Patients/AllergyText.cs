using TextEhr.Domain.Clinical;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Patients;

/// <summary>How the edit screen shows allergies: rows of the small list, and the banner's warning.</summary>
public static class AllergyText
{
    public static string Category(AllergyCategory category) => category == AllergyCategory.Drug ? "薬剤" : "その他";

    public static string State(PatientAllergyRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.IsToBeVoided ? "取消予定" : row.IsNew ? "追加予定" : "登録済";
    }

    public static void Fill(TableRows table, IReadOnlyList<PatientAllergyRow> rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        table.Clear();
        foreach (var row in rows)
        {
            table.Add(Category(row.Allergy.Category), row.Allergy.Substance, row.Allergy.Reaction, State(row));
        }
    }

    /// <summary><c>アレルギー: ペニシリン、卵</c>, leaving out those to be voided.</summary>
    public static string? Banner(IReadOnlyList<PatientAllergyRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var names = rows.Where(row => !row.IsToBeVoided).Select(row => row.Allergy.Substance).ToList();
        return names.Count == 0 ? null : "アレルギー: " + string.Join("、", names);
    }
}
