using System.Buffers;
using System.Globalization;
using System.Text;
using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Rendering;

/// <summary>Builds one frame's bytes: VT control sequences and UTF-8 text, in a reused buffer.</summary>
internal sealed class VtWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    public void Reset() => _buffer.ResetWrittenCount();

    public void Raw(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    public void Text(string text) => Encoding.UTF8.GetBytes(text, _buffer);

    /// <summary>CUP: 1-based row and column on the wire.</summary>
    public void MoveTo(Point position)
    {
        Raw("\e["u8);
        Number(position.Y + 1);
        Raw(";"u8);
        Number(position.X + 1);
        Raw("H"u8);
    }

    /// <summary>SGR: always from a reset, so no earlier attribute can leak into this style.</summary>
    public void Style(Style style)
    {
        Raw("\e[0"u8);
        if (style.Has(TextAttributes.Bold))
        {
            Raw(";1"u8);
        }

        if (style.Has(TextAttributes.Underline))
        {
            Raw(";4"u8);
        }

        if (style.Has(TextAttributes.Reverse))
        {
            Raw(";7"u8);
        }

        Color(style.Foreground, 30, 90, 38);
        Color(style.Background, 40, 100, 48);
        Raw("m"u8);
    }

    private void Color(Color color, int basic, int bright, int extended)
    {
        switch (color.Kind)
        {
            case ColorKind.Indexed when color.Index < 8:
                Parameter(basic + color.Index);
                break;
            case ColorKind.Indexed when color.Index < 16:
                Parameter(bright + color.Index - 8);
                break;
            case ColorKind.Indexed:
                Parameter(extended);
                Parameter(5);
                Parameter(color.Index);
                break;
            case ColorKind.Rgb:
                Parameter(extended);
                Parameter(2);
                Parameter(color.Red);
                Parameter(color.Green);
                Parameter(color.Blue);
                break;
        }
    }

    private void Parameter(int value)
    {
        Raw(";"u8);
        Number(value);
    }

    private void Number(int value)
    {
        value.TryFormat(_buffer.GetSpan(11), out var written, default, CultureInfo.InvariantCulture);
        _buffer.Advance(written);
    }
}
