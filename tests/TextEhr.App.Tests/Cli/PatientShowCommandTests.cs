using TextEhr.App.Cli;
using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Insurance;

namespace TextEhr.App.Tests.Cli;

public sealed class PatientShowCommandTests : IDisposable
{
    private readonly TestClinic _clinic = new TestClinic().Init();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Text_shows_wareki_birth_age_copay_with_reason_public_and_allergies()
    {
        _clinic.AddPatient("--insurer", "06132013", "--public", "21136015:1234566", "--allergy", "薬剤:ペニシリン:発疹");
        _clinic.AddConfirmedNote("1", "--a", "緊張型頭痛");

        var result = _clinic.Run("patient", "show", "1");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("昭和50年3月1日 (1975-03-01) 50歳", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{DisplayText.Copay}: 3割  {InsuranceMessages.WorkingAgeReason}", result.Out, StringComparison.Ordinal);
        Assert.Contains("21136015", result.Out, StringComparison.Ordinal);
        Assert.Contains("[薬剤] ペニシリン — 発疹", result.Out, StringComparison.Ordinal);
        Assert.Contains("緊張型頭痛", result.Out, StringComparison.Ordinal);
        Assert.Contains(DisplayText.Of(NoteState.Confirmed), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Preschool_child_pays_two_tenths_with_the_reason()
    {
        _clinic.AddPatient("--birth", "R3.4.1", "--insurer", "06132013", "--relation", "家族");

        var shown = TestClinic.Json(_clinic.Run("patient", "show", "1", "--json"));

        var copay = shown.GetProperty("insurance").GetProperty("copay");
        Assert.Equal(2, copay.GetProperty("tenths").GetInt32());
        Assert.Equal("preschool", copay.GetProperty("basis").GetString());
        Assert.Equal(InsuranceMessages.PreschoolReason(new DateOnly(2027, 3, 31)), copay.GetProperty("reason").GetString());
    }

    [Fact]
    public void Elderly_without_card_rate_carries_a_warning()
    {
        _clinic.AddPatient("--birth", "S28.1.10", "--insurer", "06132013");

        var result = _clinic.Run("patient", "show", "1");

        Assert.Contains(InsuranceMessages.ElderlyAssumedReason(null), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_recent_visits_newest_first()
    {
        _clinic.AddPatient();
        _clinic.AddConfirmedNote("1", "--date", "2025-06-01");
        _clinic.AddConfirmedNote("1", "--date", "2025-06-15");

        var shown = TestClinic.Json(_clinic.Run("patient", "show", "1", "--json"));

        var visits = shown.GetProperty("recentVisits").EnumerateArray().ToList();
        Assert.Equal(2, visits.Count);
        Assert.Equal("2025-06-15", visits[0].GetProperty("visitDate").GetString());
    }

    [Fact]
    public void Show_is_audited_as_a_view()
    {
        _clinic.AddPatient();
        var before = _clinic.Counts().Audit;

        _clinic.Run("patient", "show", "1");

        Assert.True(_clinic.Counts().Audit > before);
    }

    [Fact]
    public void Unknown_patient_is_bad_input()
    {
        var result = _clinic.Run("patient", "show", "ヤマダ");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.Patient, CliMessages.PatientNotFound("ヤマダ")), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_visit_count_is_bad_input()
    {
        _clinic.AddPatient();

        var result = _clinic.Run("patient", "show", "1", "--visits", "たくさん");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.Limit, InputMessages.WholeNumber("たくさん", 0, 1000)), result.Error, StringComparison.Ordinal);
    }
}
