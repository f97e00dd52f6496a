using TextEhr.Domain.Dates;
using TextEhr.Domain.Patients;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Patients;

/// <summary>The search results as table cells: 患者番号, 氏名, カナ, 性別, 生年月日 (和暦), 満年齢, 最終来院.</summary>
public sealed class PatientSearchRows(Func<IReadOnlyList<PatientSummary>> rows, Func<DateOnly> today) : ITableSource
{
    /// <summary>The columns, 氏名 taking what the others leave.</summary>
    public static IReadOnlyList<TableColumn> Columns { get; } =
    [
        new("患者番号", 8, AlignRight: true),
        new("氏名", 0),
        new("カナ", 16),
        new("性別", 4),
        new("生年月日", 9),
        new("満年齢", 6, AlignRight: true),
        new("最終来院", 9),
    ];

    public int RowCount => rows().Count;

    public string GetCell(int row, int column)
    {
        var patient = rows()[row];
        return column switch
        {
            0 => patient.ChartNumber,
            1 => patient.Name.Full,
            2 => patient.KanaName.Full,
            3 => SexText(patient.Sex),
            4 => JapaneseDateFormatter.FormatShort(patient.BirthDate),
            5 => AgeText(patient.BirthDate, today()),
            6 => patient.LastVisit is { } visit ? JapaneseDateFormatter.FormatShort(visit) : "-",
            _ => string.Empty,
        };
    }

    public static string SexText(Sex sex) => sex switch
    {
        Sex.Male => "男",
        Sex.Female => "女",
        _ => string.Empty,
    };

    public static string AgeText(DateOnly birth, DateOnly today) =>
        birth <= today ? Age.Describe(birth, today) : string.Empty;
}
