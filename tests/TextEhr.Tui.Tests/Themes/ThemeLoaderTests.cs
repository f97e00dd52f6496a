using System.Text;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Themes;

namespace TextEhr.Tui.Tests.Themes;

public sealed class ThemeLoaderTests
{
    private static readonly string[] Shipped = [RepositoryFiles.Themes];

    [Theory]
    [InlineData("paper")]
    [InlineData("high-contrast")]
    [InlineData("classic")]
    public void Each_shipped_theme_loads_with_nine_distinct_roles(string name)
    {
        var result = ThemeLoader.Load(name, Shipped);

        Assert.Null(result.Error);
        Assert.Equal(name, result.Theme.Name);
        Assert.Equal(9, result.Theme.Palette.Distinct().Count());
        Assert.NotEqual(result.Theme[VisualRole.Focus].Background, result.Theme[VisualRole.Normal].Background);
    }

    [Fact]
    public void The_built_in_default_is_the_shipped_paper_theme()
    {
        var paper = ThemeLoader.Load(null, Shipped).Theme;

        Assert.Equal(Theme.Paper.Palette, paper.Palette);
        Assert.Equal(new Style(Color.Rgb(0x1E, 0x1E, 0x1E), Color.Rgb(0xFB, 0xF6, 0xE9)), paper[VisualRole.Normal]);
    }

    [Fact]
    public void The_classic_and_high_contrast_themes_use_only_the_sixteen_basic_colours()
    {
        foreach (var name in new[] { "classic", "high-contrast" })
        {
            var theme = ThemeLoader.Load(name, Shipped).Theme;

            Assert.All(theme.Palette, style => Assert.True(style.Foreground.Index < 16 && style.Background.Index < 16 && style.Foreground.Kind == ColorKind.Indexed));
        }

        Assert.Equal(new Style(Color.Indexed(15), Color.Indexed(4)), ThemeLoader.Load("classic", Shipped).Theme[VisualRole.Normal]);
    }

    [Fact]
    public void A_missing_theme_gives_a_Japanese_message_and_the_paper_theme()
    {
        var result = ThemeLoader.Load("midnight", Shipped);

        Assert.Same(Theme.Paper, result.Theme);
        Assert.Equal(TuiMessages.ThemeNotFound("midnight") + "\n" + TuiMessages.DefaultThemeUsed("paper"), result.Error);
    }

    [Fact]
    public void A_bad_colour_names_its_file_and_line()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryFiles.Themes, "paper.json")).Replace("\"#FFE08A\"", "\"#FFE0\"", StringComparison.Ordinal);

        var result = ThemeLoader.Parse(Encoding.UTF8.GetBytes(json), "paper.json");

        Assert.Same(Theme.Paper, result.Theme);
        Assert.StartsWith("テーマ paper.json の 7 行目に誤りがあります: " + TuiMessages.UnknownColor("#FFE0"), result.Error, StringComparison.Ordinal);
        Assert.Contains("\"Focus\":    { \"foreground\": \"#000000\", \"background\": \"#FFE0\", \"bold\": true },", result.Error, StringComparison.Ordinal);
        Assert.EndsWith(TuiMessages.DefaultThemeUsed("paper"), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_role_is_named()
    {
        var result = ThemeLoader.Parse("{ \"roles\": { \"Normal\": { \"foreground\": \"white\", \"background\": \"black\" } } }"u8, "mine.json");

        Assert.Same(Theme.Paper, result.Theme);
        Assert.StartsWith(TuiMessages.ThemeRoleMissing("mine.json", "Label"), result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"roles\": { \"Nromal\": {} } }", "$.roles.Nromal")]
    [InlineData("{ \"roles\": { \"Normal\": { \"foreground\": \"white\" } } }", "$.roles.Normal")]
    [InlineData("{ \"roles\": ", "$.roles")]
    public void A_misspelt_missing_or_broken_entry_names_where_it_is(string json, string path)
    {
        var result = ThemeLoader.Parse(Encoding.UTF8.GetBytes(json), "mine.json");

        Assert.Same(Theme.Paper, result.Theme);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
        Assert.StartsWith("テーマ mine.json の 1 行目に誤りがあります", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_can_be_given_as_a_path()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("mine.json", File.ReadAllText(Path.Combine(RepositoryFiles.Themes, "classic.json")));

        var result = ThemeLoader.Load(path, []);

        Assert.Null(result.Error);
        Assert.Equal("mine", result.Theme.Name);
    }

    [Fact]
    public void The_default_directories_find_the_repository_themes_from_a_build_folder()
    {
        var result = ThemeLoader.Load("high-contrast", ThemeLoader.DefaultDirectories());

        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("default", ColorKind.Default, 0)]
    [InlineData("blue", ColorKind.Indexed, 4)]
    [InlineData("Bright-White", ColorKind.Indexed, 15)]
    [InlineData("gray", ColorKind.Indexed, 8)]
    [InlineData("208", ColorKind.Indexed, 208)]
    public void Colours_are_read_by_name_or_number(string text, ColorKind kind, int index)
    {
        Assert.True(ColorText.TryParse(text, out var color));
        Assert.Equal(kind, color.Kind);
        Assert.Equal(index, color.Index);
    }

    [Fact]
    public void Colours_print_as_they_are_read()
    {
        Assert.True(ColorText.TryParse("#fbf6e9", out var cream));
        Assert.Equal("#FBF6E9", ColorText.Format(cream));
        Assert.False(ColorText.TryParse("256", out _));
        Assert.False(ColorText.TryParse("navy", out _));
    }
}
