namespace TextEhr.Domain.Audit;

/// <summary>What was done. Stored by name, so the order here may change but the names may not.</summary>
public enum AuditAction
{
    Create,
    View,
    Update,
    Confirm,
    Amend,
    Void,
    Export,
    Print,
    Login,
    LoginFailed,
    Logout,
    Backup,
    Restore,
}
