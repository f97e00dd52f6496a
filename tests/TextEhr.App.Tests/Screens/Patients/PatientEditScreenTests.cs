using TextEhr.App.Screens.Patients;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Tests.Screens.Patients;

public sealed class PatientEditScreenTests
{
    [Fact]
    public void F2_registers_returns_to_an_empty_search_then_two_kana_find_and_Enter_opens_the_chart()
    {
        using var ui = TestUi.Initialised().LoggedIn(nav => nav.ShowSearch());

        ui.Press(ConsoleKey.F2);
        Assert.Contains(PatientScreenMessages.NewTitle, ui.Text, StringComparison.Ordinal);
        ui.Enter("佐藤 花子").Enter("サトウ ハナコ").Enter("2").Enter("S45.4.1");
        for (var box = 0; box < 6; box++)
        {
            ui.Press(ConsoleKey.Enter);
        }

        ui.Type("33120015").Press(ConsoleKey.F12);

        var search = Assert.IsType<PatientSearchScreen>(ui.Loop.Top);
        var saved = Assert.Single(ui.Database.Patients.Search("サトウ", 10));
        Assert.Contains(PatientScreenMessages.Registered(saved.ChartNumber), ui.Text, StringComparison.Ordinal);
        var patient = ui.Database.Patients.Open(saved.Id, ui.Doctor!.Id)!;
        Assert.Equal((Sex.Female, new DateOnly(1970, 4, 1)), (patient.Sex, patient.BirthDate));
        Assert.Equal((InsuranceKind.Employee, "33120015"), (patient.Insurance!.Kind, patient.Insurance.InsurerNumber));

        ui.Type("サト").Press(ConsoleKey.Enter);

        Assert.Equal(saved.Id, search.ViewModel.Selected!.Id);
        Assert.Equal("ChartScreen", ui.Loop.Top!.GetType().Name);
    }

