using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Themes;

/// <summary>A style for every <see cref="VisualRole"/>; widgets ask for roles, never for colours.</summary>
public sealed class Theme
{
    /// <summary>The default theme's name; <see cref="Paper"/> is built in so a missing file never leaves the screen unstyled.</summary>
    public const string DefaultName = "paper";

    private readonly Style[] _styles;

    /// <summary>A theme from one style per role.</summary>
    /// <param name="name">The theme's name (its file name without <c>.json</c>).</param>
    /// <param name="styles">One style per role; every role is required.</param>
    public Theme(string name, IReadOnlyDictionary<VisualRole, Style> styles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(styles);
        Name = name;
        _styles = [.. Roles.Select(role => styles.TryGetValue(role, out var style)
            ? style
            : throw new ArgumentException($"The theme has no style for {role}.", nameof(styles)))];
    }

    /// <summary>Every role, in the order of their numbers.</summary>
    public static IReadOnlyList<VisualRole> Roles { get; } = Enum.GetValues<VisualRole>();

    /// <summary>Dark text on cream, like a paper chart: the default, and the same as <c>themes/paper.json</c>.</summary>
    public static Theme Paper { get; } = new(DefaultName, new Dictionary<VisualRole, Style>
    {
        [VisualRole.Normal] = new(Rgb(0x1E, 0x1E, 0x1E), Rgb(0xFB, 0xF6, 0xE9)),
        [VisualRole.Label] = new(Rgb(0x1F, 0x3A, 0x68), Rgb(0xFB, 0xF6, 0xE9)),
        [VisualRole.Focus] = new(Rgb(0x00, 0x00, 0x00), Rgb(0xFF, 0xE0, 0x8A), TextAttributes.Bold),
        [VisualRole.Selected] = new(Rgb(0xFF, 0xFF, 0xFF), Rgb(0x1F, 0x3A, 0x68)),
        [VisualRole.Error] = new(Rgb(0xB0, 0x00, 0x20), Rgb(0xFB, 0xF6, 0xE9), TextAttributes.Bold | TextAttributes.Underline),
        [VisualRole.Warning] = new(Rgb(0xFF, 0xFF, 0xFF), Rgb(0xB7, 0x1C, 0x1C), TextAttributes.Bold),
        [VisualRole.Banner] = new(Rgb(0xFF, 0xFF, 0xFF), Rgb(0x2E, 0x4A, 0x3E), TextAttributes.Bold),
        [VisualRole.KeyBar] = new(Rgb(0xFB, 0xF6, 0xE9), Rgb(0x40, 0x40, 0x40)),
        [VisualRole.Disabled] = new(Rgb(0x8A, 0x84, 0x7A), Rgb(0xFB, 0xF6, 0xE9)),
    });

    public string Name { get; }

    public Style this[VisualRole role] => _styles[(int)role];

    /// <summary>The styles in role order: the palette of a style map, so digit <c>n</c> is role <c>n</c>.</summary>
    public IReadOnlyList<Style> Palette => _styles;

    private static Color Rgb(byte red, byte green, byte blue) => Color.Rgb(red, green, blue);
}
