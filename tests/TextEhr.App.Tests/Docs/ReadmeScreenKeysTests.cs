using System.Runtime.CompilerServices;
using System.Text;
using TextEhr.App.Screens.Charting;
using TextEhr.App.Screens.Patients;
using TextEhr.Tui.Commands;

namespace TextEhr.App.Tests.Docs;

/// <summary>
/// The README's key tables of the main screens are generated from the screens' own key maps, so the
/// manual cannot drift from the keys. <c>UPDATE_SNAPSHOTS=1</c> rewrites the README's tables.
/// </summary>
public sealed class ReadmeScreenKeysTests
{
    public static TheoryData<string> Screens => ["search", "patient", "chart"];

    [Theory]
    [MemberData(nameof(Screens))]
    public void The_README_key_table_of_each_screen_is_the_generated_one(string screen)
    {
        var path = Path.Combine(RepositoryRoot(), "README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = $"<!-- keys:{screen}:start -->\n";
        var end = $"<!-- keys:{screen}:end -->";
        var from = readme.IndexOf(start, StringComparison.Ordinal);
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"README.md has no {start.Trim()} … {end} block.");
        var expected = KeyTable.Markdown(MapOf(screen));

        if (string.Equals(Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS"), "1", StringComparison.Ordinal))
        {
            File.WriteAllText(path, readme[..(from + start.Length)] + expected + readme[to..], new UTF8Encoding(false));
            return;
        }

        Assert.Equal(expected, readme[(from + start.Length)..to]);
    }

    private static KeyMap MapOf(string screen) => screen switch
    {
        "search" => PatientSearchKeys.Map,
        "patient" => PatientEditKeys.Map,
        _ => ChartKeys.Chart,
    };

    // Two folders above this source file: tests/TextEhr.App.Tests/Docs → the repository.
    private static string RepositoryRoot([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
}
