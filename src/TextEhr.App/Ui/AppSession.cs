using Serilog;
using TextEhr.App.Hosting;
using TextEhr.Domain.Users;
using TextEhr.Tui.Hosting;

namespace TextEhr.App.Ui;

/// <summary>
/// One run of the full-screen program: the loop, the clinic's data, its profile and settings, and who
/// is logged in. Every screen gets this and nothing more; it lives on the UI thread.
/// </summary>
public sealed class AppSession
{
    public AppSession(EventLoop loop, ClinicServices services, DataFolder folder, ClinicSettings settings, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(loop);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        Loop = loop;
        Services = services;
        Folder = folder;
        Settings = settings;
        Log = log;
        Navigator = new Navigator(this);
    }

    public EventLoop Loop { get; }

    public ClinicServices Services { get; }

    public TimeProvider Time => Services.Time;

    public DataFolder Folder { get; }

    /// <summary>The clinic of <c>clinic.json</c>; null until the first-run set-up has saved it.</summary>
    public ClinicProfile? Clinic { get; set; }

    public ClinicSettings Settings { get; set; }

    /// <summary>IDs only: never names, kana, phone numbers or note text.</summary>
    public ILogger Log { get; }

    public Navigator Navigator { get; }

    /// <summary>Environment variables (TEXTEHR_BROWSER, TEXTEHR_FONT_DIR); tests replace it.</summary>
    public Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;

    /// <summary>
    /// The removable drives ready now (USB sticks), where the backup screen looks first. Tests replace it, so no
    /// test depends on what is mounted under /media on the machine that runs it (nor writes to it).
    /// </summary>
    public Func<IReadOnlyList<string>> RemovableDrives { get; set; } = Backup.RemovableDrives.Find;

    /// <summary>The logged-in user; null before login.</summary>
    public User? User { get; set; }

    /// <summary>True while the lock screen covers the others.</summary>
    public bool IsLocked { get; set; }

    /// <summary>PBKDF2 iterations for new passwords (tests lower it).</summary>
    public int PasswordIterations { get; init; } = PasswordHasher.DefaultIterations;

    /// <summary>Today in Japan, whatever the machine's zone.</summary>
    public DateOnly Today => ClinicTime.Today(Time);

    public DateTimeOffset Now => ClinicTime.Now(Time);

    /// <summary>The logged-in user's id; screens after login only.</summary>
    /// <exception cref="InvalidOperationException">Nobody is logged in.</exception>
    public long UserId => User?.Id ?? throw new InvalidOperationException("No user is logged in.");
}
