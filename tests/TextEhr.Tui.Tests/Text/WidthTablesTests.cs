using System.Text;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Tests.Text;

public sealed class WidthTablesTests
{
    [Theory]
    [InlineData(0x3000, 2)] // IDEOGRAPHIC SPACE
    [InlineData(0xFF61, 1)] // HALFWIDTH IDEOGRAPHIC FULL STOP
    [InlineData(0xFF76, 1)] // ｶ
    [InlineData(0xFF9E, 1)] // ﾞ, a spacing letter in its own cell
    [InlineData(0x20BB7, 2)] // 𠮷
    [InlineData(0x3400, 2)] // Extension A
    [InlineData(0x323B0, 2)] // unassigned in plane 3: W by the file's header
    [InlineData(0x2FFFD, 2)] // last default-W code point of plane 2
    [InlineData(0x1F600, 2)] // emoji presentation
    [InlineData(0x3099, 0)] // combining voiced mark: Mn wins over its W
    [InlineData(0x0301, 0)] // combining acute
    [InlineData(0x200D, 0)] // ZWJ
    [InlineData(0xFE0F, 0)] // variation selector 16
    [InlineData(0xE0100, 0)] // first IVS selector
    [InlineData(0xE01EF, 0)] // last IVS selector
    [InlineData(0x00AD, 1)] // soft hyphen: Cf, but terminals give it a cell
    [InlineData(0x00E9, 1)] // é
    [InlineData(0x10000, 1)] // Linear B: N
    public void Generated_tables_give_the_expected_width(int codePoint, int cells)
    {
        Assert.Equal(cells, CellWidth.Of(new Rune(codePoint)));
    }

    [Fact]
    public void Tables_come_from_Unicode_15()
    {
        Assert.Equal("15.0.0", CellWidth.UnicodeVersion);
    }

    [Fact]
    public void Wide_and_ambiguous_range_counts_match_the_notes()
    {
        Assert.Equal(121, WidthTables.Wide.Length / 2);
        Assert.Equal(179, WidthTables.Ambiguous.Length / 2);
    }

    [Fact]
    public void Every_table_is_sorted_disjoint_and_not_adjacent()
    {
        AssertWellFormed(WidthTables.Wide);
        AssertWellFormed(WidthTables.Ambiguous);
        AssertWellFormed(WidthTables.ZeroWidth);
    }

    private static void AssertWellFormed(ReadOnlySpan<uint> pairs)
    {
        Assert.Equal(0, pairs.Length % 2);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            Assert.True(pairs[i] <= pairs[i + 1]);
            Assert.True(i == 0 || pairs[i] > pairs[i - 1] + 1);
        }
    }
}
