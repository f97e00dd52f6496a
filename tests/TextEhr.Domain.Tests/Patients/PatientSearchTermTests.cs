using TextEhr.Domain.Patients;

namespace TextEhr.Domain.Tests.Patients;

/// <summary>The pure routing of 患者検索: what the typed text is searched as.</summary>
public sealed class PatientSearchTermTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000")]
    [InlineData("・")]
    public void Blank_text_is_empty(string? typed)
    {
        Assert.Equal(PatientSearchKind.Empty, PatientSearchTerm.Classify(typed).Kind);
    }

    [Theory]
    [InlineData("やまだ", "ヤマダ")]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダタロウ")]
    [InlineData("ヤマダ　タロウ", "ヤマダタロウ")]
    [InlineData("きょう", "キヨウ")]
    public void Kana_becomes_a_kana_key(string typed, string key)
    {
        var term = PatientSearchTerm.Classify(typed);

        Assert.Equal((PatientSearchKind.Kana, key), (term.Kind, term.Key));
    }

    [Theory]
    [InlineData("山田", "山田")]
    [InlineData("髙橋 次郎", "高橋次郎")]
    [InlineData("Smith", "SMITH")]
    public void Other_text_becomes_a_name_key(string typed, string key)
    {
        var term = PatientSearchTerm.Classify(typed);

        Assert.Equal((PatientSearchKind.Name, key), (term.Kind, term.Key));
    }

    [Theory]
    [InlineData("123", "123", null, null)]
    [InlineData("１９７５", "1975", "1975-01-01", "1975-12-31")]
    [InlineData("19750", "19750", "1975-01-01", "1975-09-30")]
    [InlineData("19751", "19751", "1975-10-01", "1975-12-31")]
    [InlineData("19752", "19752", null, null)]
    [InlineData("197502", "197502", "1975-02-01", "1975-02-28")]
    [InlineData("1975022", "1975022", "1975-02-20", "1975-02-28")]
    [InlineData("1975023", "1975023", null, null)]
    [InlineData("19750301", "19750301", "1975-03-01", "1975-03-01")]
    [InlineData("19750231", "19750231", null, null)]
    [InlineData("1234", "1234", null, null)]
    [InlineData("123456789", "123456789", null, null)]
    public void Digits_search_numbers_and_read_as_a_birth_prefix_when_they_can(string typed, string key, string? from, string? to)
    {
        var term = PatientSearchTerm.Classify(typed);

        Assert.Equal(PatientSearchKind.Digits, term.Kind);
        Assert.Equal(key, term.Key);
        Assert.Equal(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), term.BirthFrom);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), term.BirthTo);
    }

    [Theory]
    [InlineData("S50", "1975-01-01", "1975-12-31")]
    [InlineData("S50.", "1975-01-01", "1975-12-31")]
    [InlineData("Ｓ５０．３", "1975-03-01", "1975-03-31")]
    [InlineData("S50.3.1", "1975-03-01", "1975-03-01")]
    [InlineData("昭和50年3月", "1975-03-01", "1975-03-31")]
    [InlineData("S64", "1989-01-01", "1989-01-07")]
    [InlineData("H1", "1989-01-08", "1989-12-31")]
    [InlineData("R元", "2019-05-01", "2019-12-31")]
    [InlineData("1975/3", "1975-03-01", "1975-03-31")]
    [InlineData("1975-03-01", "1975-03-01", "1975-03-01")]
    public void Dates_and_parts_of_dates_become_a_birth_range(string typed, string from, string to)
    {
        var term = PatientSearchTerm.Classify(typed);

        Assert.Equal(PatientSearchKind.BirthDate, term.Kind);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), term.BirthFrom);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), term.BirthTo);
    }

    [Theory]
    [InlineData("S", "1926-12-25", "1989-01-07")]
    [InlineData("s", "1926-12-25", "1989-01-07")]
    [InlineData("Ｓ", "1926-12-25", "1989-01-07")]
    [InlineData("昭和", "1926-12-25", "1989-01-07")]
    [InlineData("M", "1868-01-25", "1912-07-29")]
    [InlineData("t", "1912-07-30", "1926-12-24")]
    [InlineData("H", "1989-01-08", "2019-04-30")]
    [InlineData("平成", "1989-01-08", "2019-04-30")]
    [InlineData("R", "2019-05-01", "9999-12-31")]
    [InlineData("S5", "1930-01-01", "1930-12-31")]
    public void An_era_letter_or_name_alone_is_the_whole_era(string typed, string from, string to)
    {
        var term = PatientSearchTerm.Classify(typed);

        Assert.Equal(PatientSearchKind.BirthDate, term.Kind);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), term.BirthFrom);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), term.BirthTo);
    }

    [Theory]
    [InlineData("昭", "昭")]
    [InlineData("大", "大")]
    [InlineData("明", "明")]
    [InlineData("A", "A")]
    [InlineData("SM", "SM")]
    public void A_one_kanji_era_abbreviation_or_another_letter_alone_stays_a_name(string typed, string key)
    {
        var term = PatientSearchTerm.Classify(typed);

        Assert.Equal((PatientSearchKind.Name, key), (term.Kind, term.Key));
    }

    [Theory]
    [InlineData("H31.5")]
    [InlineData("S0")]
    public void A_part_of_a_date_outside_its_era_is_no_birth_range(string typed)
    {
        Assert.NotEqual(PatientSearchKind.BirthDate, PatientSearchTerm.Classify(typed).Kind);
    }

    [Theory]
    [InlineData("03-1234-5678", "0312345678")]
    [InlineData("(03)1234", "031234")]
    [InlineData("０９０ー１２３４", "0901234")]
    public void Digits_with_hyphens_or_brackets_are_a_phone_number(string typed, string digits)
    {
        var term = PatientSearchTerm.Classify(typed);

        Assert.Equal((PatientSearchKind.Phone, digits), (term.Kind, term.Key));
    }
}
