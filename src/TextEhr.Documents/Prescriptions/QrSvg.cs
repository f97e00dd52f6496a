using System.Globalization;
using System.Text;
using QRCoder;

namespace TextEhr.Documents.Prescriptions;

/// <summary>
/// A QR code for exact bytes (byte mode, level M) drawn as one inline SVG path: vector, no image files,
/// no System.Drawing. QRCoder's matrix already carries the 4-module quiet zone.
/// </summary>
public static class QrSvg
{
    /// <summary>Module size that still decodes from a 150 dpi scan (notes/PDF.md §7).</summary>
    public const double ModuleMillimetres = 0.5;

    /// <summary>The SVG element for <paramref name="payload"/>.</summary>
    /// <exception cref="QRCoder.Exceptions.DataTooLongException">The payload needs more than one symbol.</exception>
    public static string Render(byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x},{y}h1v1h-1z");
                }
            }
        }

        var millimetres = (size * ModuleMillimetres).ToString("0.##", CultureInfo.InvariantCulture);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 {size} {size}\" width=\"{millimetres}mm\" height=\"{millimetres}mm\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>";
    }
}
