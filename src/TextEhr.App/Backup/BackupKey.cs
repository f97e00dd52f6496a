using System.Security.Cryptography;
using System.Text;

namespace TextEhr.App.Backup;

/// <summary>
/// The backup key: PBKDF2-HMAC-SHA256 over the passphrase in NFKC, so a passphrase typed with
/// full-width letters on one PC and half-width on another (an IME setting) opens the same file.
/// </summary>
internal static class BackupKey
{
    public static byte[] Derive(string passphrase, byte[] salt, int iterations)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var bytes = Encoding.UTF8.GetBytes(Normalize(passphrase));
        try
        {
            return Rfc2898DeriveBytes.Pbkdf2(bytes, salt, iterations, HashAlgorithmName.SHA256, BackupFormat.KeyLength);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    public static string Normalize(string passphrase) => passphrase.Normalize(NormalizationForm.FormKC);
}
