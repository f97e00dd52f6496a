using TextEhr.Domain.Security;

namespace TextEhr.Domain.Tests.Security;

public sealed class PassphraseMeterTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Xk9#qL")]
    [InlineData("Zq7!vR2$w")]
    public void Under_ten_characters_is_weak_and_says_how_long_it_must_be(string passphrase)
    {
        var rating = PassphraseMeter.Rate(passphrase);

        Assert.Equal(PassphraseStrength.Weak, rating.Strength);
        Assert.False(rating.IsAcceptable);
        Assert.Equal(passphrase.Length == 0 ? PassphraseMessages.Empty : PassphraseMessages.TooShort, rating.Hint);
    }

    [Theory]
    [InlineData("password1234", PassphraseFlaw.CommonWord)]
    [InlineData("P@ssw0rd2024", PassphraseFlaw.CommonWord)]
    [InlineData("asdfghjkl;", PassphraseFlaw.KeyboardRun)]
    [InlineData("1qaz2wsx3edc", PassphraseFlaw.KeyboardRun)]
    [InlineData("あいうえおかきくけこ", PassphraseFlaw.KeyboardRun)]
    [InlineData("abcdefghijkl", PassphraseFlaw.Sequence)]
    [InlineData("zyxwvutsrq", PassphraseFlaw.Sequence)]
    [InlineData("aaaaaaaaaaaa", PassphraseFlaw.Repeats)]
    [InlineData("xy12xy12xy12", PassphraseFlaw.Repeats)]
    public void Guessable_patterns_make_it_weak_with_the_hint_for_the_pattern(string passphrase, PassphraseFlaw flaw)
    {
        var rating = PassphraseMeter.Rate(passphrase);

        Assert.Equal(PassphraseStrength.Weak, rating.Strength);
        Assert.True(rating.Flaws.HasFlag(flaw), $"{passphrase}: {rating.Flaws}");
        var expected = flaw switch
        {
            PassphraseFlaw.CommonWord => PassphraseMessages.CommonWord,
            PassphraseFlaw.KeyboardRun => PassphraseMessages.KeyboardRun,
            PassphraseFlaw.Sequence => PassphraseMessages.Sequence,
            _ => PassphraseMessages.Repeats,
        };
        Assert.Equal(expected, rating.Hint);
    }

    [Fact]
    public void Twelve_random_digits_are_weak_because_digits_alone_are_few()
    {
        var rating = PassphraseMeter.Rate("739104826153");

        Assert.Equal(PassphraseStrength.Weak, rating.Strength);
        Assert.Equal(PassphraseMessages.OneKind, rating.Hint);
    }

    [Theory]
    [InlineData("kvmrtpzhwq")]
    [InlineData("hvK7-qzmw2")]
    public void Ten_unpatterned_characters_are_fair_and_accepted_with_a_hint_to_go_longer(string passphrase)
    {
        var rating = PassphraseMeter.Rate(passphrase);

        Assert.Equal(PassphraseStrength.Fair, rating.Strength);
        Assert.True(rating.IsAcceptable);
        Assert.Equal("普通", rating.Label);
    }

    [Theory]
    [InlineData("Kx7w-Ume9-Pb2q")]
    [InlineData("correct horse battery staple")]
    [InlineData("やまだ医院の夜のバックアップ")]
    public void Long_mixed_passphrases_are_strong(string passphrase)
    {
        var rating = PassphraseMeter.Rate(passphrase);

        Assert.Equal(PassphraseStrength.Strong, rating.Strength);
        Assert.Equal("強い", rating.Label);
        Assert.Equal(PassphraseMessages.Fine, rating.Hint);
    }

    [Fact]
    public void Full_width_letters_count_as_the_letters_the_key_derivation_sees()
    {
        var full = PassphraseMeter.Rate("ｐａｓｓｗｏｒｄ１２３４");
        var half = PassphraseMeter.Rate("password1234");

        Assert.Equal(half.Bits, full.Bits, 6);
        Assert.True(full.Flaws.HasFlag(PassphraseFlaw.CommonWord));
    }

    [Fact]
    public void A_pattern_costs_bits_against_the_same_length_without_it()
    {
        var patterned = PassphraseMeter.Rate("qwertyKx7w");
        var random = PassphraseMeter.Rate("hvbnzlKx7w");

        Assert.True(patterned.Bits + 20 < random.Bits, $"{patterned.Bits} vs {random.Bits}");
    }

    [Fact]
    public void A_double_letter_in_a_word_is_not_a_repeat()
    {
        var rating = PassphraseMeter.Rate("coffee-Kx7w-mug");

        Assert.False(rating.Flaws.HasFlag(PassphraseFlaw.Repeats));
    }

    [Fact]
    public void Labels_are_the_three_Japanese_words()
    {
        Assert.Equal("弱い", PassphraseMessages.Label(PassphraseStrength.Weak));
        Assert.Equal("普通", PassphraseMessages.Label(PassphraseStrength.Fair));
        Assert.Equal("強い", PassphraseMessages.Label(PassphraseStrength.Strong));
    }
}
