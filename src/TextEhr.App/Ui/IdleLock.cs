namespace TextEhr.App.Ui;

/// <summary>
/// Locks the screen after the idle minutes of the settings: a clinic PC is left on between patients. The
/// check runs on the loop's clock, so tests advance a fake time instead of waiting.
/// </summary>
public sealed class IdleLock : IDisposable
{
    /// <summary>How often the loop checks; the lock comes at most this late.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(15);

    private readonly AppSession _session;
    private readonly IDisposable _timer;

    public IdleLock(AppSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _timer = session.Loop.Schedule(CheckEvery, CheckEvery, Check);
    }

    /// <summary>Locks now if the user has been idle long enough. The timer calls it; tests may too.</summary>
    public void Check()
    {
        var minutes = _session.Settings.IdleLockMinutes;
        if (minutes <= 0 || _session.User is null || _session.IsLocked)
        {
            return;
        }

        if (_session.Time.GetUtcNow() - _session.Loop.LastInputAt >= TimeSpan.FromMinutes(minutes))
        {
            _session.Log.Information("Screen locked after {Minutes} idle minutes for user {UserId}", minutes, _session.User.Id);
            _session.Navigator.Lock();
        }
    }

    public void Dispose() => _timer.Dispose();
}
