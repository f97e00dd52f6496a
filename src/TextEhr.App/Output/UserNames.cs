using System.Globalization;
using TextEhr.Domain.Stores;

namespace TextEhr.App.Output;

/// <summary>Display names of the clinic's users by ID, for authors and confirmers.</summary>
public sealed class UserNames
{
    private readonly Dictionary<long, string> _names;

    private UserNames(Dictionary<long, string> names)
    {
        _names = names;
    }

    public static UserNames Load(IUserStore users)
    {
        ArgumentNullException.ThrowIfNull(users);
        return new UserNames(users.All().ToDictionary(static u => u.Id, static u => u.DisplayName));
    }

    /// <summary>The display name, or <c>#ID</c> for an ID no user has.</summary>
    public string NameOf(long userId) =>
        _names.TryGetValue(userId, out var name) ? name : "#" + userId.ToString(CultureInfo.InvariantCulture);
}
