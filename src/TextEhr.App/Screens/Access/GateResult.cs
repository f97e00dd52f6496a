using TextEhr.Domain.Users;

namespace TextEhr.App.Screens.Access;

/// <summary>The outcome of a password check, with the message to show.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="User">The user, when the login exists.</param>
/// <param name="LockedUntil">When a lock-out ends, for <see cref="GateStatus.Locked"/> and <see cref="GateStatus.LockedNow"/>.</param>
public sealed record GateResult(GateStatus Status, User? User, DateTimeOffset? LockedUntil = null)
{
    public bool Passed => Status == GateStatus.Passed;

    public bool IsLockedOut => Status is GateStatus.Locked or GateStatus.LockedNow;

    /// <summary>The Japanese message; empty after success.</summary>
    public string Message => Status switch
    {
        GateStatus.Passed => string.Empty,
        GateStatus.Locked => AccessMessages.Locked(LockedUntil!.Value),
        GateStatus.LockedNow => AccessMessages.LockedOut(LockedUntil!.Value),
        _ => AccessMessages.WrongPassword,
    };
}
