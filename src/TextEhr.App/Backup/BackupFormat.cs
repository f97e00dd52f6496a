namespace TextEhr.App.Backup;

/// <summary>
/// The constants of the backup container (notes/DB.md §9): a header, then AES-256-GCM chunks whose
/// nonce and associated data bind each chunk to the header, its position and whether it is the last.
/// </summary>
internal static class BackupFormat
{
    /// <summary>The file's first 8 bytes.</summary>
    public static ReadOnlySpan<byte> Magic => "EHRBK01\0"u8;

    public const ushort Version = 1;

    /// <summary>The one key derivation so far: PBKDF2-HMAC-SHA256 over the NFKC passphrase.</summary>
    public const byte KdfPbkdf2Sha256 = 1;

    /// <summary>About 0.25 s on the measured machine (600,000 took 135 ms); the header carries the count.</summary>
    public const int DefaultIterations = 1_000_000;

    /// <summary>Counts outside these bounds are a damaged header, not a slow one to try.</summary>
    public const int MinimumIterations = 1_000;

    public const int MaximumIterations = 10_000_000;

    public const int DefaultChunkSize = 4 * 1024 * 1024;

    public const int MinimumChunkSize = 4 * 1024;

    public const int MaximumChunkSize = 64 * 1024 * 1024;

    public const int SaltLength = 16;

    public const int NoncePrefixLength = 4;

    public const int KeyLength = 32;

    public const int TagLength = 16;

    public const int KeyCheckLength = 32;

    /// <summary>Magic, version, KDF id, iterations, salt, chunk size, nonce prefix: what the key check signs.</summary>
    public const int SignedHeaderLength = 8 + 2 + 1 + 4 + SaltLength + 4 + NoncePrefixLength;

    public const int HeaderLength = SignedHeaderLength + KeyCheckLength;

    /// <summary>The chunk length field's top bit marks the last chunk (and is part of the associated data).</summary>
    public const uint FinalChunkFlag = 0x8000_0000;

    public const string FileExtension = ".ehrbk";

    public const string FolderName = "TextEhr-backup";
}
