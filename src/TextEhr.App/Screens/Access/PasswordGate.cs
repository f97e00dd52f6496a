using TextEhr.Domain.Audit;
using TextEhr.Domain.Stores;
using TextEhr.Domain.Users;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// The one place a password is checked, for the login and the lock screen alike: lock-out first, then
/// the hash, counting failures in the user store and auditing every attempt. Neither the password nor
/// the login typed goes to the audit log (a password typed into the login box would otherwise be kept).
/// </summary>
public sealed class PasswordGate(IUserStore users, IAuditLog audit, TimeProvider time)
{
    /// <summary>The audit entity of login rows.</summary>
    public const string AuditEntity = "user";

    /// <summary>Checks <paramref name="password"/> for <paramref name="user"/> (null for an unknown login).</summary>
    /// <param name="user">The user as last read; re-read here so a lock set by another PC counts.</param>
    /// <param name="password">As typed.</param>
    /// <param name="purpose">Audit detail: <c>login</c> or <c>unlock</c>.</param>
    public GateResult Check(User? user, string password, string purpose)
    {
        ArgumentNullException.ThrowIfNull(password);
        var now = time.GetUtcNow();
        var current = user is null ? null : users.FindById(user.Id);
        if (current is null)
        {
            Audit(AuditAction.LoginFailed, null, purpose + ":unknown_login");
            return new GateResult(GateStatus.Refused, null);
        }

        if (current.IsLockedAt(now))
        {
            Audit(AuditAction.LoginFailed, current.Id, purpose + ":locked");
            return new GateResult(GateStatus.Locked, current, current.LockedUntil);
        }

        if (current.RetiredAt is not null)
        {
            Audit(AuditAction.LoginFailed, current.Id, purpose + ":retired");
            return new GateResult(GateStatus.Refused, current);
        }

        if (!PasswordHasher.Verify(password, current.PasswordHash))
        {
            var counted = users.RecordLoginFailure(current.Id, now);
            Audit(AuditAction.LoginFailed, current.Id, purpose + ":wrong_password");
            return counted.IsLockedAt(now)
                ? new GateResult(GateStatus.LockedNow, counted, counted.LockedUntil)
                : new GateResult(GateStatus.Refused, counted);
        }

        var cleared = users.RecordLoginSuccess(current.Id);
        Audit(AuditAction.Login, current.Id, purpose);
        return new GateResult(GateStatus.Passed, cleared);
    }

    private void Audit(AuditAction action, long? userId, string detail) =>
        audit.Append(new AuditEntry { Action = action, Entity = AuditEntity, EntityId = userId, UserId = userId, Detail = detail });
}
