using System.Diagnostics;
using TextEhr.App.Tests.Screens.Charting;
using TextEhr.App.Tests.Support;
using TextEhr.Documents.Pdf;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Tests.Screens.Documents;

/// <summary>A chart with a problem and a confirmed visit with an Rp, and the waits a background PDF needs.</summary>
internal static class DocumentUi
{
    public static Patient AddPatientWithVisit(TestUi ui, string family = "佐藤")
    {
        var patient = ChartTestData.AddPatient(ui);
        if (!string.Equals(family, "佐藤", StringComparison.Ordinal))
        {
            patient = ui.Database.Patients.Update(patient with { Name = new PersonName(family, "花子") }, ui.Doctor!.Id);
        }

        ui.Database.Problems.Add(new Problem { PatientId = patient.Id, Name = "本態性高血圧症", OnsetDate = new DateOnly(2020, 4, 1) }, ui.Doctor!.Id);
        ChartTestData.AddVisit(ui, patient.Id, ChartTestData.Today.AddDays(-1));
        return patient;
    }

    /// <summary>Makes the screens find no browser, as on a machine without Chromium or Edge.</summary>
    public static void WithoutBrowser(TestUi ui) =>
        ui.Session.Environment = name => string.Equals(name, BrowserLocator.EnvironmentVariable, StringComparison.Ordinal)
            ? Path.Combine(ui.Root, "no-such-browser")
            : Environment.GetEnvironmentVariable(name);

    /// <summary>Runs the loop until <paramref name="done"/> holds (the browser works on another thread).</summary>
    public static void WaitUntil(TestUi ui, Func<bool> done, int seconds = 90)
    {
        var clock = Stopwatch.StartNew();
        ui.Loop.RunUntilIdle();
        while (!done())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(seconds), "The document was not made in time:\n" + ui.Text);
            Thread.Sleep(20);
            ui.Loop.RunUntilIdle();
        }
    }
}
