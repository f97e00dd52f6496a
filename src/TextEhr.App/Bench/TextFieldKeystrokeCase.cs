namespace TextEhr.App.Bench;

/// <summary>
/// Keystroke to frame in a text field (the gallery's 氏名 on a full 80×24 screen): names typed one IME
/// commit at a time, kanji, kana, half-width kana, a surrogate pair and an IVS among them, then erased with
/// Backspace. Needs no clinic.
/// </summary>
public sealed class TextFieldKeystrokeCase : IBenchCase
{
    private const int Rounds = 100;

    private static readonly string[] Names = ["山田 太郎", "佐藤 花子", "𠮷田 一郎", "葛\U000E0100西 ﾀﾛｳ", "ﾔﾏﾀﾞ ﾊﾅｺ", "Smith John"];

    public string Name => "キー入力→画面 (テキスト欄)";

    public void Run(BenchContext context, BenchReport report) => Measure(report);

    /// <summary>Adds the rows; the clinic is not needed.</summary>
    public static void Measure(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var meter = new GalleryKeystrokeMeter();
        meter.TypeAndErase(Names, Rounds, gallery => gallery.Name.Text);
        meter.Report(report, "tui.key.textfield", "キー入力→画面 テキスト欄 (80×24)");
    }
}
