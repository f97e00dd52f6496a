using TextEhr.Domain.Users;
using TextEhr.Domain.Validation;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Users;

public sealed class SqliteUserStoreTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void A_user_is_found_by_login_ignoring_ascii_case_and_by_id()
    {
        var clerk = _clinic.Db.Users.Add(Some.Doctor("Clerk") with { Role = UserRole.Clerk }, _clinic.DoctorId);

        Assert.Equal(clerk, _clinic.Db.Users.FindByLogin("clerk"));
        Assert.Equal(clerk, _clinic.Db.Users.FindById(clerk.Id));
        Assert.Equal(["doctor", "Clerk"], _clinic.Db.Users.All().Select(u => u.Login), StringComparer.Ordinal);
        Assert.Null(_clinic.Db.Users.FindByLogin("nobody"));
    }

    [Fact]
    public void A_login_already_taken_is_refused()
    {
        var refused = Assert.Throws<ValidationException>(() => _clinic.Db.Users.Add(Some.Doctor("DOCTOR"), null));

        Assert.Equal(StorageMessages.LoginTaken, Assert.Single(refused.Errors).Message);
    }

    [Fact]
    public void Adding_a_user_is_audited_without_the_password_hash()
    {
        var added = _clinic.Db.Users.Add(Some.Doctor("nurse"), _clinic.DoctorId);

        var row = _clinic.Db.Audit.Recent(1)[0];
        Assert.Equal(("user", added.Id, _clinic.DoctorId, string.Empty), (row.Entity, row.EntityId, row.UserId, row.Detail));
    }
}
