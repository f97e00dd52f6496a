namespace TextEhr.App.Bench;

/// <summary>
/// Keystroke to frame in a list of 100,000 rows filtered as you type (the gallery's 患者一覧): カナ in three
/// scripts, kanji and a patient number typed one character at a time, then erased with Backspace, which
/// widens the filter again. Needs no clinic.
/// </summary>
public sealed class ListFilterKeystrokeCase : IBenchCase
{
    private const int Rounds = 70;

    private static readonly string[] Filters = ["ヤマダ", "ｻﾄｳ ﾊﾅｺ", "やまもと", "山", "𠮷田", "000123", "タナカ イチロウ"];

    public string Name => "キー入力→画面 (10万件の一覧を絞り込み)";

    public void Run(BenchContext context, BenchReport report) => Measure(report);

    /// <summary>Adds the rows; the clinic is not needed.</summary>
    public static void Measure(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var meter = new GalleryKeystrokeMeter();
        // F3 moves the focus to the list; its filter box takes the typing.
        meter.Press(ConsoleKey.F3);
        meter.TypeAndErase(Filters, Rounds, gallery => gallery.Patients.Filter);
        meter.Report(report, "tui.key.list100k", "キー入力→画面 10万件の一覧を絞り込み (80×24)");
    }
}
