using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TextEhr.App.Backup;

/// <summary>
/// The container's header: format version, key derivation and its cost, salt, chunk size, nonce prefix,
/// and a key check (HMAC-SHA256 of the rest under the derived key) that tells a wrong passphrase from a
/// damaged chunk.
/// </summary>
internal sealed class ContainerHeader
{
    private ContainerHeader(int iterations, byte[] salt, int chunkSize, byte[] noncePrefix, byte[] keyCheck)
    {
        Iterations = iterations;
        Salt = salt;
        ChunkSize = chunkSize;
        NoncePrefix = noncePrefix;
        KeyCheck = keyCheck;
    }

    public int Iterations { get; }

    public byte[] Salt { get; }

    public int ChunkSize { get; }

    public byte[] NoncePrefix { get; }

    public byte[] KeyCheck { get; private set; }

    /// <summary>A fresh header (random salt and nonce prefix) signed with the key derived from <paramref name="passphrase"/>.</summary>
    public static (ContainerHeader Header, byte[] Key) Create(string passphrase, int iterations, int chunkSize)
    {
        var header = new ContainerHeader(
            iterations,
            RandomNumberGenerator.GetBytes(BackupFormat.SaltLength),
            chunkSize,
            RandomNumberGenerator.GetBytes(BackupFormat.NoncePrefixLength),
            new byte[BackupFormat.KeyCheckLength]);
        var key = BackupKey.Derive(passphrase, header.Salt, iterations);
        header.KeyCheck = header.ComputeKeyCheck(key);
        return (header, key);
    }

    /// <summary>Reads and checks the header's shape (not the key).</summary>
    /// <exception cref="BackupFailedException">Not a TextEhr backup, a newer format, or a damaged header.</exception>
    public static ContainerHeader Read(Stream input)
    {
        var bytes = new byte[BackupFormat.HeaderLength];
        var read = input.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read < BackupFormat.Magic.Length || !bytes.AsSpan(0, BackupFormat.Magic.Length).SequenceEqual(BackupFormat.Magic))
        {
            throw new BackupFailedException(BackupFailure.NotABackup, BackupMessages.NotABackup);
        }

        if (read < bytes.Length)
        {
            throw new BackupFailedException(BackupFailure.Damaged, BackupMessages.Damaged);
        }

        var span = bytes.AsSpan();
        var version = BinaryPrimitives.ReadUInt16LittleEndian(span[8..]);
        if (version != BackupFormat.Version)
        {
            throw new BackupFailedException(BackupFailure.Damaged, BackupMessages.UnknownVersion(version));
        }

        var kdf = span[10];
        var iterations = BinaryPrimitives.ReadUInt32LittleEndian(span[11..]);
        var chunkSize = BinaryPrimitives.ReadUInt32LittleEndian(span[(15 + BackupFormat.SaltLength)..]);
        if (kdf != BackupFormat.KdfPbkdf2Sha256
            || iterations is < BackupFormat.MinimumIterations or > BackupFormat.MaximumIterations
            || chunkSize is < BackupFormat.MinimumChunkSize or > BackupFormat.MaximumChunkSize)
        {
            throw new BackupFailedException(BackupFailure.Damaged, BackupMessages.Damaged);
        }

        return new ContainerHeader(
            (int)iterations,
            span.Slice(15, BackupFormat.SaltLength).ToArray(),
            (int)chunkSize,
            span.Slice(19 + BackupFormat.SaltLength, BackupFormat.NoncePrefixLength).ToArray(),
            span[BackupFormat.SignedHeaderLength..].ToArray());
    }

    /// <summary>The key for <paramref name="passphrase"/>, or a wrong-passphrase failure.</summary>
    public byte[] Unlock(string passphrase)
    {
        var key = BackupKey.Derive(passphrase, Salt, Iterations);
        if (!CryptographicOperations.FixedTimeEquals(ComputeKeyCheck(key), KeyCheck))
        {
            CryptographicOperations.ZeroMemory(key);
            throw new BackupFailedException(BackupFailure.WrongPassphrase, BackupMessages.WrongPassphrase);
        }

        return key;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[BackupFormat.HeaderLength];
        WriteSigned(bytes);
        KeyCheck.CopyTo(bytes, BackupFormat.SignedHeaderLength);
        return bytes;
    }

    private byte[] ComputeKeyCheck(byte[] key)
    {
        var signed = new byte[BackupFormat.SignedHeaderLength];
        WriteSigned(signed);
        return HMACSHA256.HashData(key, signed);
    }

    private void WriteSigned(Span<byte> span)
    {
        BackupFormat.Magic.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], BackupFormat.Version);
        span[10] = BackupFormat.KdfPbkdf2Sha256;
        BinaryPrimitives.WriteUInt32LittleEndian(span[11..], (uint)Iterations);
        Salt.CopyTo(span[15..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(15 + BackupFormat.SaltLength)..], (uint)ChunkSize);
        NoncePrefix.CopyTo(span[(19 + BackupFormat.SaltLength)..]);
    }
}
