using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Screens.Patients;

public sealed class ScratchDump
{
    [Fact]
    public void Dump()
    {
        using var ui = TestUi.Initialised();
        PatientSamples.Taro(ui);
        PatientSamples.Hanako(ui);
        ui.LoggedIn(nav => nav.ShowSearch());
        ui.Type("ヤマ");
        File.WriteAllText("/tmp/s1.txt", ui.Text);
        ui.Press(ConsoleKey.F2);
        File.WriteAllText("/tmp/s2.txt", ui.Text);
        ui.Enter("佐藤 花子").Enter("サトウ ハナコ").Type("2").Press(ConsoleKey.Enter).Enter("S45.4.1");
        File.WriteAllText("/tmp/s3.txt", ui.Text);
        ui.Enter("").Enter("").Enter("").Enter("").Enter("").Press(ConsoleKey.Enter).Enter("33120015");
        File.WriteAllText("/tmp/s4.txt", ui.Text);
        for (var i = 0; i < 18; i++)
        {
            ui.Press(ConsoleKey.Enter);
        }

        ui.Enter("ペニシリン").Type("発疹").Press(ConsoleKey.F2);
        File.WriteAllText("/tmp/s7.txt", ui.Text);
        ui.Press(ConsoleKey.F12);
        File.WriteAllText("/tmp/s5.txt", ui.Text);
        ui.Type("サト");
        File.WriteAllText("/tmp/s6.txt", ui.Text);
        ui.Press(ConsoleKey.F4);
        File.WriteAllText("/tmp/s8.txt", ui.Text);
    }
}
