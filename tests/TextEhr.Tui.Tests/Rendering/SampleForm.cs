using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Tests.Rendering;

/// <summary>A realistic 80×24 screen: title, labelled fields, a list and an F-key bar on a coloured background.</summary>
internal static class SampleForm
{
    public static readonly Style Paper = new(Color.Rgb(40, 40, 40), Color.Rgb(250, 245, 230));
    public static readonly Style Title = new(Color.Rgb(250, 245, 230), Color.Rgb(30, 60, 120), TextAttributes.Bold);
    public static readonly Style Field = new(Color.Indexed(0), Color.Indexed(15), TextAttributes.Underline);
    public static readonly Style KeyBar = new(Color.Indexed(15), Color.Indexed(24));

    public static ScreenBuffer Draw(ScreenBuffer screen)
    {
        screen.Clear(Paper);
        screen.Fill(new Rect(0, 0, 80, 1), Title);
        screen.Write(1, 0, "患者基本情報  ID 000123  山田 太郎 (ﾔﾏﾀﾞ ﾀﾛｳ)  男  S50.3.1 (50歳)", Title);
        string[] labels = ["氏名", "カナ", "生年月日", "性別", "保険者番号", "記号・番号", "住所", "電話"];
        string[] values = ["山田 太", "ﾔﾏﾀﾞ ﾀﾛｳ", "昭和50年3月1日", "男", "06132013", "ｱｲｳ・123", "東京都葛\U000E0100飾区 1-2-3", "03-1234-5678"];
        for (var i = 0; i < labels.Length; i++)
        {
            screen.Write(2, 3 + (i * 2), labels[i], Paper);
            screen.Fill(new Rect(14, 3 + (i * 2), 40, 1), Field);
            screen.Write(15, 3 + (i * 2), values[i], Field);
        }

        screen.Write(56, 3, "※ アレルギー: ペニシリン", Paper);
        screen.Fill(new Rect(0, 23, 80, 1), KeyBar);
        screen.Write(0, 23, "F1ﾍﾙﾌﾟ F2新規 F3検索 F5Do F8印刷 F10一時保存 F12確定 Esc戻る", KeyBar);
        screen.Caret = new Point(22, 3);
        return screen;
    }
}
