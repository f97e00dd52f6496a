using System.Text;
using TextEhr.App.Hosting;

namespace TextEhr.App.Backup;

/// <summary>
/// Keeps the clinic's backup passphrase on this PC for this OS user, so the routine backup does not ask
/// for it: protected with DPAPI (CurrentUser) on Windows, an owner-only (0600) file in the owner-only
/// data folder elsewhere. It is never put inside a backup; a restore on another PC needs it typed.
/// </summary>
public sealed class PassphraseKeeper
{
    public const string FileName = "backup-passphrase";

    private readonly string _path;

    public PassphraseKeeper(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _path = Path.Combine(folder.Root, FileName);
    }

    public bool HasPassphrase => File.Exists(_path);

    /// <summary>The kept passphrase, or null when none was set (or it cannot be unprotected by this user).</summary>
    public string? Load()
    {
        if (!File.Exists(_path))
        {
            return null;
        }

        var text = File.ReadAllText(_path, Encoding.UTF8);
        if (!OperatingSystem.IsWindows())
        {
            return text;
        }

        try
        {
            return Encoding.UTF8.GetString(WindowsDataProtection.Unprotect(Convert.FromBase64String(text)));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // Another Windows user's blob, or a copied profile: DPAPI refuses, so the passphrase must be typed.
            return null;
        }
    }

    /// <summary>Keeps <paramref name="passphrase"/> after checking it.</summary>
    /// <exception cref="ArgumentException">It breaks <see cref="PassphraseRules"/>.</exception>
    public void Save(string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        if (PassphraseRules.Check(passphrase) is { } reason)
        {
            throw new ArgumentException(reason, nameof(passphrase));
        }

        var text = OperatingSystem.IsWindows()
            ? Convert.ToBase64String(WindowsDataProtection.Protect(Encoding.UTF8.GetBytes(passphrase)))
            : passphrase;
        OwnerOnlyFile.WriteAllText(_path, text);
    }
}
