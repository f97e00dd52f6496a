using System.Text.Json;
using TextEhr.App.Cli;
using TextEhr.App.Input;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Tests.Cli;

public sealed class PatientAddCommandTests : IDisposable
{
    private readonly TestClinic _clinic = new TestClinic().Init();

    public void Dispose() => _clinic.Dispose();

    public static TheoryData<string, string, string, string> BadFields() => new()
    {
        { "--birth", "H31.5.1", Fields.Birth, DateMessages.AfterEraEnd(JapaneseEra.Heisei, 31, new DateOnly(2019, 5, 1)) },
        { "--birth", "S64.1.8", Fields.Birth, DateMessages.AfterEraEnd(JapaneseEra.Showa, 64, new DateOnly(1989, 1, 8)) },
        { "--birth", "2023-02-30", Fields.Birth, DateMessages.DayOutOfRange(2023, 2, 30, 28) },
        { "--birth", "R8.1.1", Fields.Birth, InputMessages.DateInFuture(new DateOnly(2026, 1, 1), TestClinic.Today) },
        { "--name", "山田太郎", Fields.Name, InputMessages.NameNeedsSpace(PersonNameInput.NameExample) },
        { "--kana", "山田 太郎", Fields.Kana, InputMessages.KanaOnly("山田 太郎") },
        { "--sex", "X", Fields.Sex, InputMessages.SexChoices("X") },
        { "--postal", "123-456", Fields.PostalCode, InputMessages.PostalCodeFormat("123-456") },
        { "--phone", "03-1234-567", Fields.Phone, InputMessages.PhoneFormat("03-1234-567") },
        { "--insurance-kind", "民間", Fields.InsuranceKind, InputMessages.InsuranceKindChoices("民間") },
        { "--insurer", "33120016", Fields.Insurer, InsuranceMessages.InsurerNumberCheckDigit },
        { "--insurer", "1234", Fields.Insurer, InsuranceMessages.InsurerNumberLength(4) },
        { "--symbol", "あ い", Fields.CardSymbol, InputMessages.CardTextFormat("あ い") },
        { "--number", "12:3", Fields.CardNumber, InputMessages.CardTextFormat("12:3") },
        { "--branch", "123", Fields.Branch, InputMessages.BranchFormat("123") },
        { "--relation", "兄", Fields.Relation, InputMessages.RelationChoices("兄") },
        { "--valid-from", "R6.13.1", Fields.ValidFrom, DateMessages.MonthOutOfRange(13) },
        { "--copay", "5", Fields.Copay, InputMessages.CopayChoices("5") },
        { "--copay-override", "4", Fields.CopayOverride, InputMessages.CopayOverrideChoices("4") },
        { "--public", "21136016:1234566", Fields.PublicCoverage, InsuranceMessages.PublicPayerNumberCheckDigit },
        { "--public", "21136015:1234567", Fields.PublicCoverage, InsuranceMessages.RecipientNumberCheckDigit },
        { "--public", "21136015", Fields.PublicCoverage, InputMessages.PublicCoverageFormat("21136015") },
        { "--allergy", "ペニシリン", Fields.Allergy, InputMessages.AllergyFormat("ペニシリン") },
        { "--allergy", "花粉:スギ:鼻水", Fields.Allergy, InputMessages.AllergyCategoryChoices("花粉") },
        { "--user", "nobody", Fields.User, CliMessages.UnknownUser("nobody") },
    };

