using TextEhr.Domain.Users;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Users;

public sealed class LoginLockoutTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    private DateTimeOffset Now => _clinic.Time.GetUtcNow();

    [Fact]
    public void A_new_user_has_no_failures_and_no_lock()
    {
        var doctor = _clinic.Db.Users.FindById(_clinic.DoctorId)!;

        Assert.Equal(0, doctor.FailedLogins);
        Assert.Null(doctor.LockedUntil);
        Assert.False(doctor.IsLockedAt(Now));
    }

    [Fact]
    public void Four_failures_are_counted_without_a_lock()
    {
        User user = null!;
        for (var i = 0; i < User.MaxFailedLogins - 1; i++)
        {
            user = _clinic.Db.Users.RecordLoginFailure(_clinic.DoctorId, Now);
        }

        Assert.Equal(4, user.FailedLogins);
        Assert.Null(user.LockedUntil);
        Assert.Equal(4, _clinic.Db.Users.FindById(_clinic.DoctorId)!.FailedLogins);
    }

    [Fact]
    public void The_fifth_failure_locks_for_fifteen_minutes_and_the_lock_survives_a_reopen()
    {
        for (var i = 0; i < User.MaxFailedLogins; i++)
        {
            _clinic.Db.Users.RecordLoginFailure(_clinic.DoctorId, Now);
        }

        var stored = _clinic.Reopen().Users.FindById(_clinic.DoctorId)!;

        Assert.Equal(Now + TimeSpan.FromMinutes(15), stored.LockedUntil);
        Assert.Equal(0, stored.FailedLogins);
        Assert.True(stored.IsLockedAt(Now + TimeSpan.FromMinutes(14)));
        Assert.False(stored.IsLockedAt(Now + TimeSpan.FromMinutes(15)));
    }

    [Fact]
    public void A_success_clears_the_count_and_the_lock()
    {
        for (var i = 0; i < User.MaxFailedLogins + 2; i++)
        {
            _clinic.Db.Users.RecordLoginFailure(_clinic.DoctorId, Now);
        }

        var cleared = _clinic.Db.Users.RecordLoginSuccess(_clinic.DoctorId);

        Assert.Equal((0, (DateTimeOffset?)null), (cleared.FailedLogins, cleared.LockedUntil));
        var stored = _clinic.Db.Users.FindById(_clinic.DoctorId)!;
        Assert.Equal((0, (DateTimeOffset?)null), (stored.FailedLogins, stored.LockedUntil));
    }

    [Fact]
    public void Migration_three_adds_the_columns_with_a_zero_default()
    {
        using var raw = _clinic.Raw();

        Assert.Equal(0L, TestClinic.Scalar(raw, "SELECT failed_logins FROM users WHERE login = 'doctor'"));
        Assert.Equal(DBNull.Value, TestClinic.Scalar(raw, "SELECT locked_until FROM users WHERE login = 'doctor'"));
    }

    [Fact]
    public void An_unknown_user_cannot_be_counted()
    {
        Assert.Throws<InvalidOperationException>(() => _clinic.Db.Users.RecordLoginFailure(9999, Now));
    }
}
