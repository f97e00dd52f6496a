using TextEhr.App.Cli;
using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Users;
using TextEhr.Storage;

namespace TextEhr.App.Tests.Cli;

public sealed class NoteCommandTests : IDisposable
{
    private readonly TestClinic _clinic = new TestClinic().Init();

    public NoteCommandTests()
    {
        _clinic.AddPatient();
    }

    public void Dispose() => _clinic.Dispose();

    public static TheoryData<string, string, string, string> BadFields() => new()
    {
        { "--date", "H31.5.1", Fields.VisitDate, DateMessages.AfterEraEnd(JapaneseEra.Heisei, 31, new DateOnly(2019, 5, 1)) },
        { "--date", "2025-06-16", Fields.VisitDate, InputMessages.DateInFuture(new DateOnly(2025, 6, 16), TestClinic.Today) },
        { "--bp", "80/130", Fields.BloodPressure, InputMessages.BloodPressureOrder(80, 130) },
        { "--bp", "130", Fields.BloodPressure, InputMessages.BloodPressureFormat("130") },
        { "--bp", "400/80", Fields.BloodPressure, InputMessages.BloodPressureRange("400/80") },
        { "--pulse", "7200", Fields.Pulse, InputMessages.Measurement("7200", 20, 250, "/分") },
        { "--temp", "368", Fields.Temperature, InputMessages.Measurement("368", 30m, 45m, "℃") },
        { "--spo2", "120", Fields.SpO2, InputMessages.Measurement("120", 50, 100, "%") },
        { "--height", "1.7", Fields.Height, InputMessages.Measurement("1.7", 20m, 250m, "cm") },
        { "--weight", "abc", Fields.Weight, InputMessages.Measurement("abc", 0.5m, 300m, "kg") },
        { "--rp", "アムロジピン錠5mg:1:錠", Fields.Prescription, InputMessages.PrescriptionFormat("アムロジピン錠5mg:1:錠") },
        { "--rp", "アムロジピン錠5mg:一:錠:1日1回朝食後:28", Fields.Prescription, InputMessages.PrescriptionDose("一") },
        { "--rp", "アムロジピン錠5mg:1:錠:1日1回朝食後:400", Fields.Prescription, InputMessages.PrescriptionDuration("400") },
        { "--rp", "アムロジピン錠5mg:1::1日1回朝食後:28", Fields.Prescription, InputMessages.PrescriptionPart("単位") },
        { "--user", "nobody", Fields.User, CliMessages.UnknownUser("nobody") },
    };

