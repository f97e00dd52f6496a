using TextEhr.App.Backup;
using TextEhr.App.Ui;
using TextEhr.Domain.Backup;

namespace TextEhr.App.Screens.Backup;

/// <summary>
/// The backup screen's state and rules: where a backup can go, the last one, the generations already at the
/// chosen place, the one-time passphrase, and the run itself (on a worker thread through <see cref="BackupService"/>).
/// </summary>
public sealed class BackupViewModel
{
    private readonly AppSession _session;
    private readonly BackupService _service;
    private readonly PassphraseKeeper _keeper;

    public BackupViewModel(AppSession session, BackupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _service = new BackupService(session.Folder, session.Time, (options ?? BackupOptions.Default) with { UserId = session.User?.Id });
        _keeper = new PassphraseKeeper(session.Folder);
        Refresh();
    }

    public IReadOnlyList<BackupDestination> Destinations { get; private set; } = [];

    public BackupRecord? Last { get; private set; }

    public bool HasPassphrase => _keeper.HasPassphrase;

    public string LastBackupLine => BackupScreenMessages.LastBackup(Last, _session.Now);

    /// <summary>
    /// Why a backup cannot start without the doctor (no destination, no kept passphrase, several places to pick
    /// from), as the line to show; null when it can start at once.
    /// </summary>
    public string? MissingToStartNow =>
        Destinations.Count == 0 ? BackupMessages.NoDestination
        : !HasPassphrase ? BackupScreenMessages.PassphraseHint
        : Destinations.Count > 1 ? BackupScreenMessages.ChooseDestination
        : null;

    /// <summary>Looks again for USB sticks and the settings folder, and reads the newest record.</summary>
    public void Refresh()
    {
        Destinations = BackupDestinationFinder.Find(_session.Settings, _session.RemovableDrives());
        Last = _session.Services.BackupRecords.Latest();
    }

    /// <summary>The backups already at destination <paramref name="index"/>, newest first, as lines.</summary>
    public IReadOnlyList<string> Generations(int index)
    {
        if (index < 0 || index >= Destinations.Count)
        {
            return [];
        }

        try
        {
            return [.. _service.List(Destinations[index].Path).Select(static g => BackupScreenMessages.Generation(g.CreatedAt, g.SizeBytes, g.Verified))];
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>"強さ: 普通　…" for what is typed so far; empty before anything is typed.</summary>
    public static string Strength(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        if (typed.Length == 0)
        {
            return string.Empty;
        }

        var rating = PassphraseRules.Rate(typed);
        return BackupScreenMessages.Strength(rating.Label, rating.Hint);
    }

    /// <summary>Keeps the passphrase for this OS user; the Japanese reason when it is weak or the two differ.</summary>
    public string? SetPassphrase(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (PassphraseRules.Check(first) is { } reason)
        {
            return reason;
        }

        if (!string.Equals(first, second, StringComparison.Ordinal))
        {
            return PassphraseRules.Mismatch;
        }

        _keeper.Save(first);
        _session.Log.Information("Backup passphrase set on the backup screen by user {UserId}", _session.User?.Id);
        return null;
    }

    /// <summary>Runs the backup to destination <paramref name="index"/> on a worker thread.</summary>
    /// <exception cref="BackupFailedException">No passphrase kept, destination full or gone, a failed check.</exception>
    public Task<BackupResult> RunAsync(int index, IProgress<BackupProgress> progress, CancellationToken cancellationToken)
    {
        if (index < 0 || index >= Destinations.Count)
        {
            throw new BackupFailedException(BackupFailure.NoDestination, BackupMessages.NoDestination);
        }

        var passphrase = _keeper.Load() ?? throw new BackupFailedException(BackupFailure.NoPassphrase, BackupMessages.NoPassphrase);
        return _service.RunAsync(Destinations[index].Path, passphrase, progress, cancellationToken);
    }
}
