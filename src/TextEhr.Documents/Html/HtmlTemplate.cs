using System.Text;
using System.Text.RegularExpressions;

namespace TextEhr.Documents.Html;

/// <summary>
/// Fills <c>{{name}}</c> placeholders with HTML fragments the caller has already escaped. A placeholder
/// the values do not know is left visible, so a typo in a clinic's own template shows on the proof.
/// </summary>
public static partial class HtmlTemplate
{
    /// <summary>The template with every known placeholder replaced.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        return Placeholder().Replace(template, match =>
            values.TryGetValue(match.Groups["name"].Value, out var value) ? value : match.Value);
    }

    /// <summary>The placeholder names a template uses, in order of first use.</summary>
    public static IReadOnlyList<string> Names(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return [.. Placeholder().Matches(template).Select(static m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Reads an embedded template as UTF-8.</summary>
    internal static string ReadResource(string name)
    {
        using var stream = typeof(HtmlTemplate).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Missing embedded template " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z][A-Za-z0-9]*)\}\}", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Placeholder();
}
