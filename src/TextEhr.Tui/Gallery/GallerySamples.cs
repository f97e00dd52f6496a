using TextEhr.Tui.Views;

namespace TextEhr.Tui.Gallery;

/// <summary>The gallery's fixed sample data: a prescription table, an HbA1c trend and a note.</summary>
internal static class GallerySamples
{
    public static IReadOnlyList<TableColumn> PrescriptionColumns { get; } =
        [new("日付", 10), new("薬剤", 0), new("量", 5, AlignRight: true), new("日数", 4, AlignRight: true)];

    public static IReadOnlyList<TrendPoint> HbA1c { get; } =
    [
        new(new DateOnly(2023, 1, 10), 7.2), new(new DateOnly(2023, 4, 11), 6.9), new(new DateOnly(2023, 7, 4), 6.8),
        new(new DateOnly(2023, 10, 3), 6.5), new(new DateOnly(2024, 1, 9), 6.1), new(new DateOnly(2024, 3, 5), 6.3),
        new(new DateOnly(2024, 5, 1), 6.4),
    ];

    public static string Note => "S) 変わりなし。夜間頻尿なし。\nO) BP 132/78  P 72\nA) 2型糖尿病 安定\nP) Do処方。3か月後 HbA1c。";

    public static TableRows Prescriptions()
    {
        var rows = new TableRows();
        rows.Add("2024/05/01", "メトホルミン錠250mg", "2錠", "90");
        rows.Add("2024/05/01", "アムロジピン錠5mg", "1錠", "90");
        rows.Add("2024/02/06", "メトホルミン錠250mg", "2錠", "84");
        rows.Add("2024/02/06", "アムロジピン錠5mg", "1錠", "84");
        return rows;
    }
}
