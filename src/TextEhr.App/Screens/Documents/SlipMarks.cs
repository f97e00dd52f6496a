using TextEhr.App.Input;
using TextEhr.Documents.Prescriptions;

namespace TextEhr.App.Screens.Documents;

/// <summary>
/// The 処方箋 form's boxes for 変更不可・患者希望 (as <c>Rp-番号</c>), リフィル and 残薬の対応, and how they
/// go into the slip. Empty boxes leave the slip as the chart gave it.
/// </summary>
public static class SlipMarks
{
    public const string NotAllowedKey = "SubstitutionNotAllowed";

    public const string WishKey = "PatientWish";

    public const string RefillKey = nameof(PrescriptionSlipModel.RefillCount);

    public const string LeftoverKey = nameof(PrescriptionSlipModel.Leftover);

    /// <summary>The four one-line boxes, empty at first.</summary>
    public static IReadOnlyList<DocumentField> Fields { get; } =
    [
        new(NotAllowedKey, "変更不可(1-2)", string.Empty),
        new(WishKey, "患者希望(1-2)", string.Empty),
        new(RefillKey, "リフィル回数", string.Empty),
        new(LeftoverKey, "残薬 1照会2提供", string.Empty),
    ];

    /// <summary>The first box that does not parse, as its Japanese message; null when all do.</summary>
    public static string? Problem(PrescriptionSlipModel slip, IReadOnlyDictionary<string, string> typed)
    {
        ArgumentNullException.ThrowIfNull(slip);
        return SlipMarksInput.ParseDrugs(Text(typed, NotAllowedKey), slip.Prescription).Error
            ?? SlipMarksInput.ParseDrugs(Text(typed, WishKey), slip.Prescription).Error
            ?? SlipMarksInput.ParseRefill(Text(typed, RefillKey)).Error
            ?? SlipMarksInput.ParseLeftover(Text(typed, LeftoverKey)).Error;
    }

    /// <summary><paramref name="slip"/> with the typed marks; boxes that do not parse are left out (check <see cref="Problem"/> first).</summary>
    public static PrescriptionSlipModel Apply(PrescriptionSlipModel slip, IReadOnlyDictionary<string, string> typed)
    {
        ArgumentNullException.ThrowIfNull(slip);
        var notAllowed = SlipMarksInput.ParseDrugs(Text(typed, NotAllowedKey), slip.Prescription).Value ?? [];
        var wish = SlipMarksInput.ParseDrugs(Text(typed, WishKey), slip.Prescription).Value ?? [];
        var marks = notAllowed.Union(wish)
            .Order()
            .Select(d => new DrugMarks { Rp = d.Rp, Serial = d.Serial, SubstitutionNotAllowed = notAllowed.Contains(d), PatientWish = wish.Contains(d) })
            .ToList();
        return slip with
        {
            Marks = marks,
            RefillCount = SlipMarksInput.ParseRefill(Text(typed, RefillKey)).Value,
            Leftover = SlipMarksInput.ParseLeftover(Text(typed, LeftoverKey)).Value,
        };
    }

    private static string Text(IReadOnlyDictionary<string, string> typed, string key) =>
        typed.TryGetValue(key, out var text) ? text : string.Empty;
}
