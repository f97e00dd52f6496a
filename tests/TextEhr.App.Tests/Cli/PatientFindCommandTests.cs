using TextEhr.App.Cli;
using TextEhr.App.Input;
using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Cli;

public sealed class PatientFindCommandTests : IDisposable
{
    private readonly TestClinic _clinic = new TestClinic().Init();

    public PatientFindCommandTests()
    {
        _clinic.AddPatient("--phone", "03-1234-5678");
        _clinic.Run("patient", "add", "--name", "山本 花子", "--kana", "ヤマモト ハナコ", "--sex", "女", "--birth", "H2.5.5");
        _clinic.Run("patient", "add", "--name", "鈴木 一郎", "--kana", "スズキ イチロウ", "--sex", "男", "--birth", "S40.1.1");
    }

    public void Dispose() => _clinic.Dispose();

    [Theory]
    [InlineData("ヤマ", 2)]
    [InlineData("やま", 2)]
    [InlineData("ｽｽﾞｷ", 1)]
    [InlineData("山本花", 1)]
    [InlineData("S50.3.1", 1)]
    [InlineData("0312345678", 1)]
    public void Finds_by_kana_kanji_birth_date_and_phone(string text, int expected)
    {
        var result = _clinic.Run("patient", "find", text, "--json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(expected, TestClinic.Json(result).GetArrayLength());
    }

    [Fact]
    public void Text_lists_one_patient_per_line_with_wareki_birth()
    {
        var result = _clinic.Run("patient", "find", "ヤマ");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("山田\u3000太郎 (ヤマダ\u3000タロウ)", result.Out, StringComparison.Ordinal);
        Assert.Contains("平成2年5月5日", result.Out, StringComparison.Ordinal);
        Assert.Contains(CliMessages.PatientsFound(2), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_caps_the_list()
    {
        var result = _clinic.Run("patient", "find", "ヤマ", "--limit", "1", "--json");

        Assert.Equal(1, TestClinic.Json(result).GetArrayLength());
    }

    [Fact]
    public void No_hit_says_so()
    {
        var result = _clinic.Run("patient", "find", "ワタナベ");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(CliMessages.NoPatientsFound("ワタナベ"), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_text_is_bad_input()
    {
        var result = _clinic.Run("patient", "find", " ");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(InputMessages.SearchTextEmpty, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_limit_is_bad_input()
    {
        var result = _clinic.Run("patient", "find", "ヤマ", "--limit", "0");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.Limit, InputMessages.WholeNumber("0", 1, PatientFindCommand.MaximumLimit)), result.Error, StringComparison.Ordinal);
    }
}