    [Fact]
    public void F12_with_a_missing_name_focuses_it_says_why_and_keeps_what_was_typed()
    {
        using var ui = TestUi.Initialised().LoggedIn(nav => nav.EditPatient(null));

        ui.Press(ConsoleKey.Enter).Enter("ヤマダ タロウ").Press(ConsoleKey.F12);

        var screen = Assert.IsType<PatientEditScreen>(ui.Loop.Top);
        Assert.Contains("エラー", ui.Text, StringComparison.Ordinal);
        Assert.Contains("氏名: 入力してください", ui.Text, StringComparison.Ordinal);
        Assert.Contains("ヤマダ タロウ", ui.Text, StringComparison.Ordinal);
        Assert.Equal("ヤマダ タロウ", screen.ViewModel[PatientField.Kana]);
        Assert.Equal(0, ui.Database.Patients.Count());

        ui.Type("山田 太郎");
        Assert.Contains("[山田 太郎", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_a_wrong_insurer_number_shows_the_check_digit_message()
    {
        using var ui = TestUi.Initialised().LoggedIn(nav => nav.EditPatient(null));
        for (var box = 0; box < 10; box++)
        {
            ui.Press(ConsoleKey.Tab);
        }

        ui.Enter("33120016");

        Assert.Contains("保険者番号: " + InsuranceMessages.InsurerNumberCheckDigit, ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Esc_with_unsaved_text_asks_and_Enter_leaves_without_saving()
    {
        using var ui = TestUi.Initialised().LoggedIn(nav => nav.ShowSearch());
        ui.Press(ConsoleKey.F2).Type("山田 太郎");

        ui.Press(ConsoleKey.Escape);
        Assert.Contains(PatientScreenMessages.DiscardQuestion, ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.Escape);
        Assert.IsType<PatientEditScreen>(ui.Loop.Top);

        ui.Press(ConsoleKey.Escape).Press(ConsoleKey.Enter);

        Assert.IsType<PatientSearchScreen>(ui.Loop.Top);
        Assert.Equal(0, ui.Database.Patients.Count());
    }

    [Fact]
    public void Esc_on_an_untouched_form_goes_straight_back()
    {
        using var ui = TestUi.Initialised().LoggedIn(nav => nav.ShowSearch());

        ui.Press(ConsoleKey.F2).Press(ConsoleKey.Escape);

        Assert.IsType<PatientSearchScreen>(ui.Loop.Top);
    }

    [Fact]
    public void At_80x24_the_form_scrolls_to_the_allergies_and_F2_adds_one_saved_at_F12()
    {
        using var ui = TestUi.Initialised();
        var taro = PatientSamples.Taro(ui);
        ui.LoggedIn(nav => nav.EditPatient(taro.Id));
        Assert.Contains("保険者番号", ui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("【アレルギー】", ui.Text, StringComparison.Ordinal);

        ui.Press(ConsoleKey.Tab, ConsoleModifiers.Shift).Press(ConsoleKey.Tab, ConsoleModifiers.Shift);
        ui.Type("ペニシリン").Press(ConsoleKey.Tab).Type("発疹").Press(ConsoleKey.F2);

        Assert.Contains("【アレルギー】", ui.Text, StringComparison.Ordinal);
        Assert.Contains("追加予定", ui.Text, StringComparison.Ordinal);
        Assert.Contains("アレルギー: ペニシリン", ui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("保険者番号", ui.Text, StringComparison.Ordinal);
        Assert.Empty(ui.Database.Allergies.ForPatient(taro.Id));

        ui.Press(ConsoleKey.F12);

        Assert.Equal("ペニシリン", Assert.Single(ui.Database.Allergies.ForPatient(taro.Id)).Substance);
        Assert.Equal(taro.Revision, ui.Database.Patients.Open(taro.Id, ui.Doctor!.Id)!.Revision);
    }

    [Fact]
    public void F4_voids_the_chosen_allergy_with_a_reason_at_F12()
    {
        using var ui = TestUi.Initialised();
        var taro = PatientSamples.Taro(ui);
        ui.Database.Allergies.Add(new Allergy { PatientId = taro.Id, Category = AllergyCategory.Drug, Substance = "ペニシリン" }, ui.Doctor!.Id);
        ui.LoggedIn(nav => nav.EditPatient(taro.Id));

        ui.Press(ConsoleKey.F4);
        Assert.Contains(PatientScreenMessages.VoidTitle, ui.Text, StringComparison.Ordinal);
        ui.Enter("誤って登録");
        Assert.Single(ui.Database.Allergies.ForPatient(taro.Id));

        ui.Press(ConsoleKey.F12);

        Assert.Empty(ui.Database.Allergies.ForPatient(taro.Id));
    }

    [Fact]
    public void At_80x24_the_card_kinds_and_the_birth_in_both_calendars_show()
    {
        using var ui = TestUi.Initialised();
        var taro = PatientSamples.Taro(ui);
        ui.LoggedIn(nav => nav.EditPatient(taro.Id));

        Assert.Contains("7 後期", ui.Text, StringComparison.Ordinal);
        Assert.Contains("昭和50年3月1日 (1975-03-01) 満50歳", ui.Text, StringComparison.Ordinal);
        Assert.Contains("F12登録", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arriving_in_a_box_says_what_to_type_and_leaving_the_birth_date_shows_age_and_calendars()
    {
        using var ui = TestUi.Initialised().LoggedIn(nav => nav.EditPatient(null));

        ui.Enter("山田 太郎").Enter("ヤマダ タロウ").Enter("1");
        Assert.Contains(PatientScreenMessages.FieldHint(PatientField.BirthDate)!, ui.Text, StringComparison.Ordinal);

        ui.Enter("1975-03-01");

        var status = ui.Text.Split('\n')[^2];
        Assert.Contains("昭和50年3月1日 (1975-03-01) 満50歳", status, StringComparison.Ordinal);
    }
}
