using TextEhr.App.Input;
using TextEhr.App.Screens.Charting;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Tests.Screens.Charting;

public sealed class ChartScreenTests : IDisposable
{
    private readonly TestUi _ui = TestUi.Initialised();

    public void Dispose() => _ui.Dispose();

    private static DateOnly Yesterday => ChartTestData.Today.AddDays(-1);

    [Fact]
    public void The_banner_shows_the_patient_and_the_allergies_at_80_by_24()
    {
        var patient = ChartTestData.AddPatient(_ui, "ペニシリン", "卵");
        ChartTestData.AddVisit(_ui, patient.Id, Yesterday);
        Open(patient.Id);

        var rows = _ui.Text.Split('\n');
        Assert.Equal(24, rows.Length);
        Assert.Contains("佐藤　花子（サトウ　ハナコ） 女 75歳 S25.3.1生", rows[0], StringComparison.Ordinal);
        Assert.Contains("アレルギー: ペニシリン、卵", rows[0], StringComparison.Ordinal);
        Assert.Contains("保険: 国保", rows[1], StringComparison.Ordinal);
        Assert.Contains(">R7.6.14 確定 高血圧症 安定", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("受診日 [R7.6.15", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("Rp1) アムロジピン錠5mg", _ui.Text, StringComparison.Ordinal);
        Assert.Equal("F1ヘルプ F2Rp F4病名 F5Do F6検査 F8印刷 F9訂正 F10下書き F11患者 F12確定 Esc戻る", rows[23].TrimEnd());
    }

    [Fact]
    public void A_patient_without_allergies_says_none_recorded()
    {
        var patient = ChartTestData.AddPatient(_ui);
        Open(patient.Id);
        Assert.Contains(ChartMessages.NoAllergies, _ui.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Typing_a_whole_late_visit_and_F12_saves_exactly_that()
    {
        var patient = ChartTestData.AddPatient(_ui);
        Open(patient.Id);

        _ui.Press(ConsoleKey.Tab, ConsoleModifiers.Shift);
        for (var i = 0; i < 7; i++)
        {
            _ui.Press(ConsoleKey.Backspace);
        }

        _ui.Enter("R7.6.14");
        _ui.Type("頭痛が続く").Press(ConsoleKey.Tab);
        _ui.Type("咽頭発赤なし").Press(ConsoleKey.Tab);
        _ui.Enter("130/80").Enter("72").Enter("36.8").Enter("98").Enter("160").Enter("55");
        Assert.Contains("BMI 21.5", _ui.Text, StringComparison.Ordinal);
        _ui.Type("高血圧症").Press(ConsoleKey.Tab);
        _ui.Type("減塩指導").Press(ConsoleKey.Tab);
        _ui.Press(ConsoleKey.F2).Enter("アムロジピン錠5mg").Enter("1").Press(ConsoleKey.Enter).Press(ConsoleKey.Enter).Enter("28");
        _ui.Press(ConsoleKey.F2).Enter("ロキソプロフェン錠60mg").Enter("1").Press(ConsoleKey.Enter);
        for (var i = 0; i < 5; i++)
        {
            _ui.Press(ConsoleKey.DownArrow);
        }

        _ui.Press(ConsoleKey.Enter).Enter("10");
        Assert.Contains("Rp2) ロキソプロフェン錠60mg 1錠 / 頓用 疼", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("     痛時 10回分", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.F12);
        Assert.Contains("確定しますか？", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Enter);

        var entry = Assert.Single(Recent(patient.Id));
        Assert.True(entry.IsConfirmed);
        Assert.Equal(Yesterday, entry.VisitDate);
        var content = entry.Content;
        Assert.Equal("頭痛が続く", content.Subjective);
        Assert.Equal("咽頭発赤なし", content.Objective);
        Assert.Equal("高血圧症", content.Assessment);
        Assert.Equal("減塩指導", content.Plan);
        Assert.Equal(new Vitals { Systolic = 130, Diastolic = 80, Pulse = 72, TemperatureCelsius = 36.8m, SpO2 = 98, HeightCm = 160, WeightKg = 55 }, content.Vitals);
        var groups = content.Prescription!.Groups;
        Assert.Equal(2, groups.Count);
        Assert.Equal(("アムロジピン錠5mg", 1m, "錠", "1日1回朝食後", 28, DurationUnit.Days), Describe(groups[0]));
        Assert.Equal(("ロキソプロフェン錠60mg", 1m, "錠", "頓用 疼痛時", 10, DurationUnit.Times), Describe(groups[1]));
        Assert.Contains(ChartMessages.Confirmed, _ui.Text, StringComparison.Ordinal);
        Assert.Contains("R7.6.14 確定 高血圧症", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("受診日 [R7.6.15", _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Do_visit_takes_four_keys()
    {
        var patient = ChartTestData.AddPatient(_ui);
        ChartTestData.AddVisit(_ui, patient.Id, Yesterday);
        Open(patient.Id);

        _ui.Press(ConsoleKey.F5);
        Assert.Contains(ChartMessages.CopyPlanQuestion, _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Enter);
        Assert.Contains(ChartMessages.DoCopied(Yesterday, 2, withPlan: true), _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.F12).Press(ConsoleKey.Enter);

        var today = Recent(patient.Id)[0];
        Assert.Equal(ChartTestData.Today, today.VisitDate);
        Assert.True(today.IsConfirmed);
        Assert.Equal("降圧薬継続", today.Content.Plan);
        Assert.Equal(2, today.Content.Prescription!.Groups.Count);
    }

    [Fact]
    public void Do_with_Esc_copies_the_prescription_but_not_the_plan()
    {
        var patient = ChartTestData.AddPatient(_ui);
        ChartTestData.AddVisit(_ui, patient.Id, Yesterday);
        Open(patient.Id);

        _ui.Press(ConsoleKey.F5).Press(ConsoleKey.Escape);

        Assert.IsType<ChartScreen>(_ui.Loop.Top);
        Assert.Contains(ChartMessages.DoCopied(Yesterday, 2, withPlan: false), _ui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("P 計画 降圧薬継続", _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Do_with_no_earlier_visit_says_so()
    {
        var patient = ChartTestData.AddPatient(_ui);
        Open(patient.Id);
        _ui.Press(ConsoleKey.F5);
        Assert.Contains(ChartMessages.NothingToCopy, _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Typing_is_saved_as_a_draft_three_seconds_later()
    {
        var patient = ChartTestData.AddPatient(_ui);
        Open(patient.Id);

        _ui.Type("腹痛");
        Assert.Contains("今日の記載（未保存）", _ui.Text, StringComparison.Ordinal);
        _ui.Advance(TimeSpan.FromSeconds(3));

        var draft = Assert.Single(Recent(patient.Id));
        Assert.False(draft.IsConfirmed);
        Assert.Equal("腹痛", draft.Content.Subjective);
        Assert.Contains("今日の記載（下書き 10:00:03 保存）", _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Esc_saves_the_draft_says_so_and_the_chart_reopens_with_it()
    {
        var patient = ChartTestData.AddPatient(_ui);
        Open(patient.Id);

        _ui.Type("腰痛").Press(ConsoleKey.Tab).Type("圧痛あり").Press(ConsoleKey.Escape);

        Assert.IsNotType<ChartScreen>(_ui.Loop.Top);
        Assert.Contains("下書きとして保存しました", _ui.Text, StringComparison.Ordinal);
        Assert.Equal("圧痛あり", Assert.Single(Recent(patient.Id)).Content.Objective);
        _ui.Press(ConsoleKey.Enter);

        _ui.Session.Navigator.OpenChart(patient.Id);
        _ui.Loop.RunUntilIdle();
        Assert.Contains(ChartMessages.DraftReloaded(ChartTestData.Today), _ui.Text, StringComparison.Ordinal);
        Assert.Contains("S 主訴 腰痛", _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_blood_pressure_is_named_when_leaving_the_box_and_kept()
    {
        var patient = ChartTestData.AddPatient(_ui);
        Open(patient.Id);

        _ui.Press(ConsoleKey.Tab).Press(ConsoleKey.Tab).Enter("13080");

        Assert.Contains("血圧: 「13080」は血圧として読めません", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("13080", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.F12);
        Assert.IsType<ChartScreen>(_ui.Loop.Top);
        Assert.Contains(InputMessages.BloodPressureFormat("13080")[..10], _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Del_on_an_Rp_asks_and_removes_it()
    {
        var patient = ChartTestData.AddPatient(_ui);
        ChartTestData.AddVisit(_ui, patient.Id, Yesterday, plan: string.Empty);
        Open(patient.Id);
        _ui.Press(ConsoleKey.F5);

        // From S back over 受診日 and the past list to the Rp list.
        _ui.Press(ConsoleKey.Tab, ConsoleModifiers.Shift).Press(ConsoleKey.Tab, ConsoleModifiers.Shift).Press(ConsoleKey.Tab, ConsoleModifiers.Shift);
        _ui.Press(ConsoleKey.Delete);
        Assert.Contains("Rp1 を削除しますか？", _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Enter);

        Assert.Contains(ChartMessages.RpDeleted(1), _ui.Text, StringComparison.Ordinal);
        Assert.Contains("Rp1) ロキソプロフェン錠60mg", _ui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("アムロジピン錠5mg 1錠 / 1日1回朝食後", _ui.Text.Split('\n')[16], StringComparison.Ordinal);
    }

    [Fact]
    public void F9_amends_the_chosen_visit_as_version_2_with_the_reason()
    {
        var patient = ChartTestData.AddPatient(_ui);
        var visit = ChartTestData.AddVisit(_ui, patient.Id, Yesterday);
        Open(patient.Id);

        _ui.Press(ConsoleKey.F3).Press(ConsoleKey.F9);
        Assert.IsType<AmendScreen>(_ui.Loop.Top);
        Assert.Contains(ChartMessages.AmendHeading(Yesterday, 1), _ui.Text, StringComparison.Ordinal);
        Assert.StartsWith(" 受診日 [R7.6.14", _ui.Text.Split('\n')[3], StringComparison.Ordinal);
        _ui.Press(ConsoleKey.F12);
        Assert.Contains(ChartMessages.ReasonRequired, _ui.Text, StringComparison.Ordinal);
        _ui.Type("血圧の転記誤り").Press(ConsoleKey.Tab).Press(ConsoleKey.Tab).Press(ConsoleKey.Tab);
        for (var i = 0; i < 6; i++)
        {
            _ui.Press(ConsoleKey.Backspace);
        }

        _ui.Type("142/88").Press(ConsoleKey.F12).Press(ConsoleKey.Enter);

        Assert.IsType<ChartScreen>(_ui.Loop.Top);
        var history = _ui.Database.Charts.History(visit.EntryId, _ui.Doctor!.Id);
        Assert.Equal(2, history.Count);
        Assert.Equal("血圧の転記誤り", history[1].Reason);
        Assert.Equal(142, history[1].Content.Vitals.Systolic);
        Assert.Equal("高血圧症 安定", history[1].Content.Assessment);
        Assert.Contains("R7.6.14 訂正2版", _ui.Text, StringComparison.Ordinal);
        Assert.Contains(ChartMessages.Amended(2), _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Esc_on_a_changed_amendment_asks_before_dropping_it()
    {
        var patient = ChartTestData.AddPatient(_ui);
        var visit = ChartTestData.AddVisit(_ui, patient.Id, Yesterday);
        Open(patient.Id);

        _ui.Press(ConsoleKey.F9).Type("誤記").Press(ConsoleKey.Escape);
        Assert.Contains(ChartMessages.LeaveAmendQuestion, _ui.Text, StringComparison.Ordinal);
        _ui.Press(ConsoleKey.Escape);
        Assert.IsType<AmendScreen>(_ui.Loop.Top);
        _ui.Press(ConsoleKey.Escape).Press(ConsoleKey.Enter);

        Assert.IsType<ChartScreen>(_ui.Loop.Top);
        Assert.Single(_ui.Database.Charts.History(visit.EntryId, _ui.Doctor!.Id));
    }

    [Fact]
    public void After_an_amendment_the_amended_visit_stays_chosen_and_F7_shows_its_two_versions()
    {
        var patient = ChartTestData.AddPatient(_ui);
        var older = ChartTestData.AddVisit(_ui, patient.Id, Yesterday.AddDays(-7));
        _ = ChartTestData.AddVisit(_ui, patient.Id, Yesterday);
        Open(patient.Id);

        _ui.Press(ConsoleKey.F3).Press(ConsoleKey.DownArrow).Press(ConsoleKey.F9);
        _ui.Type("日付の誤り").Press(ConsoleKey.F12).Press(ConsoleKey.Enter);
        _ui.Press(ConsoleKey.F7);

        var history = Assert.IsType<EntryHistoryScreen>(_ui.Loop.Top);
        Assert.Equal(older.EntryId, history.Model.EntryId);
        Assert.Equal(2, history.Model.Versions.Count);
    }

    [Fact]
    public void F7_opens_the_history_of_the_chosen_visit()
    {
        var patient = ChartTestData.AddPatient(_ui);
        var visit = ChartTestData.AddVisit(_ui, patient.Id, Yesterday);
        Open(patient.Id);

        _ui.Press(ConsoleKey.F7);

        Assert.IsType<EntryHistoryScreen>(_ui.Loop.Top);
        Assert.Equal(visit.EntryId, ((EntryHistoryScreen)_ui.Loop.Top!).Model.EntryId);
    }

    [Fact]
    public void F1_lists_the_keys_including_F3()
    {
        var patient = ChartTestData.AddPatient(_ui);
        Open(patient.Id);
        _ui.Press(ConsoleKey.F1);
        Assert.Contains("F3", _ui.Text, StringComparison.Ordinal);
        Assert.Contains("切替", _ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_uses_the_room_of_a_larger_terminal()
    {
        using var wide = TestUi.Initialised(120, 40);
        var patient = ChartTestData.AddPatient(wide, "ペニシリン");
        ChartTestData.AddVisit(wide, patient.Id, Yesterday);
        wide.LoggedIn(nav => nav.OpenChart(patient.Id));

        var rows = wide.Text.Split('\n');
        Assert.Contains("Rp1) アムロジピン錠5mg 1錠 / 1日1回朝食後 28", rows[25], StringComparison.Ordinal);
        Assert.Contains("O 所見", rows[11], StringComparison.Ordinal);
        Assert.Contains("処方   （処方なし", rows[30], StringComparison.Ordinal);
    }

    private static (string, decimal, string, string, int, DurationUnit) Describe(PrescriptionGroup group) =>
        (group.Items[0].DrugName, group.Items[0].Dose, group.Items[0].Unit, group.Usage, group.Duration, group.DurationUnit);

    private void Open(long patientId) => _ui.LoggedIn(nav => nav.OpenChart(patientId));

    private IReadOnlyList<ChartEntryVersion> Recent(long patientId) => _ui.Database.Charts.Recent(patientId, 10, _ui.Doctor!.Id);
}
