using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TextEhr.App.Backup;

/// <summary>
/// Read-only: the plaintext of a container, released a chunk at a time and only after the chunk's tag
/// has checked. A bad tag, a length out of bounds, a missing final chunk or bytes after it throw
/// <see cref="BackupFailedException"/> (damaged). Keeps the SHA-256 of every container byte read.
/// </summary>
internal sealed class DecryptingStream : Stream
{
    private readonly Stream _input;
    private readonly ChunkCipher _cipher;
    private readonly int _chunkSize;
    private readonly byte[] _cipherText;
    private readonly byte[] _plain;
    private readonly IncrementalHash _fileHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _plainLength;
    private int _plainOffset;
    private long _index;
    private bool _finalSeen;

    public DecryptingStream(Stream input, ContainerHeader header, byte[] key)
    {
        _input = input;
        _cipher = new ChunkCipher(header, key);
        _chunkSize = header.ChunkSize;
        _cipherText = new byte[header.ChunkSize + BackupFormat.TagLength];
        _plain = new byte[header.ChunkSize];
        _fileHash.AppendData(header.ToBytes());
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Checks that the payload ended exactly at the final chunk (no plaintext left, nothing after it);
    /// returns the container's SHA-256.
    /// </summary>
    public byte[] Finish()
    {
        Span<byte> probe = stackalloc byte[1];
        if (Read(probe) != 0)
        {
            throw Damaged();
        }

        return _fileHash.GetHashAndReset();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_plainOffset == _plainLength)
        {
            if (_finalSeen)
            {
                return 0;
            }

            ReadChunk();
        }

        var take = Math.Min(buffer.Length, _plainLength - _plainOffset);
        _plain.AsSpan(_plainOffset, take).CopyTo(buffer);
        _plainOffset += take;
        return take;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _cipher.Dispose();
            _fileHash.Dispose();
            CryptographicOperations.ZeroMemory(_plain);
        }

        base.Dispose(disposing);
    }

    private static BackupFailedException Damaged() => new(BackupFailure.Damaged, BackupMessages.Damaged);

    private void ReadChunk()
    {
        Span<byte> lengthBytes = stackalloc byte[4];
        ReadWhole(lengthBytes);
        var field = BinaryPrimitives.ReadUInt32LittleEndian(lengthBytes);
        var final = (field & BackupFormat.FinalChunkFlag) != 0;
        var length = (int)(field & ~BackupFormat.FinalChunkFlag);

        // Only the last chunk may be short: anything else is a length field someone changed.
        if (length > _chunkSize || (!final && length != _chunkSize))
        {
            throw Damaged();
        }

        var cipher = _cipherText.AsSpan(0, length + BackupFormat.TagLength);
        ReadWhole(cipher);
        try
        {
            _cipher.Decrypt(_index, final, cipher[..length], cipher[length..], _plain.AsSpan(0, length));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw Damaged();
        }

        _index++;
        _plainLength = length;
        _plainOffset = 0;
        if (final)
        {
            _finalSeen = true;
            if (_input.ReadByte() >= 0)
            {
                throw Damaged();
            }
        }
    }

    private void ReadWhole(Span<byte> target)
    {
        if (_input.ReadAtLeast(target, target.Length, throwOnEndOfStream: false) < target.Length)
        {
            throw Damaged();
        }

        _fileHash.AppendData(target);
    }
}
