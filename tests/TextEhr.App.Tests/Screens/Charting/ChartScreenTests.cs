using TextEhr.App.Screens.Charting;
using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Screens.Charting;

public sealed class ChartScreenTests
{
    [Fact]
    public void Dump()
    {
        using var ui = TestUi.Initialised();
        var patient = ChartTestData.AddPatient(ui, "ペニシリン", "卵");
        ChartTestData.AddVisit(ui, patient.Id, ChartTestData.Today.AddDays(-1));
        ui.LoggedIn(nav => nav.OpenChart(patient.Id));
        ui.Type("頭痛");
        File.WriteAllText("/tmp/chart1.txt", ui.Text);
        ui.Press(ConsoleKey.F5);
        File.WriteAllText("/tmp/chart2.txt", ui.Text);
        ui.Press(ConsoleKey.Enter);
        File.WriteAllText("/tmp/chart3.txt", ui.Text);
        Assert.IsType<ChartScreen>(ui.Loop.Top);
    }
}
