using TextEhr.Domain.Insurance;

namespace TextEhr.Domain.Tests.Insurance;

public sealed class CheckDigitTests
{
    public static TheoryData<string> SingleDigitChangesOfInsurerNumber => SingleDigitChanges.Of("33120015");

    public static TheoryData<string> SingleDigitChangesOfNationalHealthNumber => SingleDigitChanges.Of("138057");

    [Theory]
    [InlineData("33120015")]
    [InlineData("06132013")]
    [InlineData("138057")]
    [InlineData("12130019")]
    [InlineData("39131040")]
    public void Known_numbers_are_valid(string number)
    {
        Assert.True(CheckDigit.IsValid(number));
    }

    [Fact]
    public void Compute_follows_the_worked_example()
    {
        Assert.Equal(5, CheckDigit.Compute("3312001"));
        Assert.Equal(3, CheckDigit.Compute("0613201"));
        Assert.Equal(7, CheckDigit.Compute("13805"));
    }

    [Fact]
    public void A_sum_ending_in_zero_gives_zero()
    {
        Assert.Equal(0, CheckDigit.Compute("3913104"));
    }

    [Theory]
    [MemberData(nameof(SingleDigitChangesOfInsurerNumber))]
    public void Every_single_digit_change_of_33120015_is_refused(string changed)
    {
        Assert.False(CheckDigit.IsValid(changed));
    }

    [Fact]
    public void Eight_positions_times_nine_other_digits_make_72_single_digit_changes()
    {
        Assert.Equal(72, SingleDigitChangesOfInsurerNumber.Count);
        Assert.Equal(54, SingleDigitChangesOfNationalHealthNumber.Count);
    }

    [Theory]
    [MemberData(nameof(SingleDigitChangesOfNationalHealthNumber))]
    public void Every_single_digit_change_of_the_kokuho_number_138057_is_refused(string changed)
    {
        Assert.False(CheckDigit.IsValid(changed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("3312001a")]
    [InlineData("３３１２００１５")]
    public void IsValid_is_false_for_anything_but_ascii_digits(string? number)
    {
        Assert.False(CheckDigit.IsValid(number));
    }

    [Fact]
    public void Compute_refuses_non_digits()
    {
        Assert.Throws<ArgumentException>(() => CheckDigit.Compute("33A"));
    }
}
