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
}
