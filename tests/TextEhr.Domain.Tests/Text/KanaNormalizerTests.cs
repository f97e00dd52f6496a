using TextEhr.Domain.Text;

namespace TextEhr.Domain.Tests.Text;

public sealed class KanaNormalizerTests
{
    [Theory]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ")]
    [InlineData("やまだ たろう")]
    [InlineData("ヤマダ　タロウ")]
    [InlineData("ヤマダタロウ")]
    [InlineData(" ﾔﾏﾀﾞ\tたろう ")]
    public void Half_width_hiragana_and_spaced_forms_of_one_name_give_the_same_kana_key(string text)
    {
        Assert.Equal("ヤマダタロウ", KanaNormalizer.NormalizeKana(text));
    }

    [Theory]
    [InlineData("ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ")]
    [InlineData("ぁぃぅぇぉっゃゅょゎゕゖ", "アイウエオツヤユヨワカケ")]
    [InlineData("ｧｨｩｪｫｯｬｭｮ", "アイウエオツヤユヨ")]
    [InlineData("キョウ", "キヨウ")]
    [InlineData("ㇰㇷ", "クフ")]
    public void Small_kana_become_large(string text, string expected)
    {
        Assert.Equal(expected, KanaNormalizer.NormalizeKana(text));
    }

    [Theory]
    [InlineData("ゔぁいおりん")]
    [InlineData("ヴァイオリン")]
    [InlineData("ｳﾞｧｲｵﾘﾝ")]
    public void Hiragana_vu_and_katakana_vu_fold_together(string text)
    {
        Assert.Equal("ヴアイオリン", KanaNormalizer.NormalizeKana(text));
    }

    [Fact]
    public void The_long_vowel_mark_is_kept_because_it_tells_names_apart()
    {
        Assert.Equal("オーノ", KanaNormalizer.NormalizeKana("ｵｰﾉ"));
        Assert.NotEqual(KanaNormalizer.NormalizeKana("オーノ"), KanaNormalizer.NormalizeKana("オノ"), StringComparer.Ordinal);
    }

    [Fact]
    public void Middle_dots_are_removed_and_ascii_is_upper_cased()
    {
        Assert.Equal("ジヨンスミス", KanaNormalizer.NormalizeKana("ジョン・スミス"));
        Assert.Equal("ジヨンスミス", KanaNormalizer.NormalizeKana("ｼﾞｮﾝ･ｽﾐｽ"));
        Assert.Equal("SMITH", KanaNormalizer.NormalizeKana("ｓｍｉｔｈ"));
    }

    [Theory]
    [InlineData("髙橋", "高橋")]
    [InlineData("山﨑", "山崎")]
    [InlineData("齋藤", "斎藤")]
    [InlineData("齊藤", "斎藤")]
    [InlineData("渡邊", "渡辺")]
    [InlineData("渡邉", "渡辺")]
    [InlineData("澤田", "沢田")]
    [InlineData("濱田", "浜田")]
    [InlineData("中嶋", "中島")]
    [InlineData("櫻井", "桜井")]
    [InlineData("廣田", "広田")]
    [InlineData("國分", "国分")]
    [InlineData("德永", "徳永")]
    [InlineData("惠子", "恵子")]
    [InlineData("眞理", "真理")]
    [InlineData("實", "実")]
    [InlineData("藏本", "蔵本")]
    [InlineData("瀨戸", "瀬戸")]
    [InlineData("槇原", "槙原")]
    public void Variant_kanji_fold_to_the_common_form(string text, string expected)
    {
        Assert.Equal(expected, KanaNormalizer.NormalizeName(text));
    }

    [Fact]
    public void A_surrogate_pair_variant_folds_to_its_base_kanji()
    {
        Assert.Equal("吉田", KanaNormalizer.NormalizeName("\U00020BB7田"));
    }

    [Theory]
    [InlineData("葛\U000E0100城")]
    [InlineData("葛\uFE00城")]
    [InlineData("葛城")]
    public void Variation_selectors_are_dropped_so_an_ivs_name_matches_its_base(string text)
    {
        Assert.Equal("葛城", KanaNormalizer.NormalizeName(text));
    }

    [Fact]
    public void NormalizeName_removes_spaces_and_dots_and_turns_hiragana_into_katakana()
    {
        Assert.Equal("山田太郎", KanaNormalizer.NormalizeName("山田　太郎"));
        Assert.Equal("ヤマダ花子", KanaNormalizer.NormalizeName("やまだ 花子"));
        Assert.Equal("JOHNSMITH", KanaNormalizer.NormalizeName("Ｊｏｈｎ・Smith"));
    }

    [Theory]
    [InlineData("ヤマダ")]
    [InlineData("やまだ たろう")]
    [InlineData("ﾔﾏﾀﾞ")]
    [InlineData("オーノ")]
    [InlineData("ｵｰﾉ　ﾀﾛｳ")]
    public void IsKana_is_true_for_kana_queries(string text)
    {
        Assert.True(KanaNormalizer.IsKana(text));
    }

    [Theory]
    [InlineData("山田")]
    [InlineData("ヤマ田")]
    [InlineData("yamada")]
    [InlineData("123")]
    [InlineData("")]
    [InlineData("  ")]
    public void IsKana_is_false_for_kanji_latin_digits_and_blank_queries(string text)
    {
        Assert.False(KanaNormalizer.IsKana(text));
    }

    [Theory]
    [InlineData("０３−１２３４−５６７８")]
    [InlineData("(03) 1234-5678")]
    [InlineData("TEL 03.1234.5678")]
    public void DigitsOnly_keeps_the_digits_of_a_phone_number(string text)
    {
        Assert.Equal("0312345678", KanaNormalizer.DigitsOnly(text));
    }
}
