using System.Net;
using System.Text;

namespace TextEhr.Documents.Html;

/// <summary>Turns typed text into HTML: every value is escaped, so a note can never inject markup.</summary>
public static class HtmlText
{
    /// <summary>The text with <c>&amp; &lt; &gt; " '</c> escaped.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Escaped text whose line breaks stay line breaks on paper.</summary>
    public static string Lines(string? text)
    {
        var normalised = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder();
        var first = true;
        foreach (var line in normalised.Split('\n'))
        {
            if (!first)
            {
                builder.Append("<br>");
            }

            builder.Append(Escape(line));
            first = false;
        }

        return builder.ToString();
    }
}
