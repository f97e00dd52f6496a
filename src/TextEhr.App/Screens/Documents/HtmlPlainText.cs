using System.Net;
using System.Text.RegularExpressions;

namespace TextEhr.App.Screens.Documents;

/// <summary>
/// A kept document's HTML as lines of text for the screen: styles, scripts and pictures (the QR code,
/// trend charts) dropped, one line per block or table cell row, entities decoded, blank runs removed.
/// </summary>
public static partial class HtmlPlainText
{
    public static string Of(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = Hidden().Replace(html, string.Empty);
        text = BlockEnd().Replace(text, "\n");
        text = CellEnd().Replace(text, "　");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n')
            .Select(static line => Spaces().Replace(line, " ").Trim(' ', '　', '\t', '\r'))
            .Where(static line => line.Length > 0);
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"<(?<tag>style|script|svg|head)\b.*?</\k<tag>>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<br\s*/?>|</(p|div|tr|h[1-6]|li|section|header|footer|table)>", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"</(td|th)>", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();
}
