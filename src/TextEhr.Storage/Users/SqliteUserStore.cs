using Microsoft.Data.Sqlite;
using TextEhr.Domain.Audit;
using TextEhr.Domain.Stores;
using TextEhr.Domain.Users;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Audit;
using TextEhr.Storage.Clinical;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Users;

/// <summary><see cref="IUserStore"/> on SQLite. Logins compare without ASCII case; users are never deleted.</summary>
internal sealed class SqliteUserStore : IUserStore
{
    private const string Columns = "id, login, display_name, role, password_hash, retired_at, failed_logins, locked_until";

    private const string InsertSql = """
        INSERT INTO users(login, display_name, role, password_hash, created_at, retired_at)
        VALUES (@login, @display_name, @role, @hash, @at, @retired_at) RETURNING id
        """;

    private const string ByLoginSql = "SELECT " + Columns + " FROM users WHERE login = @login";
    private const string LoginTakenSql = "SELECT id FROM users WHERE login = @login";
    private const string ByIdSql = "SELECT " + Columns + " FROM users WHERE id = @id";
    private const string AllSql = "SELECT " + Columns + " FROM users ORDER BY id";
    private const string SetLoginStateSql = "UPDATE users SET failed_logins = @failed, locked_until = @locked_until WHERE id = @id";

    private readonly SqliteSession _session;
    private readonly AuditChain _audit;

    public SqliteUserStore(SqliteSession session, AuditChain audit)
    {
        _session = session;
        _audit = audit;
    }

    public User Add(User user, long? actingUserId)
    {
        ArgumentNullException.ThrowIfNull(user);
        ClinicalRules.Require(user.Login, StorageMessages.LoginField);
        ClinicalRules.Require(user.DisplayName, StorageMessages.DisplayNameField);
        var login = user.Login.Trim();
        return _session.Write(() =>
        {
            if (_session.ScalarInt64(LoginTakenSql, ("@login", login)) is not null)
            {
                throw new ValidationException([new ValidationError(StorageMessages.LoginField, StorageMessages.LoginTaken)]);
            }

            var id = (long)_session.Scalar(
                InsertSql,
                ("@login", login),
                ("@display_name", user.DisplayName),
                ("@role", (int)user.Role),
                ("@hash", user.PasswordHash),
                ("@at", StoredInstant.ToNumber(_session.Now())),
                ("@retired_at", StoredInstant.ToNumber(user.RetiredAt)))!;
            _audit.Append(AuditAction.Create, AuditEntities.User, id, null, actingUserId);
            return user with { Id = id, Login = login };
        });
    }

    public User? FindByLogin(string login)
    {
        ArgumentNullException.ThrowIfNull(login);
        return _session.Read(() => _session.QuerySingle(ByLoginSql, Read, ("@login", login.Trim())));
    }

    public User? FindById(long userId) => _session.Read(() => _session.QuerySingle(ByIdSql, Read, ("@id", userId)));

    public IReadOnlyList<User> All() => _session.Read(() => _session.Query(AllSql, Read));

    public User RecordLoginFailure(long userId, DateTimeOffset now) => _session.Write(() =>
    {
        var user = Existing(userId);
        var failed = user.FailedLogins + 1;
        var lockedUntil = failed >= User.MaxFailedLogins ? now + User.LockoutDuration : user.LockedUntil;
        return SetLoginState(user, failed >= User.MaxFailedLogins ? 0 : failed, lockedUntil);
    });

    public User RecordLoginSuccess(long userId) => _session.Write(() => SetLoginState(Existing(userId), 0, null));

    private User Existing(long userId) =>
        _session.QuerySingle(ByIdSql, Read, ("@id", userId))
        ?? throw new InvalidOperationException($"User {userId} does not exist.");

    private User SetLoginState(User user, int failed, DateTimeOffset? lockedUntil)
    {
        _session.Execute(SetLoginStateSql, ("@failed", failed), ("@locked_until", StoredInstant.ToNumber(lockedUntil)), ("@id", user.Id));
        return user with { FailedLogins = failed, LockedUntil = lockedUntil };
    }

    private static User Read(SqliteDataReader row) => new()
    {
        Id = row.GetInt64(0),
        Login = row.GetString(1),
        DisplayName = row.GetString(2),
        Role = (UserRole)row.GetInt32(3),
        PasswordHash = row.GetString(4),
        RetiredAt = row.GetInstantOrNull(5),
        FailedLogins = row.GetInt32(6),
        LockedUntil = row.GetInstantOrNull(7),
    };
}
