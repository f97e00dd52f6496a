namespace TextEhr.App.Tests.Backup;

/// <summary>
/// Passes writes through until <paramref name="limit"/> bytes, then runs <paramref name="atLimit"/>
/// once (throw a disk-full error, pull the stick) and keeps passing writes on if it returned.
/// </summary>
public sealed class FaultyStream(Stream inner, long limit, Action atLimit) : Stream
{
    private long _written;
    private bool _fired;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!_fired && _written + buffer.Length > limit)
        {
            _fired = true;
            atLimit();
        }

        inner.Write(buffer);
        _written += buffer.Length;
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
