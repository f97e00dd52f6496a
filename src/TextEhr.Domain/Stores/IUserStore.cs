using TextEhr.Domain.Users;

namespace TextEhr.Domain.Stores;

/// <summary>Users who log in. Master data: retired, never deleted.</summary>
public interface IUserStore
{
    User Add(User user, long? actingUserId);

    User? FindByLogin(string login);

    User? FindById(long userId);

    IReadOnlyList<User> All();

    /// <summary>
    /// Counts a wrong password; the <see cref="User.MaxFailedLogins"/>th in a row locks the user until
    /// <paramref name="now"/> + <see cref="User.LockoutDuration"/> and starts the count again.
    /// </summary>
    /// <returns>The user as stored now.</returns>
    User RecordLoginFailure(long userId, DateTimeOffset now);

    /// <summary>Clears the count and any lock after the right password.</summary>
    /// <returns>The user as stored now.</returns>
    User RecordLoginSuccess(long userId);
}
