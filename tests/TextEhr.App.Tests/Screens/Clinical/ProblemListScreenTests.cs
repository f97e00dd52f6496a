using TextEhr.App.Screens.Clinical;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Clinical;
using TextEhr.Tui.Themes;

namespace TextEhr.App.Tests.Screens.Clinical;

public sealed class ProblemListScreenTests
{
    [Fact]
    public void Table_shows_suspected_primary_and_wareki_dates_with_ended_problems_greyed_below()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        var problems = ui.Database.Problems;
        var cured = problems.Add(new Problem { PatientId = patient.Id, Name = "急性胃腸炎", OnsetDate = new DateOnly(2025, 5, 1) }, ui.Doctor.Id);
        problems.Revise(cured.Id, cured with { Outcome = ProblemOutcome.Cured, OutcomeDate = new DateOnly(2025, 5, 20) }, ui.Doctor.Id);
        problems.Add(new Problem { PatientId = patient.Id, Name = "高血圧症", IsPrimary = true, OnsetDate = new DateOnly(2025, 6, 1) }, ui.Doctor.Id);
        problems.Add(new Problem { PatientId = patient.Id, Name = "狭心症", IsSuspected = true, OnsetDate = new DateOnly(2025, 6, 10) }, ui.Doctor.Id);

        ui.LoggedIn(nav => nav.ShowProblems(patient.Id));

        var lines = ui.Text.Split('\n');
        var hypertension = Array.FindIndex(lines, line => line.Contains("高血圧症", StringComparison.Ordinal));
        var angina = Array.FindIndex(lines, line => line.Contains("狭心症の疑い", StringComparison.Ordinal));
        var gastro = Array.FindIndex(lines, line => line.Contains("急性胃腸炎", StringComparison.Ordinal));
        Assert.True(hypertension > 0 && hypertension < angina && angina < gastro, ui.Text);
        Assert.Contains("主", lines[hypertension], StringComparison.Ordinal);
        Assert.Contains("R7.6.1", lines[hypertension], StringComparison.Ordinal);
        Assert.Contains("治癒", lines[gastro], StringComparison.Ordinal);
        Assert.Contains("R7.5.20", lines[gastro], StringComparison.Ordinal);
        Assert.Contains("試験 太郎 様", lines[0], StringComparison.Ordinal);
        var disabled = ui.Loop.Theme[VisualRole.Disabled];
        Assert.Equal(disabled, ui.Loop.Screen[3, gastro].Style);
        Assert.NotEqual(disabled, ui.Loop.Screen[3, angina].Style);
    }

    [Fact]
    public void F2_form_fills_in_box_by_box_and_F12_stores_the_problem()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        var changes = 0;
        ui.LoggedIn(nav => nav.ShowProblems(patient.Id, () => changes++));

        ui.Press(ConsoleKey.F2).Enter("2型糖尿病").Enter("e11").Type(" ").Press(ConsoleKey.Enter).Type(" ").Press(ConsoleKey.Enter);
        Assert.Contains("開始日", ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.F12);

        var stored = Assert.Single(ui.Database.Problems.ForPatient(patient.Id));
        Assert.Equal(("2型糖尿病", "E11", true, true, new DateOnly(2025, 6, 15)), (stored.Name, stored.Icd10, stored.IsSuspected, stored.IsPrimary, stored.OnsetDate));
        Assert.Equal(1, changes);
        Assert.Contains("2型糖尿病の疑い", ui.Text, StringComparison.Ordinal);
        Assert.Contains("を登録しました", ui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("開始日 [", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_onset_is_reported_on_leave_and_a_failed_save_keeps_what_was_typed()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        ui.LoggedIn(nav => nav.ShowProblems(patient.Id));

        ui.Press(ConsoleKey.F2).Enter("高血圧症").Enter("I10").Press(ConsoleKey.Enter).Press(ConsoleKey.Enter);
        ui.Press(ConsoleKey.End);
        for (var i = 0; i < 10; i++)
        {
            ui.Press(ConsoleKey.Backspace);
        }

        ui.Type("R7.7.1").Press(ConsoleKey.Tab);
        Assert.Contains("今日", ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.F12);

        Assert.Empty(ui.Database.Problems.ForPatient(patient.Id));
        Assert.Contains("エラー", ui.Text, StringComparison.Ordinal);
        Assert.Contains("高血圧症", ui.Text, StringComparison.Ordinal);
        Assert.Contains("R7.7.1", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Enter_on_a_row_changes_its_outcome_as_a_new_row()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        var old = ui.Database.Problems.Add(new Problem { PatientId = patient.Id, Name = "急性上気道炎", OnsetDate = new DateOnly(2025, 6, 1) }, ui.Doctor.Id);
        ui.LoggedIn(nav => nav.ShowProblems(patient.Id));

        ui.Press(ConsoleKey.Enter).Type("2");
        Assert.Contains("[2 治癒]", ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.F12);

        var current = Assert.Single(ui.Database.Problems.ForPatient(patient.Id));
        Assert.Equal((old.Id, ProblemOutcome.Cured, new DateOnly(2025, 6, 15)), (current.SupersedesId!.Value, current.Outcome, current.OutcomeDate!.Value));
        Assert.Contains("治癒", ui.Text, StringComparison.Ordinal);
        Assert.Contains("変更を登録しました", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Del_asks_for_a_reason_and_voids_the_problem()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        ui.Database.Problems.Add(new Problem { PatientId = patient.Id, Name = "腰痛症", OnsetDate = new DateOnly(2025, 6, 1) }, ui.Doctor.Id);
        ui.LoggedIn(nav => nav.ShowProblems(patient.Id));

        ui.Press(ConsoleKey.Delete);
        Assert.Contains(ProblemMessages.VoidTitle, ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.Enter);
        Assert.Single(ui.Database.Problems.ForPatient(patient.Id));
        Assert.Contains(ProblemMessages.VoidReasonRequired, ui.Text, StringComparison.Ordinal);

        ui.Press(ConsoleKey.Delete).Enter("登録誤り");

        Assert.Empty(ui.Database.Problems.ForPatient(patient.Id));
        Assert.Contains("取り消しました", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Esc_on_a_typed_form_asks_before_throwing_it_away()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        ui.LoggedIn(nav => nav.ShowProblems(patient.Id));

        ui.Press(ConsoleKey.F2).Type("胃炎").Press(ConsoleKey.Escape);
        Assert.Contains(ProblemMessages.Discard, ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.Escape);
        Assert.Contains("胃炎", ui.Text, StringComparison.Ordinal);
        Assert.NotNull(Assert.IsType<ProblemListScreen>(ui.Loop.Top).Editor);

        ui.Press(ConsoleKey.Escape).Press(ConsoleKey.Enter);
        Assert.Null(Assert.IsType<ProblemListScreen>(ui.Loop.Top).Editor);
        ui.Press(ConsoleKey.Escape);
        Assert.IsNotType<ProblemListScreen>(ui.Loop.Top);
        Assert.Empty(ui.Database.Problems.ForPatient(patient.Id));
    }
}
