using System.Text.Json;
using Serilog;
using TextEhr.App.Hosting;
using TextEhr.Storage;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Ui;

/// <summary>
/// The composition root of the full-screen program: settings, theme, loop and session; the first-run
/// set-up when the folder has no clinic yet, else the login screen; the idle lock.
/// </summary>
public static class TuiApp
{
    /// <summary>The stores of an open database, as the ports screens see.</summary>
    public static ClinicServices Services(ClinicDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new ClinicServices(database.Patients, database.Charts, database.Allergies, database.Problems,
            database.Labs, database.Users, database.Audit, database.Documents, database.BackupRecords, time);
    }

    /// <summary>The session with its first screen pushed, not started: tests step it with <see cref="EventLoop.RunUntilIdle"/>.</summary>
    public static AppSession Create(ITerminal terminal, ClinicServices services, DataFolder folder, ILogger log, int passwordIterations)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(folder);
        var (settings, settingsError) = LoadSettings(folder);
        var theme = ThemeLoader.Load(settings.Theme, ThemeLoader.DefaultDirectories());
        var loop = new EventLoop(terminal, theme.Theme, services.Time) { GlobalKeys = StandardKeys.Global.With(AppKeys.Lock) };
        var session = new AppSession(loop, services, folder, settings, log)
        {
            Clinic = ClinicProfileFile.Load(folder),
            PasswordIterations = passwordIterations,
        };
        if (session.Clinic is null)
        {
            session.Navigator.ShowSetup();
        }
        else
        {
            session.Navigator.ShowLogin();
        }

        if ((settingsError ?? theme.Error) is { } error)
        {
            loop.Push(MessageBox.Inform("設定ファイル", error));
        }

        loop.GlobalCommands = command => LockCommand(session, command);
        _ = new IdleLock(session);
        return session;
    }

    /// <summary>Runs until the doctor ends the program; the terminal is restored however it ends.</summary>
    public static int Run(ITerminal terminal, ClinicServices services, DataFolder folder, ILogger log, int passwordIterations)
    {
        var session = Create(terminal, services, folder, log, passwordIterations);
        using var loop = session.Loop;
        ScreenDump.FromEnvironment()?.Attach(loop);
        loop.Run();
        if (session.User is { } user)
        {
            session.Log.Information("User {UserId} left the program", user.Id);
        }

        return 0;
    }

    // Ctrl+Q on any screen; before login and on the lock screen itself Navigator.Lock does nothing.
    private static HandleResult LockCommand(AppSession session, CommandId command)
    {
        if (command != AppCommands.Lock)
        {
            return HandleResult.Ignored;
        }

        session.Navigator.Lock();
        return HandleResult.Redraw;
    }

    private static (ClinicSettings Settings, string? Error) LoadSettings(DataFolder folder)
    {
        try
        {
            return (ClinicSettingsFile.Load(folder), null);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return (new ClinicSettings(), UiMessages.SettingsFileBroken(folder.SettingsFile));
        }
    }
}
