using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TextEhr.App.Backup;

/// <summary>
/// AES-256-GCM for one chunk: nonce = header's prefix ‖ chunk index (8 bytes), associated data =
/// SHA-256(header) ‖ index ‖ final flag, so a chunk moved, dropped, taken from another file or made
/// (un)final fails its tag.
/// </summary>
internal sealed class ChunkCipher : IDisposable
{
    private readonly AesGcm _aes;
    private readonly byte[] _nonce = new byte[12];
    private readonly byte[] _associated = new byte[32 + 8 + 1];

    public ChunkCipher(ContainerHeader header, byte[] key)
    {
        _aes = new AesGcm(key, BackupFormat.TagLength);
        header.NoncePrefix.CopyTo(_nonce, 0);
        SHA256.HashData(header.ToBytes()).CopyTo(_associated, 0);
    }

    public void Encrypt(long index, bool final, ReadOnlySpan<byte> plain, Span<byte> cipher, Span<byte> tag)
    {
        Bind(index, final);
        _aes.Encrypt(_nonce, plain, cipher, tag, _associated);
    }

    /// <summary>Decrypts into <paramref name="plain"/> only if the tag matches this place in this file.</summary>
    /// <exception cref="AuthenticationTagMismatchException">The chunk is not what was written at this place.</exception>
    public void Decrypt(long index, bool final, ReadOnlySpan<byte> cipher, ReadOnlySpan<byte> tag, Span<byte> plain)
    {
        Bind(index, final);
        _aes.Decrypt(_nonce, cipher, tag, plain, _associated);
    }

    public void Dispose() => _aes.Dispose();

    private void Bind(long index, bool final)
    {
        BinaryPrimitives.WriteInt64BigEndian(_nonce.AsSpan(BackupFormat.NoncePrefixLength), index);
        BinaryPrimitives.WriteInt64BigEndian(_associated.AsSpan(32), index);
        _associated[40] = final ? (byte)1 : (byte)0;
    }
}
