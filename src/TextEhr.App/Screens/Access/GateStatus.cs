namespace TextEhr.App.Screens.Access;

/// <summary>How a password check ended.</summary>
public enum GateStatus
{
    /// <summary>The right password of an active, unlocked user.</summary>
    Passed,

    /// <summary>Unknown login, wrong password or a retired user: the message does not say which.</summary>
    Refused,

    /// <summary>The user was already locked out; the password was not even checked.</summary>
    Locked,

    /// <summary>This wrong password was the one that locked the user out.</summary>
    LockedNow,
}
