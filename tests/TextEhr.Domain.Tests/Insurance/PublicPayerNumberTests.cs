using TextEhr.Domain.Insurance;

namespace TextEhr.Domain.Tests.Insurance;

public sealed class PublicPayerNumberTests
{
    // 生活保護 (12), 東京都 (13), 実施機関 001: check digit 9 by the §3 rule.
    private const string PublicAssistance = "12130019";

    public static TheoryData<string> SingleDigitChangesOfPublicAssistance => SingleDigitChanges.Of(PublicAssistance);

    [Fact]
    public void The_test_number_carries_the_computed_check_digit()
    {
        Assert.Equal(9, CheckDigit.Compute(PublicAssistance.AsSpan(0, 7)));
    }

    [Fact]
    public void A_public_assistance_number_exposes_law_code_12()
    {
        var number = PublicPayerNumber.Parse(PublicAssistance).Value!;

        Assert.Equal(PublicAssistance, number.Value);
        Assert.Equal("12", number.LawCode);
        Assert.Equal("13", number.Prefecture);
        Assert.True(number.IsPublicAssistance);
    }

    [Fact]
    public void A_nanbyo_number_is_not_public_assistance()
    {
        var number = PublicPayerNumber.Parse("５４１３６０１５").Value!;

        Assert.Equal("54", number.LawCode);
        Assert.False(number.IsPublicAssistance);
    }

    [Theory]
    [MemberData(nameof(SingleDigitChangesOfPublicAssistance))]
    public void Every_single_digit_change_is_refused_for_its_check_digit(string changed)
    {
        Assert.Equal(InsuranceMessages.PublicPayerNumberCheckDigit, PublicPayerNumber.Parse(changed).Error);
    }

    [Fact]
    public void Eight_positions_times_nine_other_digits_make_72_single_digit_changes()
    {
        Assert.Equal(72, SingleDigitChangesOfPublicAssistance.Count);
    }

    [Fact]
    public void A_six_digit_number_is_refused_because_only_insurers_have_six()
    {
        Assert.Equal(InsuranceMessages.PublicPayerNumberLength(6), PublicPayerNumber.Parse("138057").Error);
    }

    [Fact]
    public void Empty_and_non_digit_input_are_refused()
    {
        Assert.Equal(InsuranceMessages.PublicPayerNumberEmpty, PublicPayerNumber.Parse("  ").Error);
        Assert.Equal(InsuranceMessages.PublicPayerNumberNotDigits, PublicPayerNumber.Parse("1213001X").Error);
    }
}
