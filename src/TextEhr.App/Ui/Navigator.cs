using TextEhr.App.Screens.Access;
using TextEhr.App.Screens.Backup;
using TextEhr.App.Screens.Charting;
using TextEhr.App.Screens.Clinical;
using TextEhr.App.Screens.Documents;
using TextEhr.App.Screens.Patients;
using TextEhr.Tui.Hosting;

namespace TextEhr.App.Ui;

/// <summary>
/// Which screen opens what: one place, so a screen names where to go and not how that screen is made.
/// Each method pushes the new screen on top; the caller closes itself when it should not stay beneath.
/// </summary>
public sealed class Navigator(AppSession session)
{
    private readonly List<IScreen> _held = [];

    public void ShowSetup() => session.Loop.Push(new SetupScreen(session));

    public void ShowLogin() => session.Loop.Push(new LoginScreen(session));

    public void ShowSearch() => session.Loop.Push(new PatientSearchScreen(session));

    public void OpenChart(long patientId) => session.Loop.Push(new ChartScreen(session, patientId));

    /// <summary>Registration when <paramref name="patientId"/> is null; <paramref name="saved"/> gets the patient's id after F12.</summary>
    public void EditPatient(long? patientId, Action<long>? saved = null) => session.Loop.Push(new PatientEditScreen(session, patientId, saved));

    public void ShowProblems(long patientId, Action? changed = null) => session.Loop.Push(new ProblemListScreen(session, patientId, changed));

    public void ShowLabs(long patientId, Action? changed = null) => session.Loop.Push(new LabScreen(session, patientId, changed));

    /// <summary>発行文書 (F8 on the chart); <paramref name="chosenVersionId"/> is the visit whose Rp a 処方箋 takes first.</summary>
    public void ShowDocuments(long patientId, long? chosenVersionId, Action? issued = null) =>
        session.Loop.Push(new DocumentListScreen(session, patientId, chosenVersionId, issued));

    public void ShowHistory(long entryId) => session.Loop.Push(new EntryHistoryScreen(session, entryId));

    public void ShowSettings() => session.Loop.Push(new SettingsScreen(session));

    /// <summary>The backup screen; <paramref name="finished"/> runs after a backup was written and verified.</summary>
    public void ShowBackup(Action? finished = null) => session.Loop.Push(new BackupScreen(session, finished));

    /// <summary>The backup screen, with the backup started at once when it can be (the reminder at exit).</summary>
    public void BackUpNow()
    {
        var screen = new BackupScreen(session);
        session.Loop.Push(screen);
        screen.StartIfReady();
    }

    /// <summary>
    /// Shows what background work reports (a PDF made, a backup written). While the lock covers the screen it
    /// waits for the unlock: nothing may appear over the lock, not even a file path with a patient's number.
    /// </summary>
    public void ShowResult(IScreen dialog)
    {
        if (session.IsLocked)
        {
            _held.Add(dialog);
        }
        else
        {
            session.Loop.Push(dialog);
        }
    }

    /// <summary>After the unlock: the results that arrived while locked, in the order they came.</summary>
    public void ShowHeldResults()
    {
        foreach (var dialog in _held)
        {
            session.Loop.Push(dialog);
        }

        _held.Clear();
    }

    /// <summary>Covers everything with the lock screen; what lies beneath stays as it was.</summary>
    public void Lock()
    {
        if (!session.IsLocked && session.User is not null)
        {
            session.IsLocked = true;
            session.Loop.Push(new LockScreen(session));
        }
    }
}
