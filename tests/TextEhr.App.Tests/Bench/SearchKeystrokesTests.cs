using TextEhr.App.Bench;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Tests.Bench;

public sealed class SearchKeystrokesTests
{
    private static readonly Patient Yamada = new()
    {
        ChartNumber = "1024",
        Name = new PersonName("\U00020BB7田", "トミ"),
        KanaName = new PersonName("ヨシダ", "トミ"),
        Sex = Sex.Female,
        BirthDate = new DateOnly(1975, 3, 1),
        Phone = "03-1234-5678",
    };

    [Fact]
    public void Kana_is_typed_family_then_given_one_character_at_a_time()
    {
        Assert.Equal(["ヨ", "ヨシ", "ヨシダ", "ヨシダト", "ヨシダトミ"], SearchKeystrokes.Kana(Yamada), StringComparer.Ordinal);
    }

    [Fact]
    public void A_surrogate_pair_is_one_keystroke_and_all_kana_prefixes_are_left_to_the_kana_search()
    {
        Assert.Equal(["\U00020BB7", "\U00020BB7田", "\U00020BB7田ト", "\U00020BB7田トミ"], SearchKeystrokes.Kanji(Yamada), StringComparer.Ordinal);
    }

    [Fact]
    public void Birth_dates_are_typed_in_wareki_and_in_western_digits()
    {
        Assert.Equal(["S", "S5", "S50", "S50.", "S50.3", "S50.3.", "S50.3.1"], SearchKeystrokes.BirthWareki(Yamada), StringComparer.Ordinal);
        Assert.Equal("19750301", SearchKeystrokes.BirthWestern(Yamada).Last());
        Assert.Equal(8, SearchKeystrokes.BirthWestern(Yamada).Count());
    }

    [Fact]
    public void Chart_numbers_and_phones_are_typed_as_digits()
    {
        Assert.Equal(["1", "10", "102", "1024"], SearchKeystrokes.ChartNumber(Yamada), StringComparer.Ordinal);
        Assert.Equal("0312345678", SearchKeystrokes.Phone(Yamada).Last());
    }
}
