using TextEhr.App.Hosting;
using TextEhr.App.Logging;
using TextEhr.App.Ui;
using TextEhr.Domain.Users;
using TextEhr.Storage;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Testing;

namespace TextEhr.App.Tests.Support;

/// <summary>
/// The full-screen program on a virtual 80×24 terminal over a real SQLite file in a temporary folder,
/// with the fixed clock of <see cref="TestClinic"/> (2025-06-15 10:00 JST) and cheap password hashing.
/// <c>new TestUi()</c> starts on the first-run set-up; <c>TestUi.Initialised()</c> has the clinic and its
/// doctor (<see cref="DoctorLogin"/> / <see cref="DoctorPassword"/>) and starts on the login screen.
/// </summary>
public sealed class TestUi : IDisposable
{
    public const string DoctorLogin = "yamada";

    public const string DoctorPassword = "correct-horse-9";

    public const int PasswordIterations = 1_000;

    private TestUi(bool initialised, int width, int height)
    {
        Root = Path.Combine(Path.GetTempPath(), "textehr-ui-" + Guid.NewGuid().ToString("N"));
        Folder = DataFolder.Create(Path.Combine(Root, "clinic"));
        Database = ClinicDatabase.Open(Folder.DatabasePath, Time);
        if (initialised)
        {
            Doctor = Database.Users.Add(
                new User
                {
                    Login = DoctorLogin,
                    DisplayName = "山田 一郎",
                    Role = UserRole.Doctor,
                    PasswordHash = PasswordHasher.Hash(DoctorPassword, PasswordIterations),
                },
                actingUserId: null);
            ClinicProfileFile.Save(Folder, new ClinicProfile
            {
                Name = "やまだ内科クリニック",
                InstitutionCode = "1234567",
                Prefecture = "13",
                PostalCode = "100-0001",
                Address = "東京都千代田区千代田1-1",
                Phone = "03-1234-5678",
                Doctors = [new ClinicDoctor(Doctor.Id, Doctor.Login, Doctor.DisplayName)],
                CreatedAt = TestClinic.Now,
            });
        }

        Terminal = new VirtualTerminal(width, height);
        Services = TuiApp.Services(Database, Time);
        Session = TuiApp.Create(Terminal, Services, Folder, ClinicLog.Silent(), PasswordIterations);

        // Never the machine's own USB sticks: a test that found one would write a backup to it.
        Session.RemovableDrives = () => [.. Sticks];
        Loop.RunUntilIdle();
    }

    public string Root { get; }

    public DataFolder Folder { get; }

    public ManualTimeProvider Time { get; } = new(TestClinic.Now);

    /// <summary>The "removable drives" the backup screen finds: none unless a test adds a folder.</summary>
    public IList<string> Sticks { get; } = new List<string>();

    public ClinicDatabase Database { get; }

    public ClinicServices Services { get; }

    public VirtualTerminal Terminal { get; }

    public AppSession Session { get; }

    public EventLoop Loop => Session.Loop;

    /// <summary>The clinic's doctor; null on a folder without a clinic.</summary>
    public User? Doctor { get; }

    /// <summary>What the terminal shows now, rows joined by newlines.</summary>
    public string Text => Loop.Screen.ToString();

    /// <summary>A folder without a clinic: the program starts on the first-run set-up.</summary>
    public static TestUi Empty(int width = 80, int height = 24) => new(initialised: false, width, height);

    /// <summary>A clinic with its doctor: the program starts on the login screen.</summary>
    public static TestUi Initialised(int width = 80, int height = 24) => new(initialised: true, width, height);

    /// <summary>
    /// Skips the login screen: the doctor is logged in, <paramref name="open"/> pushes the screen under
    /// test, and the login screen beneath is taken away.
    /// </summary>
    public TestUi LoggedIn(Action<Navigator> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        Session.User = Doctor ?? throw new InvalidOperationException("No doctor on an empty clinic.");
        var login = Loop.Screens[0];
        open(Session.Navigator);
        Loop.Close(login);
        Loop.RunUntilIdle();
        return this;
    }

    public TestUi Type(string text)
    {
        Terminal.Type(text);
        Loop.RunUntilIdle();
        return this;
    }

    public TestUi Press(ConsoleKey key, ConsoleModifiers modifiers = ConsoleModifiers.None)
    {
        Terminal.Press(key, modifiers);
        Loop.RunUntilIdle();
        return this;
    }

    /// <summary>Types <paramref name="text"/> and presses Enter: one box of a form filled in.</summary>
    public TestUi Enter(string text) => Type(text).Press(ConsoleKey.Enter);

    /// <summary>Moves the clock and runs the timers that fall due.</summary>
    public TestUi Advance(TimeSpan by)
    {
        Time.Advance(by);
        Loop.RunUntilIdle();
        return this;
    }

    public void Dispose()
    {
        Loop.Dispose();
        Database.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a failed test: the OS temp cleaner takes it later.
        }
    }
}
