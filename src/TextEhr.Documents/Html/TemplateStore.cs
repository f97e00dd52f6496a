using System.Text;

namespace TextEhr.Documents.Html;

/// <summary>
/// Finds a document template: the clinic's own file in <c>templates/</c> of the data folder when there is
/// one, else the template built into the program.
/// </summary>
public sealed class TemplateStore
{
    private readonly string? _overrideFolder;

    /// <summary>A store that looks in <paramref name="overrideFolder"/> first (null: built-in only).</summary>
    public TemplateStore(string? overrideFolder = null)
    {
        _overrideFolder = overrideFolder;
    }

    /// <summary>The folder in a data folder where a clinic puts its own templates.</summary>
    public static string FolderIn(string dataFolder) => Path.Combine(dataFolder, "templates");

    /// <summary>Whether the clinic has its own file for <paramref name="name"/>.</summary>
    public bool IsOverridden(string name) => OverridePath(name) is { } path && File.Exists(path);

    /// <summary>The template text for a file name such as <c>referral.html</c>.</summary>
    public string Load(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return OverridePath(name) is { } path && File.Exists(path)
            ? File.ReadAllText(path, Encoding.UTF8)
            : HtmlTemplate.ReadResource(name);
    }

    private string? OverridePath(string name) =>
        _overrideFolder is null ? null : Path.Combine(_overrideFolder, Path.GetFileName(name));
}
