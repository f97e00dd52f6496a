using TextEhr.Documents.Fonts;

namespace TextEhr.Documents.Tests;

/// <summary>BIZ UDゴシック travels with the program (SIL OFL 1.1), so no machine prints in a font it happens to have.</summary>
public sealed class BundledFontTests
{
    [Fact]
    public void The_regular_face_and_its_licence_are_copied_beside_the_program_and_searched_last()
    {
        var folders = FontLocator.Folders(static _ => null);

        Assert.Equal(FontLocator.BundledFolder, folders[^1]);
        Assert.True(new FileInfo(Path.Combine(FontLocator.BundledFolder, "BIZUDGothic-Regular.ttf")).Length > 4_000_000);
        Assert.Contains("SIL OPEN FONT LICENSE Version 1.1", File.ReadAllText(Path.Combine(FontLocator.BundledFolder, "OFL.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_face_alone_is_a_usable_document_font()
    {
        var font = FontLocator.Find(static name => string.Equals(name, FontLocator.EnvironmentVariable, StringComparison.Ordinal) ? FontLocator.BundledFolder : null);

        Assert.NotNull(font);
        Assert.Null(font.Bold);
        var page = new RenderedDocument("referral", "診療情報提供書", "<p>髙橋 𠮷田</p>", ["髙橋", "𠮷田"]);
        Assert.Equal(["𠮷"], PrintPreflight.MissingCharacters(page, font));
        Assert.Contains("font-weight: 700; src: url(\"file://", font.FontFaceCss(), StringComparison.Ordinal);
    }
}
