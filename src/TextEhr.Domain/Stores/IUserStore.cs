using TextEhr.Domain.Users;

namespace TextEhr.Domain.Stores;

/// <summary>Users who log in. Master data: retired, never deleted.</summary>
public interface IUserStore
{
    User Add(User user, long? actingUserId);

    User? FindByLogin(string login);

    User? FindById(long userId);

    IReadOnlyList<User> All();
}
