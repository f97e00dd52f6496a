using System.Buffers.Binary;
using TextEhr.Documents.Fonts;

namespace TextEhr.Documents.Tests;

public sealed class FontCoverageTests
{
    [Fact]
    public void Format_4_segments_by_delta_and_by_glyph_array_and_format_12_groups_are_read()
    {
        var font = FontCoverage.Parse(TinyFont());

        Assert.True(font.Contains('A'));
        Assert.True(font.Contains('C'));
        Assert.False(font.Contains('D'));
        Assert.True(font.Contains('a'));
        Assert.False(font.Contains('b')); // glyph 0 in the glyph array: .notdef, not drawable
        Assert.True(font.Contains(0x20B9F));
        Assert.False(font.Contains(0x20BB7));
    }

    [Fact]
    public void Missing_characters_are_listed_once_in_order_skipping_spaces_and_variation_selectors()
    {
        var font = FontCoverage.Parse(TinyFont());

        var missing = MissingGlyphs.Find(font, ["A\u3000b", "𠮷 C\uFE00", "bb"]);

        Assert.Equal(["b", "𠮷"], missing);
        Assert.Equal("吉", MissingGlyphs.SubstituteFor("𠮷"));
        Assert.Null(MissingGlyphs.SubstituteFor("b"));
    }

    [Fact]
    public void Bytes_that_are_not_a_font_are_refused_as_invalid_data() =>
        Assert.Throws<InvalidDataException>(() => FontCoverage.Parse(new byte[40]));

    private static byte[] TinyFont()
    {
        var cmap = new List<byte>();
        U16(cmap, 0);
        U16(cmap, 2);
        U16(cmap, 3);
        U16(cmap, 1);
        U32(cmap, 20);
        U16(cmap, 3);
        U16(cmap, 10);
        U32(cmap, 20 + 44);

        // Format 4, three segments: A-C by delta, a-b through the glyph array, and the closing 0xFFFF.
        ushort[] ends = [0x43, 0x62, 0xFFFF];
        ushort[] starts = [0x41, 0x61, 0xFFFF];
        short[] deltas = [1 - 0x41, 0, 1];
        ushort[] rangeOffsets = [0, 4, 0];
        U16(cmap, 4);
        U16(cmap, 44);
        U16(cmap, 0);
        U16(cmap, 6);
        U16(cmap, 4);
        U16(cmap, 1);
        U16(cmap, 2);
        Array.ForEach(ends, e => U16(cmap, e));
        U16(cmap, 0);
        Array.ForEach(starts, s => U16(cmap, s));
        Array.ForEach(deltas, d => U16(cmap, (ushort)d));
        Array.ForEach(rangeOffsets, r => U16(cmap, r));
        U16(cmap, 5);
        U16(cmap, 0);

        // Format 12, one group: U+20B9F..U+20BA0 from glyph 10.
        U16(cmap, 12);
        U16(cmap, 0);
        U32(cmap, 28);
        U32(cmap, 0);
        U32(cmap, 1);
        U32(cmap, 0x20B9F);
        U32(cmap, 0x20BA0);
        U32(cmap, 10);

        var font = new List<byte>();
        U32(font, 0x00010000);
        U16(font, 1);
        U16(font, 16);
        U16(font, 0);
        U16(font, 0);
        font.AddRange("cmap"u8.ToArray());
        U32(font, 0);
        U32(font, 28);
        U32(font, (uint)cmap.Count);
        font.AddRange(cmap);
        return [.. font];
    }

    private static void U16(List<byte> bytes, ushort value)
    {
        Span<byte> span = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(span, value);
        bytes.AddRange(span.ToArray());
    }

    private static void U32(List<byte> bytes, uint value)
    {
        Span<byte> span = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(span, value);
        bytes.AddRange(span.ToArray());
    }
}
