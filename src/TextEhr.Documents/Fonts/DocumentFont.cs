namespace TextEhr.Documents.Fonts;

/// <summary>The font files a document is printed with (regular and bold of BIZ UDゴシック).</summary>
/// <param name="Regular">Path of the regular face.</param>
/// <param name="Bold">Path of the bold face, or null to let the browser embolden the regular one.</param>
public sealed record DocumentFont(string Regular, string? Bold)
{
    /// <summary>The CSS family name every template uses.</summary>
    public const string Family = "TextEhr Document";

    /// <summary>
    /// <c>@font-face</c> rules that load the files by URL, so the PDF uses these files whatever fonts the
    /// machine has under the same name.
    /// </summary>
    public string FontFaceCss()
    {
        var bold = Bold ?? Regular;
        return "@font-face { font-family: \"" + Family + "\"; font-weight: 400; src: url(\"" + FileUrl(Regular) + "\"); }\n"
            + "@font-face { font-family: \"" + Family + "\"; font-weight: 700; src: url(\"" + FileUrl(bold) + "\"); }\n";
    }

    /// <summary>A <c>file://</c> URL for a local path, with Windows drive letters and spaces handled.</summary>
    public static string FileUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
