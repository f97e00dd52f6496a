using TextEhr.Domain.Insurance;

namespace TextEhr.Domain.Tests.Insurance;

public sealed class RecipientNumberTests
{
    // 受給者区分 123456 + check digit 6 by the §3 rule.
    private const string Valid = "1234566";

    [Fact]
    public void Seven_digits_with_a_matching_check_digit_are_accepted()
    {
        var number = RecipientNumber.Parse("１２３ ４５６６").Value!;

        Assert.Equal(Valid, number.Value);
        Assert.True(number.HasValidCheckDigit);
    }

    [Fact]
    public void A_wrong_check_digit_is_refused()
    {
        Assert.Equal(InsuranceMessages.RecipientNumberCheckDigit, RecipientNumber.Parse("1234567").Error);
    }

    [Fact]
    public void ParseWithoutCheckDigit_accepts_any_seven_digits_and_records_whether_they_check()
    {
        var number = RecipientNumber.ParseWithoutCheckDigit("1234567").Value!;

        Assert.Equal("1234567", number.Value);
        Assert.False(number.HasValidCheckDigit);
        Assert.True(RecipientNumber.ParseWithoutCheckDigit(Valid).Value!.HasValidCheckDigit);
    }

    [Theory]
    [InlineData("123456", 6)]
    [InlineData("12345666", 8)]
    public void A_number_of_the_wrong_length_is_refused(string text, int length)
    {
        Assert.Equal(InsuranceMessages.RecipientNumberLength(length), RecipientNumber.Parse(text).Error);
        Assert.Equal(InsuranceMessages.RecipientNumberLength(length), RecipientNumber.ParseWithoutCheckDigit(text).Error);
    }

    [Fact]
    public void Empty_and_non_digit_input_are_refused()
    {
        Assert.Equal(InsuranceMessages.RecipientNumberEmpty, RecipientNumber.Parse(null).Error);
        Assert.Equal(InsuranceMessages.RecipientNumberNotDigits, RecipientNumber.Parse("12345a6").Error);
    }
}
