using TextEhr.App.Cli;
using TextEhr.App.Input;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Dates;

namespace TextEhr.App.Tests.Cli;

public sealed class PatientEditCommandTests : IDisposable
{
    private readonly TestClinic _clinic = new TestClinic().Init();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Only_the_given_fields_change_and_the_old_values_are_kept_as_history()
    {
        var added = _clinic.AddPatient("--phone", "03-1111-2222", "--memo", "初診");
        var chartNumber = added.GetProperty("chartNumber").GetString()!;

        var result = _clinic.Run("patient", "edit", chartNumber, "--phone", "090-3333-4444", "--json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var edited = TestClinic.Json(result);
        Assert.Equal("090-3333-4444", edited.GetProperty("phone").GetString());
        Assert.Equal("初診", edited.GetProperty("memo").GetString());
        Assert.Equal(added.GetProperty("name").GetRawText(), edited.GetProperty("name").GetRawText());
        Assert.Equal(added.GetProperty("birthDate").GetString(), edited.GetProperty("birthDate").GetString());
        Assert.Equal(2, edited.GetProperty("revision").GetInt32());
        Assert.Equal(1, _clinic.Counts().PatientHistory);
    }

    [Fact]
    public void Edit_prints_the_new_revision()
    {
        _clinic.AddPatient();

        var result = _clinic.Run("patient", "edit", "1", "--address", "大阪府大阪市北区1-1");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(CliMessages.PatientUpdated("1", 1, 2), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Insurance_fields_lay_over_the_current_card()
    {
        _clinic.AddPatient("--insurer", "06132013", "--symbol", "あいう", "--number", "187");

        var edited = TestClinic.Json(_clinic.Run("patient", "edit", "1", "--branch", "02", "--json"));

        var insurance = edited.GetProperty("insurance");
        Assert.Equal("06132013", insurance.GetProperty("insurerNumber").GetString());
        Assert.Equal("あいう", insurance.GetProperty("symbol").GetString());
        Assert.Equal("02", insurance.GetProperty("branch").GetString());
    }

    [Fact]
    public void Allergy_is_added_without_touching_the_record()
    {
        _clinic.AddPatient("--allergy", "薬剤:ペニシリン:発疹");

        var result = _clinic.Run("patient", "edit", "1", "--allergy", "その他:そば:呼吸困難", "--json");

        var edited = TestClinic.Json(result);
        Assert.Equal(1, edited.GetProperty("revision").GetInt32());
        Assert.Equal(2, edited.GetProperty("allergies").GetArrayLength());
    }

    [Fact]
    public void Bad_input_changes_nothing()
    {
        _clinic.AddPatient();
        var before = _clinic.Counts();

        var result = _clinic.Run("patient", "edit", "1", "--phone", "090-1234", "--birth", "H31.5.1");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.Phone, InputMessages.PhoneFormat("090-1234")), result.Error, StringComparison.Ordinal);
        Assert.Contains(CliMessages.ErrorLine(Fields.Birth, DateMessages.AfterEraEnd(JapaneseEra.Heisei, 31, new DateOnly(2019, 5, 1))), result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }

    [Fact]
    public void Unknown_patient_is_bad_input()
    {
        _clinic.AddPatient();
        var before = _clinic.Counts();

        var result = _clinic.Run("patient", "edit", "999", "--phone", "090-1234-5678");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.Patient, CliMessages.PatientNotFound("999")), result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }

    [Fact]
    public void Edit_without_changes_is_bad_input()
    {
        _clinic.AddPatient();
        var before = _clinic.Counts();

        var result = _clinic.Run("patient", "edit", "1");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.NothingToChange, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }

    [Fact]
    public void Chart_number_already_taken_is_refused()
    {
        _clinic.AddPatient("--chart-number", "100");
        _clinic.AddPatient("--chart-number", "200");
        var before = _clinic.Counts();

        var result = _clinic.Run("patient", "edit", "200", "--chart-number", "100");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(before.PatientHistory, _clinic.Counts().PatientHistory);
    }
}
