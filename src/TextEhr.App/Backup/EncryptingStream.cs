using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TextEhr.App.Backup;

/// <summary>
/// Write-only: encrypts what is written into the container on the output stream chunk by chunk
/// (length ‖ ciphertext ‖ tag). Nothing marks the end until <see cref="Complete"/> writes the final
/// chunk, so a file cut short by a crash or a full disk never reads as whole. Keeps the SHA-256 of
/// every byte written.
/// </summary>
internal sealed class EncryptingStream : Stream
{
    private readonly Stream _output;
    private readonly ChunkCipher _cipher;
    private readonly byte[] _plain;
    private readonly byte[] _chunk;
    private readonly IncrementalHash _fileHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _filled;
    private long _index;
    private long _written;
    private bool _completed;

    public EncryptingStream(Stream output, ContainerHeader header, byte[] key)
    {
        _output = output;
        _cipher = new ChunkCipher(header, key);
        _plain = new byte[header.ChunkSize];
        _chunk = new byte[4 + header.ChunkSize + BackupFormat.TagLength];
        var bytes = header.ToBytes();
        WriteOut(bytes);
    }

    /// <summary>Bytes of the container written so far.</summary>
    public long BytesWritten => _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_completed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Writes the final chunk and flushes to disk when the output is a file; returns the file's SHA-256.</summary>
    public byte[] Complete()
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        EmitChunk(final: true);
        _completed = true;
        if (_output is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            _output.Flush();
        }

        return _fileHash.GetHashAndReset();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        while (!buffer.IsEmpty)
        {
            // A full buffer is sent only when more follows: the last chunk must be the one Complete marks final.
            if (_filled == _plain.Length)
            {
                EmitChunk(final: false);
            }

            var take = Math.Min(_plain.Length - _filled, buffer.Length);
            buffer[..take].CopyTo(_plain.AsSpan(_filled));
            _filled += take;
            buffer = buffer[take..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
        // Chunks are written whole; a partial chunk waits for more data or Complete.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

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

    private void EmitChunk(bool final)
    {
        var length = (uint)_filled | (final ? BackupFormat.FinalChunkFlag : 0);
        BinaryPrimitives.WriteUInt32LittleEndian(_chunk, length);
        _cipher.Encrypt(
            _index,
            final,
            _plain.AsSpan(0, _filled),
            _chunk.AsSpan(4, _filled),
            _chunk.AsSpan(4 + _filled, BackupFormat.TagLength));
        WriteOut(_chunk.AsSpan(0, 4 + _filled + BackupFormat.TagLength));
        _index++;
        _filled = 0;
    }

    private void WriteOut(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _fileHash.AppendData(bytes);
        _written += bytes.Length;
    }
}
