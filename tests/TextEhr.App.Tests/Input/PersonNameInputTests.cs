using TextEhr.App.Input;

namespace TextEhr.App.Tests.Input;

public sealed class PersonNameInputTests
{
    [Theory]
    [InlineData("山田 太郎")]
    [InlineData("山田\u3000太郎")]
    [InlineData("  山田   太郎 ")]
    public void Name_splits_at_the_first_space_of_either_width(string typed)
    {
        var name = PersonNameInput.ParseName(typed);

        Assert.True(name.IsSuccess);
        Assert.Equal("山田", name.Value!.Family);
        Assert.Equal("太郎", name.Value.Given);
    }

    [Fact]
    public void Name_keeps_rare_kanji_as_typed()
    {
        var name = PersonNameInput.ParseName("髙\uFA11 𠮷男");

        Assert.Equal("髙\uFA11", name.Value!.Family);
        Assert.Equal("𠮷男", name.Value.Given);
    }

    [Theory]
    [InlineData("やまだ たろう")]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ")]
    [InlineData("ヤマダ\u3000タロウ")]
    public void Kana_becomes_full_width_katakana(string typed)
    {
        var kana = PersonNameInput.ParseKana(typed);

        Assert.True(kana.IsSuccess, kana.Error);
        Assert.Equal("ヤマダ", kana.Value!.Family);
        Assert.Equal("タロウ", kana.Value.Given);
    }

    [Fact]
    public void Name_without_a_space_says_to_add_one()
    {
        Assert.Equal(InputMessages.NameNeedsSpace(PersonNameInput.NameExample), PersonNameInput.ParseName("山田太郎").Error);
        Assert.Equal(InputMessages.NameNeedsSpace(PersonNameInput.KanaExample), PersonNameInput.ParseKana("ヤマダタロウ").Error);
    }

    [Fact]
    public void Kana_with_kanji_is_refused()
    {
        Assert.Equal(InputMessages.KanaOnly("山田 たろう"), PersonNameInput.ParseKana("山田 たろう").Error);
    }
}
