using System.Text;

namespace TextEhr.App.Tests.Install;

/// <summary>
/// Just enough PowerShell lexing to check install.ps1 without PowerShell (nothing here runs it): comments
/// removed, and string literals emptied so that message text never looks like code.
/// </summary>
internal static class PowerShellText
{
    /// <summary>The script without <c>#</c> and <c>&lt;# … #&gt;</c> comments; strings kept.</summary>
    public static string WithoutComments(string script) => Scan(script, keepStrings: true);

    /// <summary>The script without comments and with every string literal emptied (<c>''</c>, <c>""</c>).</summary>
    public static string Bare(string script) => Scan(script, keepStrings: false);

    private static string Scan(string script, bool keepStrings)
    {
        var output = new StringBuilder(script.Length);
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c == '<' && At(script, i + 1, '#'))
            {
                var end = script.IndexOf("#>", i + 2, StringComparison.Ordinal);
                i = end < 0 ? script.Length : end + 2;
            }
            else if (c == '#')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }
            }
            else if (c is '\'' or '"')
            {
                var end = StringEnd(script, i);
                output.Append(keepStrings ? script[i..end] : string.Concat(c.ToString(), c.ToString()));
                i = end;
            }
            else
            {
                output.Append(c);
                i++;
            }
        }

        return output.ToString();
    }

    // Single quotes end at a lone quote ('' is a quote inside); double quotes also take backtick escapes.
    private static int StringEnd(string script, int start)
    {
        var quote = script[start];
        var i = start + 1;
        while (i < script.Length)
        {
            if (quote == '"' && script[i] == '`')
            {
                i += 2;
                continue;
            }

            if (script[i] == quote)
            {
                if (At(script, i + 1, quote))
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return script.Length;
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;
}
