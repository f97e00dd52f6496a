using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TextEhr.EndToEnd.Tests.Support;

/// <summary>
/// Reads the 8-bit, non-interlaced PNGs pdftoppm writes (grey, RGB or RGBA) as one grey byte per pixel,
/// enough to compare a page picture with a fresh rendering without an image library.
/// </summary>
internal sealed record PngGrey(int Width, int Height, byte[] Pixels)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngGrey Read(byte[] png)
    {
        Assert.True(png.AsSpan().StartsWith(Signature), "not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var at = Signature.Length; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (string.Equals(type, "IHDR", StringComparison.Ordinal))
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.True(data[8] == 8 && data[12] == 0, "only 8-bit, non-interlaced PNGs are read");
                channels = data[9] switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => throw new NotSupportedException("palette PNG") };
            }
            else if (string.Equals(type, "IDAT", StringComparison.Ordinal))
            {
                compressed.Write(data);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngGrey(width, height, Grey(Unfilter(inflated.ToArray(), width, height, channels), width, height, channels));
    }

    /// <summary>
    /// The share of pixels that differ between two pictures of one size after a 3×3 blur and a threshold
    /// at mid-grey, so anti-aliasing noise does not count but a moved or missing box or line does.
    /// </summary>
    public static double DifferingShare(PngGrey a, PngGrey b)
    {
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        var left = a.Inked();
        var right = b.Inked();
        var differing = left.Zip(right).Count(static p => p.First != p.Second);
        return (double)differing / left.Length;
    }

    private bool[] Inked()
    {
        var inked = new bool[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                int sum = 0, count = 0;
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        if (x + dx >= 0 && x + dx < Width && y + dy >= 0 && y + dy < Height)
                        {
                            sum += Pixels[((y + dy) * Width) + x + dx];
                            count++;
                        }
                    }
                }

                inked[(y * Width) + x] = sum / count < 128;
            }
        }

        return inked;
    }

    // PNG filters 0–4 (None, Sub, Up, Average, Paeth), each row led by its filter byte.
    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var image = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? image[(y * stride) + i - channels] : 0;
                int up = y > 0 ? image[((y - 1) * stride) + i] : 0;
                int upLeft = y > 0 && i >= channels ? image[((y - 1) * stride) + i - channels] : 0;
                var value = raw[(y * (stride + 1)) + 1 + i];
                image[(y * stride) + i] = (byte)(filter switch
                {
                    1 => value + left,
                    2 => value + up,
                    3 => value + ((left + up) / 2),
                    4 => value + Paeth(left, up, upLeft),
                    _ => value,
                });
            }
        }

        return image;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Grey(byte[] image, int width, int height, int channels)
    {
        if (channels == 1)
        {
            return image;
        }

        var grey = new byte[width * height];
        for (var i = 0; i < grey.Length; i++)
        {
            var at = i * channels;
            grey[i] = channels < 3 ? image[at] : (byte)(((image[at] * 299) + (image[at + 1] * 587) + (image[at + 2] * 114)) / 1000);
        }

        return grey;
    }
}
