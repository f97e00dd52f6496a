using TextEhr.App.Hosting;
using TextEhr.App.Logging;
using TextEhr.App.Screens.Charting;
using TextEhr.App.Tests.Support;
using TextEhr.App.Ui;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Users;
using TextEhr.Tui.Views;

namespace TextEhr.App.Tests.Screens.Charting;

public sealed class ChartViewModelTests : IDisposable
{
    private readonly TestUi _ui = TestUi.Initialised();
    private readonly long _patientId;

    public ChartViewModelTests()
    {
        _patientId = ChartTestData.AddPatient(_ui, "ペニシリン").Id;
        _ui.Session.User = _ui.Doctor;
    }

    private static DateOnly Yesterday => ChartTestData.Today.AddDays(-1);

    public void Dispose() => _ui.Dispose();

    [Fact]
    public void Load_shows_the_patient_allergies_and_insurance_in_the_banner()
    {
        using var model = Open();
        Assert.Contains("佐藤　花子", model.Banner.Identity, StringComparison.Ordinal);
        Assert.Contains("75歳", model.Banner.Identity, StringComparison.Ordinal);
        Assert.Equal("アレルギー: ペニシリン", model.Banner.Warning);
        Assert.Contains("国保", model.Banner.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Do_copies_the_last_confirmed_prescription_and_the_plan_once()
    {
        ChartTestData.AddVisit(_ui, _patientId, Yesterday);
        using var model = Open();

        var offer = model.FindPrevious();
        Assert.NotNull(offer);
        Assert.Equal(Yesterday, offer.VisitDate);
        var result = model.ApplyDo(offer, withPlan: true);
        model.ApplyDo(model.FindPrevious()!, withPlan: true);

        Assert.Equal(ChartMessages.DoCopied(Yesterday, 2, withPlan: true), result.Message);
        Assert.Equal(["アムロジピン錠5mg", "ロキソプロフェン錠60mg"], model.Fields.Groups.Select(g => g.Items[0].DrugName), StringComparer.Ordinal);
        Assert.Equal("降圧薬継続", model.Fields.Plan);
    }

    [Fact]
    public void Do_without_the_plan_leaves_P_empty()
    {
        ChartTestData.AddVisit(_ui, _patientId, Yesterday);
        using var model = Open();

        model.ApplyDo(model.FindPrevious()!, withPlan: false);

        Assert.Equal(2, model.Fields.Groups.Count);
        Assert.Equal(string.Empty, model.Fields.Plan);
    }

    [Fact]
    public void Do_finds_nothing_when_the_only_visit_is_on_the_same_day()
    {
        ChartTestData.AddVisit(_ui, _patientId, ChartTestData.Today);
        using var model = Open();
        Assert.Null(model.FindPrevious());
    }

    [Fact]
    public void Autosave_writes_the_draft_three_seconds_after_typing_stops()
    {
        using var model = Open();
        model.Edit(model.Fields with { Subjective = "頭痛" });
        _ui.Advance(TimeSpan.FromSeconds(2));
        model.Edit(model.Fields with { Subjective = "頭痛が続く" });
        _ui.Advance(TimeSpan.FromSeconds(2));
        Assert.Empty(Recent());

        _ui.Advance(TimeSpan.FromSeconds(1));

        var draft = Assert.Single(Recent());
        Assert.False(draft.IsConfirmed);
        Assert.Equal("頭痛が続く", draft.Content.Subjective);
        Assert.False(model.IsDirty);
    }

    [Fact]
    public void An_own_draft_is_reloaded_when_the_chart_opens_again()
    {
        using (var first = Open())
        {
            first.Edit(first.Fields with { Subjective = "咳", BloodPressure = "128/78" });
            Assert.Equal(ChartMessages.DraftSaved, first.SaveDraft().Message);
        }

        using var second = new ChartViewModel(_ui.Session, _patientId);
        var loaded = second.Load();

        Assert.Equal(ChartMessages.DraftReloaded(ChartTestData.Today), loaded.Message);
        Assert.Equal("咳", second.Fields.Subjective);
        Assert.Equal("128/78", second.Fields.BloodPressure);
        Assert.Empty(second.Visits);
    }

    [Fact]
    public void A_failed_save_says_so_in_Japanese_and_keeps_the_page()
    {
        var failing = new FailingChartStore(_ui.Database.Charts);
        var session = new AppSession(_ui.Loop, _ui.Services with { Charts = failing }, _ui.Folder, new ClinicSettings(), ClinicLog.Silent()) { User = _ui.Doctor };
        using var model = new ChartViewModel(session, _patientId);
        model.Load();
        model.Edit(model.Fields with { Subjective = "めまい" });

        var result = model.SaveDraft();

        Assert.True(result.IsError);
        Assert.Equal(ChartMessages.SaveFailed, result.Message);
        Assert.Equal("めまい", model.Fields.Subjective);
        Assert.True(model.IsDirty);
        failing.Fail = false;
        Assert.False(model.SaveDraft().IsError);
        Assert.Equal("めまい", Assert.Single(Recent()).Content.Subjective);
    }

    [Fact]
    public void Confirm_needs_something_written()
    {
        using var model = Open();
        var refusal = model.CheckForConfirm();
        Assert.NotNull(refusal);
        Assert.Equal(ChartMessages.EmptyEntry, refusal.Message);
    }

    [Fact]
    public void Confirm_refuses_vitals_out_of_range_and_names_the_box()
    {
        using var model = Open();
        model.Edit(model.Fields with { Subjective = "発熱", Temperature = "368" });

        var refusal = model.CheckForConfirm();

        Assert.NotNull(refusal);
        Assert.Equal(EntryField.Temperature, refusal.Field);
        Assert.StartsWith("体温: ", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clerk_cannot_confirm_and_the_page_is_kept_as_a_draft()
    {
        _ui.Session.User = _ui.Database.Users.Add(
            new User { Login = "suzuki", DisplayName = "鈴木 花", Role = UserRole.Clerk, PasswordHash = PasswordHasher.Hash("clerk-password-1", 1_000) },
            _ui.Doctor!.Id);
        using var model = Open();
        model.Edit(model.Fields with { Subjective = "代行入力" });

        var refusal = model.CheckForConfirm();

        Assert.Equal(ChartMessages.OnlyDoctorsConfirm, refusal!.Message);
        var draft = Assert.Single(Recent());
        Assert.False(draft.IsConfirmed);
    }

    [Fact]
    public void Confirm_freezes_the_page_and_opens_a_fresh_one_for_today()
    {
        using var model = Open();
        model.Edit(model.Fields with { Subjective = "頭痛", Assessment = "緊張型頭痛", Groups = [ChartTestData.Loxoprofen] });

        var result = model.Confirm();

        Assert.Equal(ChartMessages.Confirmed, result.Message);
        var entry = Assert.Single(Recent());
        Assert.True(entry.IsConfirmed);
        Assert.Equal("緊張型頭痛", entry.Content.Assessment);
        Assert.Equal(10, entry.Content.Prescription!.Groups[0].Duration);
        Assert.Equal(string.Empty, model.Fields.Subjective);
        Assert.Equal("R7.6.15", model.Fields.VisitDate);
        Assert.Null(model.Draft);
        Assert.Single(model.Visits);
    }

    [Fact]
    public void A_late_entry_keeps_the_date_typed()
    {
        using var model = Open();
        model.Edit(model.Fields with { VisitDate = "R7.6.14", Subjective = "昨日の分" });

        model.Confirm();

        Assert.Equal(Yesterday, Assert.Single(Recent()).VisitDate);
    }

    [Fact]
    public void Changing_the_date_of_a_saved_draft_withdraws_the_old_one()
    {
        using var model = Open();
        model.Edit(model.Fields with { Subjective = "咳" });
        model.SaveDraft();
        model.Edit(model.Fields with { VisitDate = "R7.6.14" });

        Assert.False(model.SaveDraft().IsError);

        var recent = Recent();
        Assert.Equal(2, recent.Count);
        Assert.Contains(recent, v => v.Status == EntryStatus.Voided && v.VisitDate == ChartTestData.Today);
        Assert.Contains(recent, v => !v.IsConfirmed && v.VisitDate == Yesterday && string.Equals(v.Content.Subjective, "咳", StringComparison.Ordinal));
    }

    [Fact]
    public void Amend_saves_version_2_with_the_reason_and_keeps_version_1()
    {
        var visit = ChartTestData.AddVisit(_ui, _patientId, Yesterday);
        var amend = new AmendViewModel(_ui.Session, visit);

        var result = amend.Submit(amend.Start with { BloodPressure = "142/88" }, "血圧の転記誤り");

        Assert.Equal(ChartMessages.Amended(2), result.Message);
        var history = _ui.Database.Charts.History(visit.EntryId, _ui.Doctor!.Id);
        Assert.Equal(2, history.Count);
        Assert.Equal(132, history[0].Content.Vitals.Systolic);
        Assert.Equal(142, history[1].Content.Vitals.Systolic);
        Assert.Equal("血圧の転記誤り", history[1].Reason);
        Assert.True(history[1].IsConfirmed);
        using var model = Open();
        Assert.Equal("訂正2版", ChartText.State(model.Visits[0]));
    }

    [Fact]
    public void Amend_needs_a_reason()
    {
        var visit = ChartTestData.AddVisit(_ui, _patientId, Yesterday);
        var amend = new AmendViewModel(_ui.Session, visit);

        var result = amend.Submit(amend.Start, "  ");

        Assert.Equal(EntryField.Reason, result.Field);
        Assert.Equal(StatusKind.Error, result.Kind);
        Assert.Single(_ui.Database.Charts.History(visit.EntryId, _ui.Doctor!.Id));
    }

    [Theory]
    [InlineData("170", "65", "22.5")]
    [InlineData("１６０", "55kg", "21.5")]
    [InlineData("170", "", null)]
    [InlineData("17", "65", null)]
    public void Bmi_is_computed_from_what_is_typed(string height, string weight, string? expected)
    {
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EntryParser.Bmi(height, weight));
    }

    private ChartViewModel Open()
    {
        var model = new ChartViewModel(_ui.Session, _patientId);
        model.Load();
        return model;
    }

    private IReadOnlyList<ChartEntryVersion> Recent() => _ui.Database.Charts.Recent(_patientId, 10, _ui.Doctor!.Id);
}
