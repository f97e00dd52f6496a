namespace TextEhr.Storage.Tests.Support;

/// <summary>Byte-wise order of UTF-8 text: what SQLite's BINARY collation compares.</summary>
public sealed class Utf8Bytes : IComparer<byte[]>
{
    public static Utf8Bytes Instance { get; } = new();

    public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
}
