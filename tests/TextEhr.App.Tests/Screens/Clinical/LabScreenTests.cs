using TextEhr.App.Screens.Clinical;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Patients;
using TextEhr.Tui.Themes;

namespace TextEhr.App.Tests.Screens.Clinical;

public sealed class LabScreenTests
{
    [Fact]
    public void Results_show_wareki_dates_ranges_and_H_in_the_warning_colour_with_the_trend_below()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        AddHbA1c(ui, patient, (new DateOnly(2024, 12, 1), "7.8"), (new DateOnly(2025, 3, 1), "7.1"), (new DateOnly(2025, 6, 1), "6.0"));
        ui.LoggedIn(nav => nav.ShowLabs(patient.Id));

        var lines = ui.Text.Split('\n');
        var high = Array.FindIndex(lines, line => line.Contains("R7.3.1", StringComparison.Ordinal));
        var normal = Array.FindIndex(lines, line => line.Contains("R7.6.1", StringComparison.Ordinal));
        Assert.Matches(@"HbA1c\s+7\.1 %\s+4\.6-6\.2\s+H", lines[high]);
        Assert.DoesNotMatch(@"\sH\s*$", lines[normal]);
        var warning = ui.Loop.Theme[VisualRole.Warning];
        Assert.Equal(warning, ui.Loop.Screen[lines[high].LastIndexOf(" H", StringComparison.Ordinal) + 1, high].Style);
        Assert.DoesNotContain(Enumerable.Range(0, 80), x => ui.Loop.Screen[x, normal].Style == warning);
        Assert.Contains("HbA1c (%) 基準 4.6-6.2", ui.Text, StringComparison.Ordinal);
        Assert.Contains("最高 7.8", ui.Text, StringComparison.Ordinal);
        Assert.Contains("最新 6 (R7.6.1)", ui.Text, StringComparison.Ordinal);
        Assert.True(lines.Length == 24 && lines.All(line => line.Length <= 80));
    }

    [Fact]
    public void F2_with_a_common_items_number_fills_unit_and_range_and_F12_stores_the_result()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id, Sex.Female);
        var changes = 0;
        ui.LoggedIn(nav => nav.ShowLabs(patient.Id, () => changes++));

        ui.Press(ConsoleKey.F2);
        Assert.Contains("11 Hb", ui.Text, StringComparison.Ordinal);
        ui.Enter("11");
        Assert.Contains("[11.6", ui.Text, StringComparison.Ordinal);
        ui.Type("10.2").Press(ConsoleKey.F12);

        var stored = Assert.Single(ui.Database.Labs.Results(patient.Id));
        Assert.Equal(("Hb", "10.2", "g/dL", 11.6m, 14.8m, new DateOnly(2025, 6, 15)), (stored.ItemName, stored.Value, stored.Unit, stored.ReferenceLow, stored.ReferenceHigh, stored.CollectedOn));
        Assert.Equal(LabInterpretation.Low, stored.Interpretation);
        Assert.Matches(@"R7\.6\.15\s+Hb\s+10\.2 g/dL\s+11\.6-14\.8\s+L", ui.Text);
        Assert.Equal(1, changes);
    }

    [Fact]
    public void A_missing_value_is_refused_and_the_form_keeps_what_was_typed()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        ui.LoggedIn(nav => nav.ShowLabs(patient.Id));

        ui.Press(ConsoleKey.F2).Enter("LDL").Press(ConsoleKey.F12);

        Assert.Empty(ui.Database.Labs.Results(patient.Id));
        Assert.Contains("エラー: " + LabMessages.ValueRequired, ui.Text, StringComparison.Ordinal);
        Assert.Contains("[LDL-C", ui.Text, StringComparison.Ordinal);
        Assert.Contains("[139", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void F9_corrects_the_chosen_result_as_a_new_row_and_the_old_row_stays()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        AddHbA1c(ui, patient, (new DateOnly(2025, 6, 1), "72"));
        ui.LoggedIn(nav => nav.ShowLabs(patient.Id));

        ui.Press(ConsoleKey.F9);
        Assert.Contains(LabMessages.CorrectHeading, ui.Text, StringComparison.Ordinal);
        for (var i = 0; i < 2; i++)
        {
            ui.Press(ConsoleKey.Backspace);
        }

        ui.Type("7.2").Press(ConsoleKey.F12);

        var current = Assert.Single(ui.Database.Labs.Results(patient.Id));
        Assert.Equal("7.2", current.Value);
        Assert.NotNull(current.SupersedesId);
        Assert.Equal(2, ClinicalStoreFixture.CountRows(ui.Database.DatabasePath, "lab_results"));
        Assert.Contains("7.2 % に訂正しました", ui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" 72 ", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_order_by_numbers_then_Enter_on_it_takes_its_results_item_by_item()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        ui.LoggedIn(nav => nav.ShowLabs(patient.Id));

        ui.Press(ConsoleKey.F4).Type("1 9").Press(ConsoleKey.F12);
        var order = Assert.Single(ui.Database.Labs.Orders(patient.Id));
        Assert.Equal(["HbA1c", "Cr"], order.Items, StringComparer.Ordinal);
        Assert.Contains("HbA1c, Cr", ui.Text, StringComparison.Ordinal);

        ui.Press(ConsoleKey.Tab).Press(ConsoleKey.Enter).Type("6.4").Press(ConsoleKey.F12);
        Assert.Contains("Cr（残り 1 項目）", ui.Text, StringComparison.Ordinal);
        ui.Type("0.9").Press(ConsoleKey.F12);

        var results = ui.Database.Labs.Results(patient.Id);
        Assert.Equal(2, results.Count);
        Assert.All(results, result => Assert.Equal(order.Id, result.OrderId));
        Assert.Contains("2/2", ui.Text, StringComparison.Ordinal);
        Assert.Null(Assert.IsType<LabScreen>(ui.Loop.Top).Editor);
    }

    [Fact]
    public void Esc_on_a_typed_result_asks_before_throwing_it_away()
    {
        using var ui = TestUi.Initialised();
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        ui.LoggedIn(nav => nav.ShowLabs(patient.Id));

        ui.Press(ConsoleKey.F2).Type("CRP").Press(ConsoleKey.Escape);
        Assert.Contains(LabMessages.Discard, ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.Escape);
        Assert.NotNull(Assert.IsType<LabScreen>(ui.Loop.Top).Editor);
        ui.Press(ConsoleKey.Escape).Press(ConsoleKey.Enter);
        Assert.Null(Assert.IsType<LabScreen>(ui.Loop.Top).Editor);
        Assert.Contains(LabMessages.ListHint, ui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CRP", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wide_terminal_puts_the_trend_beside_the_tables()
    {
        using var ui = TestUi.Initialised(width: 140, height: 40);
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, ui.Doctor!.Id);
        AddHbA1c(ui, patient, (new DateOnly(2025, 3, 1), "7.1"), (new DateOnly(2025, 6, 1), "6.6"));
        ui.LoggedIn(nav => nav.ShowLabs(patient.Id));

        var screen = Assert.IsType<LabScreen>(ui.Loop.Top);
        Assert.True(screen.Chart.Bounds.X > 70, screen.Chart.Bounds.ToString());
        Assert.True(screen.Chart.Bounds.Height > 20, screen.Chart.Bounds.ToString());
        var header = ui.Text.Split('\n').First(line => line.Contains("依頼日", StringComparison.Ordinal));
        Assert.Contains("HbA1c (%)", header, StringComparison.Ordinal);
    }

    private static void AddHbA1c(TestUi ui, Patient patient, params (DateOnly Date, string Value)[] values)
    {
        foreach (var (date, value) in values)
        {
            ui.Database.Labs.AddResult(
                new LabResult { PatientId = patient.Id, ItemName = "HbA1c", Value = value, Unit = "%", ReferenceLow = 4.6m, ReferenceHigh = 6.2m, CollectedOn = date },
                ui.Doctor!.Id);
        }
    }
}
