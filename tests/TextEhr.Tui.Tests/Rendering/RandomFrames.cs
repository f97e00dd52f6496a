using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Tests.Rendering;

/// <summary>
/// Seeded random edits of a screen: Japanese, kana, half-width kana, ambiguous and ASCII text at
/// random places and styles, clipped writes, fills, clears, and wide glyphs written one cell off
/// earlier wide glyphs.
/// </summary>
internal sealed class RandomFrames(int seed)
{
    private static readonly string[] Pieces =
    [
        "山田", "太郎", "患者基本情報", "ｱｲｳｴｵ", "ﾀﾞ", "ﾔﾏﾀﾞ ﾀﾛｳ", "か\u3099", "𠮷", "葛\U000E0100飾", "①※─○", "abc",
        "ID 000123", " ", "ー", "〜", "＃", "\u3000", "é", "\u0301x", "ﾊﾟ", "S50.3.1", "\t", "㈱", "髙﨑",
    ];

    private static readonly Style[] Styles =
    [
        Style.Default,
        new(Color.Indexed(0), Color.Indexed(11)),
        new(Color.Indexed(15), Color.Indexed(4), TextAttributes.Bold),
        new(Color.Indexed(196), Color.Default, TextAttributes.Underline),
        new(Color.Rgb(40, 40, 40), Color.Rgb(250, 245, 230)),
        new(Color.Default, Color.Default, TextAttributes.Reverse | TextAttributes.Bold),
    ];

    private readonly Random _random = new(seed);

    public bool OneIn(int n) => _random.Next(n) == 0;

    public int Next(int min, int max) => _random.Next(min, max);

    public void Mutate(ScreenBuffer frame)
    {
        var edits = _random.Next(0, 10);
        for (var i = 0; i < edits; i++)
        {
            var x = _random.Next(-3, frame.Width + 2);
            var y = _random.Next(-1, frame.Height + 1);
            switch (_random.Next(12))
            {
                case 0:
                    frame.Fill(new Rect(x, y, _random.Next(0, 12), _random.Next(0, 4)), RandomStyle());
                    break;
                case 1 when OneIn(8):
                    frame.Clear(RandomStyle());
                    break;
                case 2:
                    // Wide glyphs overlapping earlier wide glyphs by one cell.
                    frame.Write(x, y, "山田太郎", RandomStyle());
                    frame.Write(x + 1 + (2 * _random.Next(0, 2)), y, "患者", RandomStyle());
                    break;
                case 3:
                    frame.Write(x, y, RandomText(), RandomStyle(), new Rect(x + _random.Next(0, 3), y, _random.Next(0, 9), 1));
                    break;
                default:
                    frame.Write(x, y, RandomText(), RandomStyle());
                    break;
            }
        }

        frame.Caret = _random.Next(4) switch
        {
            0 => null,
            1 => new Point(_random.Next(-2, frame.Width + 2), _random.Next(-2, frame.Height + 2)),
            _ => frame.Caret,
        };
    }

    private string RandomText() =>
        string.Concat(Enumerable.Range(0, _random.Next(1, 5)).Select(_ => Pieces[_random.Next(Pieces.Length)]));

    private Style RandomStyle() => Styles[_random.Next(Styles.Length)];
}
