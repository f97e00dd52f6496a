namespace TextEhr.Domain.Users;

/// <summary>A person who logs in. FHIR: Practitioner (for doctors).</summary>
public sealed record User
{
    public long Id { get; init; }

    public required string Login { get; init; }

    public required string DisplayName { get; init; }

    public required UserRole Role { get; init; }

    /// <summary>An encoded PBKDF2 hash (see <see cref="PasswordHasher"/>); never the password.</summary>
    public required string PasswordHash { get; init; }

    public DateTimeOffset? RetiredAt { get; init; }

    /// <summary>Wrong passwords in a row since the last login or lock; back to 0 when a lock starts.</summary>
    public int FailedLogins { get; init; }

    /// <summary>When the lock-out ends; null when the user was never locked or has logged in since.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>Wrong passwords in a row that lock the user (safety guideline: limit guessing).</summary>
    public static int MaxFailedLogins => 5;

    /// <summary>How long a lock-out lasts.</summary>
    public static TimeSpan LockoutDuration => TimeSpan.FromMinutes(15);

    /// <summary>Whether the user may not log in at <paramref name="now"/>, even with the right password.</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && now < until;
}
