using TextEhr.Domain.Insurance;

namespace TextEhr.Domain.Tests.Insurance;

public sealed class InsurerNumberTests
{
    public static TheoryData<string> SingleDigitChangesOf33120015 => SingleDigitChanges.Of("33120015");

    [Fact]
    public void An_eight_digit_number_exposes_its_law_code_and_prefecture()
    {
        var number = InsurerNumber.Parse("33120015").Value!;

        Assert.Equal("33120015", number.Value);
        Assert.Equal("33", number.LawCode);
        Assert.Equal("12", number.Prefecture);
        Assert.False(number.IsNationalHealthInsurance);
        Assert.False(number.IsLateElderly);
        Assert.Equal("33120015", number.ToEightDigits());
    }

    [Fact]
    public void A_six_digit_kokuho_number_has_no_law_code()
    {
        var number = InsurerNumber.Parse("138057").Value!;

        Assert.Null(number.LawCode);
        Assert.Equal("13", number.Prefecture);
        Assert.True(number.IsNationalHealthInsurance);
        Assert.Equal("00138057", number.ToEightDigits());
    }

    [Fact]
    public void A_kokuho_number_padded_to_eight_digits_is_kept_as_six()
    {
        Assert.Equal("138057", InsurerNumber.Parse("00138057").Value!.Value);
    }

    [Fact]
    public void Law_code_39_is_late_elderly()
    {
        Assert.True(InsurerNumber.Parse("39131016").Value!.IsLateElderly);
    }

    [Theory]
    [InlineData("３３１２００１５")]
    [InlineData("33-12-0015")]
    [InlineData("3312 0015")]
    [InlineData("３３１２　００１５")]
    [InlineData(" 33120015 ")]
    [InlineData("33ー12ー0015")]
    public void Full_width_digits_spaces_and_hyphens_are_accepted(string text)
    {
        Assert.Equal("33120015", InsurerNumber.Parse(text).Value!.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" - ")]
    public void An_empty_number_is_refused(string? text)
    {
        Assert.Equal(InsuranceMessages.InsurerNumberEmpty, InsurerNumber.Parse(text).Error);
    }

    [Theory]
    [InlineData("3312001", 7)]
    [InlineData("331200150", 9)]
    [InlineData("13805", 5)]
    public void A_number_of_the_wrong_length_is_refused_with_the_lengths_expected(string text, int length)
    {
        Assert.Equal(InsuranceMessages.InsurerNumberLength(length), InsurerNumber.Parse(text).Error);
    }

    [Theory]
    [InlineData("3312OO15")]
    [InlineData("33120015A")]
    public void Letters_are_refused(string text)
    {
        Assert.Equal(InsuranceMessages.InsurerNumberNotDigits, InsurerNumber.Parse(text).Error);
    }

    [Theory]
    [MemberData(nameof(SingleDigitChangesOf33120015))]
    public void Every_single_digit_change_of_33120015_is_refused_for_its_check_digit(string changed)
    {
        Assert.Equal(InsuranceMessages.InsurerNumberCheckDigit, InsurerNumber.Parse(changed).Error);
    }
}
