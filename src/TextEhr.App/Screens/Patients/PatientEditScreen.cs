using TextEhr.App.Ui;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Patients;

// SKELETON: replaced by the helper that owns Screens/Patients.
public sealed class PatientEditScreen(AppSession session, long? patientId, Action<long>? saved) : IScreen
{
    private readonly Label _title = new("PatientEditScreen");

    public KeyMap Keys { get; } = StandardKeys.ForScreen("PatientEditScreen");

    public IFocusable? Focused => null;

    public AppSession Session => session;

    public IReadOnlyList<object?> Arguments => [patientId, saved];

    public void Layout(Rect area) => _title.Bounds = area with { Height = 1 };

    public void Draw(ScreenBuffer screen, Theme theme) => _title.Draw(screen, theme);

    public HandleResult Execute(CommandId command) => HandleResult.Ignored;
}
