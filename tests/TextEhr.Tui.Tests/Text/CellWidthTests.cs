using System.Text;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Tests.Text;

public sealed class CellWidthTests
{
    [Theory]
    [InlineData("ｱ", 1)]
    [InlineData("ｶﾅ", 2)]
    [InlineData("患者", 4)]
    [InlineData("か\u3099", 2)]
    [InlineData("𠮷", 2)]
    [InlineData("葛\U000E0100", 2)]
    [InlineData("ﾀﾞ", 2)]
    [InlineData("山田 𠮷郎", 9)]
    [InlineData("東京都葛\U000E0100飾区 𝐀", 14)]
    [InlineData("abc", 3)]
    [InlineData("", 0)]
    public void Text_is_measured_per_code_point_as_terminals_do(string text, int cells)
    {
        Assert.Equal(cells, CellWidth.Of(text));
    }

    [Theory]
    [InlineData("①")]
    [InlineData("※")]
    [InlineData("─")]
    [InlineData("○")]
    [InlineData("α")]
    public void Ambiguous_characters_are_narrow_by_default_and_wide_with_the_wide_setting(string text)
    {
        Assert.Equal(1, CellWidth.Of(text));
        Assert.Equal(2, CellWidth.Of(text, AmbiguousWidth.Wide));
    }

    [Fact]
    public void The_wide_setting_changes_nothing_but_ambiguous_characters()
    {
        Assert.Equal(CellWidth.Of("山田 ｱｲ abc か\u3099"), CellWidth.Of("山田 ｱｲ abc か\u3099", AmbiguousWidth.Wide));
    }

    [Theory]
    [InlineData('\0')]
    [InlineData('\e')]
    [InlineData('\n')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    public void Control_characters_take_no_cell(char control)
    {
        Assert.Equal(0, CellWidth.Of(new Rune(control)));
    }

    [Fact]
    public void A_lone_surrogate_counts_as_the_replacement_character()
    {
        Assert.Equal(1, CellWidth.Of("\uD842"));
        Assert.Equal(2, CellWidth.Of("\uD842", AmbiguousWidth.Wide));
    }

    [Theory]
    [InlineData("山田太郎", 5, "山田 ")]
    [InlineData("山田太郎", 4, "山田")]
    [InlineData("山田太郎", 1, " ")]
    [InlineData("ﾔﾏﾀﾞ", 3, "ﾔﾏﾀ")]
    [InlineData("か\u3099き", 2, "か\u3099")]
    [InlineData("葛\U000E0100飾", 3, "葛\U000E0100 ")]
    [InlineData("𠮷野家", 3, "𠮷 ")]
    [InlineData("abc", 10, "abc")]
    [InlineData("abc", 0, "")]
    public void Truncate_never_cuts_through_a_wide_character(string text, int cells, string expected)
    {
        Assert.Equal(expected, CellWidth.Truncate(text, cells));
    }

    [Fact]
    public void Truncate_measures_ambiguous_characters_with_the_given_setting()
    {
        Assert.Equal("①②", CellWidth.Truncate("①②③", 2));
        Assert.Equal("①", CellWidth.Truncate("①②③", 2, AmbiguousWidth.Wide));
    }

    [Theory]
    [InlineData("患者", 6, "患者  ")]
    [InlineData("ｱｲ", 4, "ｱｲ  ")]
    [InlineData("患者", 3, "患者")]
    public void PadRight_fills_with_spaces_up_to_the_cell_count(string text, int cells, string expected)
    {
        Assert.Equal(expected, CellWidth.PadRight(text, cells));
    }

    [Theory]
    [InlineData("山田太郎", 5, "山田 ")]
    [InlineData("山田", 7, "山田   ")]
    [InlineData("ﾀﾞｲｽｹ", 4, "ﾀﾞｲｽ")]
    public void Fit_gives_exactly_the_cell_count(string text, int cells, string expected)
    {
        var fitted = CellWidth.Fit(text, cells);

        Assert.Equal(expected, fitted);
        Assert.Equal(cells, CellWidth.Of(fitted));
    }
}