    [Fact]
    public void Add_saves_a_draft_and_says_how_to_confirm_it()
    {
        var result = _clinic.Run("note", "add", "1", "--s", "頭痛が3日続く", "--bp", "130/80");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(CliMessages.NoteSaved(1, 1, 1), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_holds_what_was_typed()
    {
        var result = _clinic.Run(
            "note", "add", "1", "--date", "R7.6.10",
            "--s", "頭痛", "--o", "項部硬直なし", "--a", "緊張型頭痛", "--p", "経過観察",
            "--bp", "１３０／８０", "--pulse", "72", "--temp", "36.8℃", "--spo2", "98", "--height", "170", "--weight", "65",
            "--rp", "ロキソプロフェン錠60mg:3:錠:1日3回毎食後:5", "--rp", "カロナール錠200:1:錠:頭痛時:5回", "--json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var note = TestClinic.Json(result);
        Assert.Equal("2025-06-10", note.GetProperty("visitDate").GetString());
        Assert.Equal("draft", note.GetProperty("state").GetString());
        var content = note.GetProperty("content");
        Assert.Equal("頭痛", content.GetProperty("subjective").GetString());
        Assert.Equal("項部硬直なし", content.GetProperty("objective").GetString());
        Assert.Equal("緊張型頭痛", content.GetProperty("assessment").GetString());
        Assert.Equal("経過観察", content.GetProperty("plan").GetString());
        var vitals = content.GetProperty("vitals");
        Assert.Equal(130, vitals.GetProperty("systolic").GetInt32());
        Assert.Equal(80, vitals.GetProperty("diastolic").GetInt32());
        Assert.Equal(36.8m, vitals.GetProperty("temperatureCelsius").GetDecimal());
        Assert.Equal(22.5m, vitals.GetProperty("bmi").GetDecimal());
        var groups = content.GetProperty("prescription").GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(2, groups.Count);
        Assert.Equal("ロキソプロフェン錠60mg", groups[0].GetProperty("items")[0].GetProperty("drugName").GetString());
        Assert.Equal(5, groups[0].GetProperty("duration").GetInt32());
        Assert.Equal("times", groups[1].GetProperty("durationUnit").GetString());
        Assert.True(content.GetProperty("prescription").GetProperty("isOutOfHouse").GetBoolean());
    }

    [Fact]
    public void Confirm_freezes_the_draft_and_a_second_confirm_is_refused()
    {
        var draft = TestClinic.Json(_clinic.Run("note", "add", "1", "--s", "咳", "--json"));
        var versionId = draft.GetProperty("versionId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var confirmed = _clinic.Run("note", "confirm", versionId);
        var again = _clinic.Run("note", "confirm", versionId);

        Assert.Equal(ExitCodes.Ok, confirmed.ExitCode);
        Assert.Contains(CliMessages.NoteConfirmed(1, 1, 1), confirmed.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, again.ExitCode);
        Assert.Contains(CliMessages.AlreadyConfirmed(1), again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_with_confirm_is_confirmed_at_once()
    {
        var note = _clinic.AddConfirmedNote("1");

        Assert.Equal("confirmed", note.GetProperty("state").GetString());
        Assert.Equal(TestClinic.DoctorName, note.GetProperty("confirmedBy").GetString());
        Assert.Equal("2025-06-15T10:00:00+09:00", note.GetProperty("confirmedAt").GetString());
    }

    [Fact]
    public void Amend_makes_version_two_and_history_shows_both()
    {
        var first = _clinic.AddConfirmedNote("1", "--bp", "130/80", "--a", "高血圧症");
        var entryId = first.GetProperty("entryId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var amend = _clinic.Run("note", "amend", entryId, "--reason", "血圧の転記誤り", "--bp", "150/90");
        var history = TestClinic.Json(_clinic.Run("note", "history", entryId, "--json"));

        Assert.Equal(ExitCodes.Ok, amend.ExitCode);
        Assert.Contains(CliMessages.NoteAmended(1, 2, 2), amend.Out, StringComparison.Ordinal);
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal(1, versions[0].GetProperty("version").GetInt32());
        Assert.Equal(130, versions[0].GetProperty("content").GetProperty("vitals").GetProperty("systolic").GetInt32());
        Assert.Equal(2, versions[1].GetProperty("version").GetInt32());
        Assert.Equal("confirmed", versions[1].GetProperty("state").GetString());
        Assert.Equal("血圧の転記誤り", versions[1].GetProperty("reason").GetString());
        Assert.Equal(150, versions[1].GetProperty("content").GetProperty("vitals").GetProperty("systolic").GetInt32());
        Assert.Equal("高血圧症", versions[1].GetProperty("content").GetProperty("assessment").GetString());
        Assert.False(string.Equals(versions[0].GetProperty("contentHash").GetString(), versions[1].GetProperty("contentHash").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void History_text_shows_state_author_time_reason_and_hash()
    {
        _clinic.AddConfirmedNote("1", "--a", "感冒");
        _clinic.Run("note", "amend", "1", "--reason", "病名の誤り", "--a", "急性上気道炎");

        var result = _clinic.Run("note", "history", "1");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(CliMessages.NoteHistoryHeader(1, 2), result.Out, StringComparison.Ordinal);
        Assert.Contains($"第1{DisplayText.Version} [{DisplayText.Of(NoteState.Confirmed)}]", result.Out, StringComparison.Ordinal);
        Assert.Contains($"第2{DisplayText.Version} [{DisplayText.Of(NoteState.Confirmed)}]", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{DisplayText.Author}: {TestClinic.DoctorName}  2025-06-15 10:00:00 (JST)", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{DisplayText.Reason}: 病名の誤り", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{DisplayText.Hash}: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("A: 感冒", result.Out, StringComparison.Ordinal);
        Assert.Contains("A: 急性上気道炎", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void History_marks_a_draft_as_temporary()
    {
        _clinic.Run("note", "add", "1", "--s", "腹痛");

        var result = _clinic.Run("note", "history", "1");

        Assert.Contains($"[{DisplayText.Of(NoteState.Draft)}]", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Amend_needs_a_reason_and_a_change()
    {
        _clinic.AddConfirmedNote("1");
        var before = _clinic.Counts();

        var withoutReason = _clinic.Run("note", "amend", "1", "--a", "片頭痛");
        var withoutChange = _clinic.Run("note", "amend", "1", "--reason", "誤記");

        Assert.Equal(ExitCodes.BadInput, withoutReason.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.Reason, InputMessages.ReasonRequired), withoutReason.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, withoutChange.ExitCode);
        Assert.Contains(CliMessages.NothingToChange, withoutChange.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }

    [Fact]
    public void Amend_of_a_draft_says_to_confirm_first()
    {
        _clinic.Run("note", "add", "1", "--s", "腹痛");

        var result = _clinic.Run("note", "amend", "1", "--reason", "誤記", "--s", "心窩部痛");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.LatestIsDraft(1, 1), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_ids_are_bad_input()
    {
        var before = _clinic.Counts();

        Assert.Contains(CliMessages.VersionNotFound(42), _clinic.Run("note", "confirm", "42").Error, StringComparison.Ordinal);
        Assert.Contains(CliMessages.EntryNotFound(42), _clinic.Run("note", "history", "42").Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, _clinic.Run("note", "confirm", "abc").ExitCode);
        Assert.Contains(InputMessages.IdFormat("abc"), _clinic.Run("note", "history", "abc").Error, StringComparison.Ordinal);
        Assert.Contains(CliMessages.EntryNotFound(42), _clinic.Run("note", "amend", "42", "--reason", "誤記", "--s", "咳").Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }

    [Fact]
    public void Empty_note_is_refused()
    {
        var before = _clinic.Counts();

        var result = _clinic.Run("note", "add", "1");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.Content, InputMessages.EmptyNote), result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }

    [Fact]
    public void Unknown_patient_is_refused_without_writing()
    {
        var before = _clinic.Counts();

        var result = _clinic.Run("note", "add", "77", "--s", "頭痛");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.PatientNotFound("77"), result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }

    [Theory]
    [MemberData(nameof(BadFields))]
    public void Bad_field_is_refused_with_its_fix_and_nothing_is_written(string option, string value, string field, string message)
    {
        var before = _clinic.Counts();

        var result = _clinic.Run("note", "add", "1", "--s", "頭痛", option, value, "--confirm");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(field, message), result.Error, StringComparison.Ordinal);
        Assert.Equal(before, _clinic.Counts());
    }

    [Fact]
    public void A_clerk_saves_drafts_but_cannot_confirm()
    {
        using (var database = ClinicDatabase.Open(_clinic.DatabasePath, _clinic.Time))
        {
            database.Users.Add(
                new User { Login = "clerk", DisplayName = "受付 花子", Role = UserRole.Clerk, PasswordHash = PasswordHasher.Hash("clerk password", 1_000) },
                actingUserId: 1);
        }

        var before = _clinic.Counts();

        var refused = _clinic.Run("note", "add", "1", "--s", "頭痛", "--confirm", "--user", "clerk");
        var draft = _clinic.Run("note", "add", "1", "--s", "頭痛", "--user", "clerk");

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains(CliMessages.ErrorLine(Fields.User, CliMessages.OnlyDoctorsConfirm("clerk")), refused.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, draft.ExitCode);
        Assert.Equal(before.ChartVersions + 1, _clinic.Counts().ChartVersions);
    }
}