    [Fact]
    public void Add_prints_the_chart_number_and_id()
    {
        var result = _clinic.Run("patient", "add", "--name", "山田 太郎", "--kana", "やまだ たろう", "--sex", "M", "--birth", "昭和50年3月1日");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(CliMessages.PatientRegistered("1", 1), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_holds_every_field_as_typed()
    {
        var patient = _clinic.AddPatient(
            "--postal", "〒123-4567",
            "--address", "東京都千代田区1-2-3",
            "--phone", "０３−１２３４−５６７８",
            "--occupation", "会社員",
            "--memo", "耳が遠い",
            "--insurer", "06132013",
            "--symbol", "あいう",
            "--number", "１８７",
            "--branch", "5",
            "--relation", "家族",
            "--valid-from", "R6.4.1",
            "--valid-to", "2026-03-31",
            "--public", "21136015:1234566",
            "--allergy", "薬剤:ペニシリン:発疹",
            "--allergy", "その他:卵:じんましん:自己申告");

        Assert.Equal("山田", patient.GetProperty("name").GetProperty("family").GetString());
        Assert.Equal("太郎", patient.GetProperty("name").GetProperty("given").GetString());
        Assert.Equal("ヤマダ\u3000タロウ", patient.GetProperty("kana").GetProperty("full").GetString());
        Assert.Equal("male", patient.GetProperty("sex").GetString());
        Assert.Equal("1975-03-01", patient.GetProperty("birthDate").GetString());
        Assert.Equal("昭和50年3月1日", patient.GetProperty("birthDateWareki").GetString());
        Assert.Equal(50, patient.GetProperty("age").GetInt32());
        Assert.Equal("123-4567", patient.GetProperty("postalCode").GetString());
        Assert.Equal("03-1234-5678", patient.GetProperty("phone").GetString());
        Assert.Equal("会社員", patient.GetProperty("occupation").GetString());
        Assert.Equal("耳が遠い", patient.GetProperty("memo").GetString());
        var insurance = patient.GetProperty("insurance");
        Assert.Equal("employee", insurance.GetProperty("kind").GetString());
        Assert.Equal("06132013", insurance.GetProperty("insurerNumber").GetString());
        Assert.Equal("あいう", insurance.GetProperty("symbol").GetString());
        Assert.Equal("１８７", insurance.GetProperty("number").GetString());
        Assert.Equal("05", insurance.GetProperty("branch").GetString());
        Assert.Equal("dependent", insurance.GetProperty("relationship").GetString());
        Assert.Equal("2024-04-01", insurance.GetProperty("validFrom").GetString());
        Assert.Equal("2026-03-31", insurance.GetProperty("validTo").GetString());
        Assert.Equal(3, insurance.GetProperty("copay").GetProperty("tenths").GetInt32());
        Assert.Equal(InsuranceMessages.WorkingAgeReason, insurance.GetProperty("copay").GetProperty("reason").GetString());
        var publicCoverage = Assert.Single(patient.GetProperty("publicCoverages").EnumerateArray());
        Assert.Equal("21136015", publicCoverage.GetProperty("payerNumber").GetString());
        Assert.Equal("1234566", publicCoverage.GetProperty("recipientNumber").GetString());
        var allergies = patient.GetProperty("allergies").EnumerateArray().ToList();
        Assert.Equal(2, allergies.Count);
        Assert.Equal("drug", allergies[0].GetProperty("category").GetString());
        Assert.Equal("ペニシリン", allergies[0].GetProperty("substance").GetString());
        Assert.Equal("発疹", allergies[0].GetProperty("reaction").GetString());
        Assert.Equal("selfReported", allergies[1].GetProperty("verification").GetString());
    }

    [Fact]
    public void Json_keeps_Japanese_readable()
    {
        var result = _clinic.Run("patient", "add", "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--sex", "男", "--birth", "S50.3.1", "--json");

        Assert.Contains("\"family\": \"山田\"", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u5C71", result.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"kana\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("ヤマダ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_json_agrees_with_what_add_returned()
    {
        var added = _clinic.AddPatient("--insurer", "138057", "--phone", "090-1111-2222", "--allergy", "薬剤:ロキソプロフェン:喘息");

        var shown = TestClinic.Json(_clinic.Run("patient", "show", added.GetProperty("chartNumber").GetString()!, "--json"));

        foreach (var property in new[] { "id", "chartNumber", "name", "kana", "sex", "birthDate", "birthDateWareki", "age", "phone", "insurance", "publicCoverages", "allergies" })
        {
            Assert.Equal(added.GetProperty(property).GetRawText(), shown.GetProperty(property).GetRawText());
        }

        Assert.Equal("national", shown.GetProperty("insurance").GetProperty("kind").GetString());
    }

    [Fact]
    public void Insurer_39_makes_a_late_elderly_card_with_its_rate()
    {
        var patient = _clinic.AddPatient("--birth", "S20.1.1", "--insurer", "39131016", "--copay", "1");

        var insurance = patient.GetProperty("insurance");
        Assert.Equal("lateElderly", insurance.GetProperty("kind").GetString());
        Assert.Equal(1, insurance.GetProperty("copay").GetProperty("tenths").GetInt32());
    }

    [Theory]
    [MemberData(nameof(BadFields))]
    public void Bad_field_is_refused_with_its_fix_and_nothing_is_written(string option, string value, string field, string message)
    {
        _clinic.AddPatient();
        var before = _clinic.Counts();
        string[] valid = ["--name", "鈴木 花子", "--kana", "スズキ ハナコ", "--sex", "女", "--birth", "1980-01-01"];
        var args = new List<string> { "patient", "add" };
        for (var i = 0; i < valid.Length; i += 2)
        {
            if (!string.Equals(valid[i], option, StringComparison.Ordinal))
            {
                args.Add(valid[i]);
                args.Add(valid[i + 1]);
            }
        }

        args.Add(option);
        args.Add(value);

        var result = _clinic.Run([.. args]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(field, message), result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n'), line => line.StartsWith(CliMessages.ErrorLine(field, string.Empty), StringComparison.Ordinal));
        Assert.Contains(CliMessages.NothingSaved, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
        Assert.Equal(before, _clinic.Counts());
    }

    [Fact]
    public void Missing_required_fields_are_all_named()
    {
        var result = _clinic.Run("patient", "add", "--phone", "03-1234-5678");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.Name, InputMessages.Required(PersonNameInput.NameExample)), result.Error, StringComparison.Ordinal);
        Assert.Contains(CliMessages.ErrorLine(Fields.Kana, InputMessages.Required(PersonNameInput.KanaExample)), result.Error, StringComparison.Ordinal);
        Assert.Contains(Fields.Sex + ": ", result.Error, StringComparison.Ordinal);
        Assert.Contains(Fields.Birth + ": ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validity_ending_before_it_starts_is_refused()
    {
        var before = _clinic.Counts();

        var result = _clinic.Run(
            "patient", "add", "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--sex", "男", "--birth", "S50.3.1",
            "--insurer", "06132013", "--valid-from", "2025-04-01", "--valid-to", "2025-03-31");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.ValidTo, InputMessages.ValidityOrder), result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }

    [Fact]
    public void Late_elderly_kind_needs_an_insurer_starting_39()
    {
        var before = _clinic.Counts();

        var result = _clinic.Run(
            "patient", "add", "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--sex", "男", "--birth", "S10.3.1",
            "--insurance-kind", "後期", "--insurer", "06132013");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(PatientMessages.InsurerNumberField, PatientMessages.LateElderlyNeeds39), result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }

    [Fact]
    public void More_than_three_public_coverages_are_refused()
    {
        var result = _clinic.Run(
            "patient", "add", "--name", "山田 太郎", "--kana", "ヤマダ タロウ", "--sex", "男", "--birth", "S50.3.1",
            "--public", "21136015:1234566", "--public", "21136015:1234566", "--public", "21136015:1234566", "--public", "21136015:1234566");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(InputMessages.TooManyPublicCoverages(4), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_are_recorded_against_the_user_given()
    {
        _clinic.AddPatient("--user", TestClinic.DoctorLogin);

        using var connection = _clinic.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id FROM audit_log WHERE entity = 'patient' ORDER BY id LIMIT 1";
        Assert.Equal(1L, (long)command.ExecuteScalar()!);
    }

    [Fact]
    public void Json_property_names_are_camel_case()
    {
        var patient = _clinic.AddPatient();

        Assert.True(patient.TryGetProperty("chartNumber", out _));
        Assert.True(patient.TryGetProperty("recentVisits", out var visits));
        Assert.Equal(JsonValueKind.Array, visits.ValueKind);
    }
}
