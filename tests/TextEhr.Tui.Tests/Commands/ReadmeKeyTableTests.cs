using TextEhr.Tui.Commands;
using TextEhr.Tui.Tests.Support;

namespace TextEhr.Tui.Tests.Commands;

public sealed class ReadmeKeyTableTests
{
    [Fact]
    public void The_README_key_table_is_the_generated_one()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "TextEhr.Tui", "README.md")).ReplaceLineEndings("\n");
        const string Start = "<!-- keys:start -->\n";
        var from = readme.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var to = readme.IndexOf("<!-- keys:end -->", StringComparison.Ordinal);

        Assert.Equal(KeyTable.Markdown(StandardKeys.ForScreen("screen")), readme[from..to]);
    }
}
