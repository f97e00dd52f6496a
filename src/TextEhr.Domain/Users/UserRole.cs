namespace TextEhr.Domain.Users;

/// <summary>What a user may do: a doctor confirms; a clerk enters on the doctor's behalf (代行入力).</summary>
public enum UserRole
{
    Doctor = 1,
    Clerk = 2,
    Administrator = 3,
}
