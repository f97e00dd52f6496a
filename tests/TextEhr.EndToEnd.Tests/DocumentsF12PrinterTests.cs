using TextEhr.App.Hosting;
using TextEhr.App.Logging;
using TextEhr.App.Screens.Documents;
using TextEhr.App.Ui;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Documents;
using TextEhr.Domain.Users;
using TextEhr.EndToEnd.Tests.Support;
using TextEhr.Storage;
using TextEhr.Tests.Shared;
using TextEhr.Tui.Terminals;

namespace TextEhr.EndToEnd.Tests;

/// <summary>
/// F12 on the real 処方箋 form, on the program's own screens over a virtual 80×24 terminal, with the
/// printer chosen in <c>settings.json</c> being a private cups-pdf queue: the job lands in the spooler and
/// the kept copy says it was printed there.
/// </summary>
public sealed class DocumentsF12PrinterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "textehr-f12-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task F12_on_the_prescription_form_prints_through_the_printer_chosen_in_settings()
    {
        using var cups = await PrivateCups.StartAsync();
        var folder = DataFolder.Create(Path.Combine(_root, "clinic"));
        ClinicSettingsFile.Save(folder, new ClinicSettings { Printer = PrivateCups.Queue });
        using var database = ClinicDatabase.Open(folder.DatabasePath, TimeProvider.System);
        var doctor = database.Users.Add(new User { Login = "yamada", DisplayName = "山田 一郎", Role = UserRole.Doctor, PasswordHash = "x" }, actingUserId: null);
        ClinicProfileFile.Save(folder, new ClinicProfile
        {
            Name = "やまだ内科クリニック",
            InstitutionCode = "1234567",
            Prefecture = "13",
            Doctors = [new ClinicDoctor(doctor.Id, doctor.Login, doctor.DisplayName)],
            CreatedAt = DateTimeOffset.UtcNow,
        });
        var patient = database.Patients.Add(DocumentSamples.Patient() with { Id = 0 }, doctor.Id);
        var yesterday = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime).AddDays(-1);
        var draft = database.Charts.CreateDraft(patient.Id, yesterday, new ChartEntryContent { Plan = "継続", Prescription = DocumentSamples.Prescription() }, doctor.Id);
        database.Charts.Confirm(draft.Id, doctor.Id);
        var terminal = new VirtualTerminal(80, 24);
        var session = TuiApp.Create(terminal, TuiApp.Services(database, TimeProvider.System), folder, ClinicLog.Silent(), passwordIterations: 1_000);
        using var loop = session.Loop;
        Assert.Equal(PrivateCups.Queue, session.Settings.Printer);
        session.User = doctor;
        var login = loop.Screens[0];
        session.Navigator.OpenChart(patient.Id);
        loop.Close(login);

        // F8 → the third row (処方箋) → F12, as the doctor presses them.
        foreach (var key in new[] { ConsoleKey.F8, ConsoleKey.DownArrow, ConsoleKey.DownArrow, ConsoleKey.Enter })
        {
            terminal.Press(key);
            loop.RunUntilIdle();
        }

        Assert.IsType<DocumentFormScreen>(loop.Top);
        terminal.Press(ConsoleKey.F12);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (database.Documents.ForPatient(patient.Id).Count == 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), "F12 made nothing in time:\n" + loop.Screen);
            Thread.Sleep(20);
            loop.RunUntilIdle();
        }

        var kept = Assert.Single(database.Documents.ForPatient(patient.Id));
        Assert.Equal(("prescription", IssuedOutput.Printed, PrivateCups.Queue), (kept.Kind, kept.Output, kept.Printer));
        var detail = Assert.Single(database.Audit.Recent(50, patientId: patient.Id), static e => e.Action == AuditAction.Print).Detail;
        var job = detail[(detail.IndexOf(" job=", StringComparison.Ordinal) + 5)..];
        Assert.StartsWith(PrivateCups.Queue + "-", job, StringComparison.Ordinal);
        Assert.Contains($"プリンター {PrivateCups.Queue} に送りました (受付番号 {job})", loop.Screen.ToString(), StringComparison.Ordinal);
        var spooled = await cups.WaitForOutputAsync(job);
        Assert.Equal(1, await DocumentTools.PagesAsync(spooled));
        Assert.Contains("(A4)", await DocumentTools.InfoAsync(spooled), StringComparison.Ordinal);
        var png = Path.Combine(_root, "spooled");
        await DocumentTools.RunAsync("pdftoppm", "-r", "150", "-png", "-singlefile", spooled, png);
        var code = await DocumentTools.QrBytesAsync(png + ".png");
        var header = "JAHIS9\r\n1,1,1234567,13,"u8.ToArray();
        Assert.Equal(header, code[..header.Length]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
