using System.Text;

namespace TextEhr.Tui.Input;

/// <summary>Cleans pasted text: line breaks become LF, tabs spaces, other controls go, the rest is NFC.</summary>
internal static class PasteText
{
    public static string Clean(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\t')
            {
                // A tab would move the terminal's cursor; a space keeps pasted columns apart.
                builder.Append(' ');
            }
            else if (c == '\n' || !char.IsControl(c))
            {
                builder.Append(char.IsSurrogate(c) && !IsPairAt(raw, i) ? '\uFFFD' : c);
            }
        }

        // Normalize throws on lone surrogates; they were replaced above.
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsPairAt(string text, int i) =>
        (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        || (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]));
}
