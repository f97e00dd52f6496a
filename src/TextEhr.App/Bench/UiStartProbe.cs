using System.Diagnostics;
using TextEhr.App.Hosting;
using TextEhr.App.Logging;
using TextEhr.App.Screens.Charting;
using TextEhr.App.Screens.Patients;
using TextEhr.App.Ui;
using TextEhr.Domain.Users;
using TextEhr.Storage;
using TextEhr.Tui.Terminals;

namespace TextEhr.App.Bench;

/// <summary>
/// The child of the <c>ui.start</c> bench rows: the real program (<see cref="TuiApp.Create"/>) on an
/// 80×24 virtual terminal with the real clock. It types the login and the password, waits for the patient
/// search, types a カナ prefix and Enter, and notes when the first frame of each screen was drawn,
/// counted from the start of this process (runtime start-up included, as a doctor waits for it).
/// </summary>
public static class UiStartProbe
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan EnterAgain = TimeSpan.FromMilliseconds(200);

    public static UiStartTimes Run(ClinicDatabase database, DataFolder folder, string login, string password, string kana, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(database);
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        double? searchMs = null;
        double? chartMs = null;
        using var terminal = new VirtualTerminal(80, 24);
        var session = TuiApp.Create(terminal, TuiApp.Services(database, TimeProvider.System), folder, ClinicLog.Silent(), PasswordHasher.DefaultIterations);
        using var loop = session.Loop;
        loop.FrameRendered += (_, _) =>
        {
            var since = (DateTime.UtcNow - started).TotalMilliseconds;
            searchMs ??= loop.Top is PatientSearchScreen ? since : null;
            chartMs ??= loop.Top is ChartScreen ? since : null;
        };
        loop.RunUntilIdle();
        terminal.Type(login);
        terminal.Press(ConsoleKey.Enter);
        terminal.Type(password);
        terminal.Press(ConsoleKey.Enter);
        Pump(loop, () => searchMs is not null, timeout, null);
        if (searchMs is null)
        {
            return new UiStartTimes(null, null);
        }

        terminal.Type(kana);
        terminal.Press(ConsoleKey.Enter);

        // The list may fill a moment after the keys; a doctor would press Enter again, and so does the probe.
        Pump(loop, () => chartMs is not null, timeout, () =>
        {
            if (loop.Top is PatientSearchScreen)
            {
                terminal.Press(ConsoleKey.Enter);
            }
        });
        return new UiStartTimes(searchMs, chartMs);
    }

    private static void Pump(Tui.Hosting.EventLoop loop, Func<bool> done, TimeSpan timeout, Action? nudge)
    {
        var clock = Stopwatch.StartNew();
        var nudged = TimeSpan.Zero;
        loop.RunUntilIdle();
        while (!done() && clock.Elapsed < timeout && loop.Screens.Count > 0)
        {
            Thread.Sleep(Poll);
            if (nudge is not null && clock.Elapsed - nudged >= EnterAgain)
            {
                nudged = clock.Elapsed;
                nudge();
            }

            loop.RunUntilIdle();
        }
    }
}
