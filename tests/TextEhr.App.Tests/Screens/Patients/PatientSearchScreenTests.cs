using TextEhr.App.Screens.Patients;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Audit;

namespace TextEhr.App.Tests.Screens.Patients;

public sealed class PatientSearchScreenTests
{
    [Fact]
    public void At_80x24_shows_the_clinic_the_doctor_the_columns_and_the_matches()
    {
        using var ui = TestUi.Initialised();
        PatientSamples.Taro(ui);
        PatientSamples.Hanako(ui);
        ui.LoggedIn(nav => nav.ShowSearch());

        ui.Type("ヤマ");

        var text = ui.Text;
        Assert.Contains("やまだ内科クリニック", text, StringComparison.Ordinal);
        Assert.Contains("医師: 山田 一郎", text, StringComparison.Ordinal);
        foreach (var header in new[] { "患者番号", "氏名", "カナ", "性別", "生年月日", "満年齢", "最終来院" })
        {
            Assert.Contains(header, text, StringComparison.Ordinal);
        }

        Assert.Contains("ヤマダ\u3000タロウ", text, StringComparison.Ordinal);
        Assert.Contains("S50.3.1", text, StringComparison.Ordinal);
        Assert.Contains("S23.5.10", text, StringComparison.Ordinal);
        Assert.Contains("77歳", text, StringComparison.Ordinal);
        Assert.Contains("2件", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 80));
    }

    [Fact]
    public void Typing_narrows_Down_chooses_and_Enter_opens_that_chart()
    {
        using var ui = TestUi.Initialised();
        PatientSamples.Taro(ui);
        var hanako = PatientSamples.Hanako(ui);
        ui.LoggedIn(nav => nav.ShowSearch());
        var screen = Assert.IsType<PatientSearchScreen>(ui.Loop.Top);

        ui.Type("やま").Press(ConsoleKey.DownArrow);
        Assert.Equal(2, screen.ViewModel.Results.Count);
        ui.Press(ConsoleKey.Enter);

        Assert.Equal("ChartScreen", ui.Loop.Top!.GetType().Name);
        Assert.Equal(hanako.Id, screen.ViewModel.Selected!.Id);
    }

    [Fact]
    public void No_match_says_so_in_words()
    {
        using var ui = TestUi.Initialised();
        PatientSamples.Taro(ui);
        ui.LoggedIn(nav => nav.ShowSearch());

        ui.Type("スズキ").Press(ConsoleKey.Enter);

        Assert.Contains("該当する患者がいません", ui.Text, StringComparison.Ordinal);
        Assert.IsType<PatientSearchScreen>(ui.Loop.Top);
    }

    [Fact]
    public void F3_empties_the_box_and_the_list()
    {
        using var ui = TestUi.Initialised();
        PatientSamples.Taro(ui);
        ui.LoggedIn(nav => nav.ShowSearch());
        var screen = Assert.IsType<PatientSearchScreen>(ui.Loop.Top);

        ui.Type("ヤマダ").Press(ConsoleKey.F3);

        Assert.Empty(screen.ViewModel.Results);
        Assert.DoesNotContain("ヤマダ", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Esc_asks_and_Enter_ends_the_program_with_a_logout_in_the_audit_log()
    {
        using var ui = TestUi.Initialised().LoggedIn(nav => nav.ShowSearch());
        ui.Session.Settings = ui.Session.Settings with { BackupReminderDays = 0 };

        ui.Press(ConsoleKey.Escape);
        Assert.Contains(PatientScreenMessages.QuitQuestion, ui.Text, StringComparison.Ordinal);
        Assert.True(ui.Loop.IsRunning);

        ui.Press(ConsoleKey.Enter);

        Assert.False(ui.Loop.IsRunning);
        var logout = ui.Database.Audit.Recent(1)[0];
        Assert.Equal(AuditAction.Logout, logout.Action);
        Assert.Equal(ui.Doctor!.Id, logout.UserId);
    }

    [Fact]
    public void Esc_then_Esc_again_stays_on_the_search()
    {
        using var ui = TestUi.Initialised().LoggedIn(nav => nav.ShowSearch());
        ui.Session.Settings = ui.Session.Settings with { BackupReminderDays = 0 };

        ui.Press(ConsoleKey.Escape).Press(ConsoleKey.Escape);

        Assert.True(ui.Loop.IsRunning);
        Assert.IsType<PatientSearchScreen>(ui.Loop.Top);
    }

    [Fact]
    public void Back_from_a_chart_searches_again_and_shows_what_changed()
    {
        using var ui = TestUi.Initialised();
        PatientSamples.Taro(ui);
        ui.LoggedIn(nav => nav.ShowSearch());
        ui.Type("ヤマ").Press(ConsoleKey.Enter);
        Assert.Equal("ChartScreen", ui.Loop.Top!.GetType().Name);

        PatientSamples.Hanako(ui);
        ui.Loop.Close(ui.Loop.Top!);
        ui.Loop.RunUntilIdle();

        Assert.Contains("ヤマモト\u3000ハナコ", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void F4_opens_the_chosen_patient_for_editing()
    {
        using var ui = TestUi.Initialised();
        var taro = PatientSamples.Taro(ui);
        ui.LoggedIn(nav => nav.ShowSearch());

        ui.Type("ヤマダ").Press(ConsoleKey.F4);

        var edit = Assert.IsType<PatientEditScreen>(ui.Loop.Top);
        Assert.Equal(taro.Id, edit.ViewModel.Original!.Id);
        Assert.Contains("山田 太郎", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void F9_opens_the_settings()
    {
        using var ui = TestUi.Initialised().LoggedIn(nav => nav.ShowSearch());

        ui.Press(ConsoleKey.F9);

        Assert.Equal("SettingsScreen", ui.Loop.Top!.GetType().Name);
    }

    [Fact]
    public void A_larger_terminal_shows_more_rows()
    {
        using var small = TestUi.Initialised();
        using var large = TestUi.Initialised(120, 40);
        foreach (var ui in new[] { small, large })
        {
            for (var i = 0; i < 30; i++)
            {
                PatientSamples.Add(ui, "山田 太郎", "ヤマダ タロウ", new DateOnly(1975, 3, 1).AddDays(i));
            }

            ui.LoggedIn(nav => nav.ShowSearch()).Type("ヤマダ");
        }

        static int Rows(TestUi ui) => ui.Text.Split('\n').Count(line => line.Contains("ヤマダ\u3000タロウ", StringComparison.Ordinal));
        Assert.Equal(15, Rows(small));
        Assert.Equal(30, Rows(large));
        Assert.Contains("30件", large.Text, StringComparison.Ordinal);
    }
}
