using System.Buffers.Binary;
using System.Collections.Frozen;

namespace TextEhr.Documents.Fonts;

/// <summary>
/// The characters a TrueType font can draw, read from its <c>cmap</c> (formats 4 and 12). The browser
/// prints a missing character as an empty box without any error, so documents are checked against this first.
/// </summary>
public sealed class FontCoverage
{
    private readonly FrozenSet<int> _codePoints;

    private FontCoverage(FrozenSet<int> codePoints)
    {
        _codePoints = codePoints;
    }

    /// <summary>How many characters the font maps.</summary>
    public int Count => _codePoints.Count;

    /// <summary>Reads a .ttf file (or the first font of a .ttc collection).</summary>
    /// <exception cref="InvalidDataException">The file is not a TrueType font with a usable cmap.</exception>
    public static FontCoverage Load(string path) => Parse(File.ReadAllBytes(path));

    /// <summary>Reads font bytes.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a TrueType font with a usable cmap.</exception>
    public static FontCoverage Parse(ReadOnlySpan<byte> font)
    {
        try
        {
            var start = 0;
            if (font.Length >= 16 && font[..4].SequenceEqual("ttcf"u8))
            {
                start = (int)BinaryPrimitives.ReadUInt32BigEndian(font[12..]);
            }

            var cmap = FindTable(font, start, "cmap"u8) ?? throw new InvalidDataException("No cmap table.");
            var points = new HashSet<int>();
            var subtables = BinaryPrimitives.ReadUInt16BigEndian(font[(cmap + 2)..]);
            for (var i = 0; i < subtables; i++)
            {
                var record = cmap + 4 + (i * 8);
                var platform = BinaryPrimitives.ReadUInt16BigEndian(font[record..]);
                var offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font[(record + 4)..]);
                if (platform is not (0 or 3))
                {
                    continue;
                }

                var format = BinaryPrimitives.ReadUInt16BigEndian(font[offset..]);
                if (format == 4)
                {
                    ReadFormat4(font, offset, points);
                }
                else if (format == 12)
                {
                    ReadFormat12(font, offset, points);
                }
            }

            return points.Count == 0
                ? throw new InvalidDataException("The cmap has no Unicode subtable.")
                : new FontCoverage(points.ToFrozenSet());
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new InvalidDataException("Truncated font file.", ex);
        }
    }

    /// <summary>Whether the font draws <paramref name="codePoint"/>.</summary>
    public bool Contains(int codePoint) => _codePoints.Contains(codePoint);

    private static int? FindTable(ReadOnlySpan<byte> font, int start, ReadOnlySpan<byte> tag)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font[(start + 4)..]);
        for (var i = 0; i < tables; i++)
        {
            var record = start + 12 + (i * 16);
            if (font.Slice(record, 4).SequenceEqual(tag))
            {
                return (int)BinaryPrimitives.ReadUInt32BigEndian(font[(record + 8)..]);
            }
        }

        return null;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> font, int offset, HashSet<int> points)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(font[(offset + 6)..]) / 2;
        var ends = offset + 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(font[(ends + (s * 2))..]);
            int first = BinaryPrimitives.ReadUInt16BigEndian(font[(starts + (s * 2))..]);
            int delta = BinaryPrimitives.ReadInt16BigEndian(font[(deltas + (s * 2))..]);
            var rangeOffsetAt = rangeOffsets + (s * 2);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(font[rangeOffsetAt..]);
            for (var c = first; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsetAt + rangeOffset + ((c - first) * 2);
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(font[at..]);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    points.Add(c);
                }
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> font, int offset, HashSet<int> points)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(font[(offset + 12)..]);
        for (var g = 0; g < groups; g++)
        {
            var group = offset + 16 + (g * 12);
            var first = BinaryPrimitives.ReadUInt32BigEndian(font[group..]);
            var last = BinaryPrimitives.ReadUInt32BigEndian(font[(group + 4)..]);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(font[(group + 8)..]);
            for (var c = first; c <= last && c <= 0x10FFFF; c++)
            {
                if (glyph + (c - first) != 0)
                {
                    points.Add((int)c);
                }
            }
        }
    }
}
