using System.Text;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Tests.Support;

namespace TextEhr.Tui.Tests.Commands;

public sealed class KeyMapFileTests
{
    private static readonly KeyMap[] Defaults = [StandardKeys.ForScreen("gallery"), StandardKeys.ForDialog()];

    [Fact]
    public void A_good_file_rebinds_commands_per_context_and_keeps_the_rest()
    {
        var result = Apply(
            """
            {
              // F9 instead of F10, which this terminal keeps for its menu
              "gallery": { "SaveDraft": ["F9", "Ctrl+S"], "Search": "Ctrl+F", },
              "dialog": { "Accept": ["Enter", "F12", "Ctrl+O"] }
            }
            """);

        Assert.Null(result.Error);
        var gallery = result["gallery"];
        Assert.True(gallery.TryFind(KeyChord.Function(9), out var save));
        Assert.Equal(StandardCommands.SaveDraft, save);
        Assert.False(gallery.TryFind(KeyChord.Function(10), out _));
        Assert.False(gallery.TryFind(KeyChord.Function(3), out _));
        Assert.True(gallery.TryFind(KeyChord.Function(2), out _));
        Assert.True(result["dialog"].TryFind(KeyChord.Ctrl(ConsoleKey.O), out _));
        Assert.Empty(KeyMapValidator.Validate(gallery));
    }

    [Fact]
    public void A_bad_key_name_gives_its_line_in_Japanese_and_the_defaults()
    {
        var result = Apply(
            """
            {
              "gallery": {
                "Search": ["F13", "Ctrl+F"]
              }
            }
            """);

        Assert.Same(Defaults, result.Maps);
        Assert.Equal(
            TuiMessages.FileAt(TuiMessages.KeyFileKind, "keys.json", 3, "\"Search\": [\"F13\", \"Ctrl+F\"]", TuiMessages.UnknownKeyName("F13"))
            + "\n" + TuiMessages.DefaultKeysUsed,
            result.Error);
        Assert.Contains("3 行目", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"chart\": {}\n}", 2, "「chart」という画面はありません。")]
    [InlineData("{\n  \"gallery\": {\n    \"Fly\": \"F4\"\n  }\n}", 3, "画面「gallery」に「Fly」というコマンドはありません。")]
    [InlineData("{\n  \"gallery\": {\n    \"Search\": 3\n  }\n}", 3, "キーは \"F2\" のような文字列か、[\"F2\", \"Ctrl+N\"] のような並びで書いてください。")]
    [InlineData("{\n  \"gallery\": {\n    \"New\": \"F2\"\n    \"Search\": \"F3\"\n  }\n}", 4, "JSON の書き方に誤りがあります（引用符、カンマ、括弧を確かめてください）。")]
    [InlineData("[]", 1, "ここには { … } で囲んだ設定が必要です。")]
    public void Each_kind_of_mistake_names_its_line(string json, int line, string problem)
    {
        var result = Apply(json);

        Assert.Same(Defaults, result.Maps);
        Assert.StartsWith($"キー設定 keys.json の {line} 行目に誤りがあります: {problem}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_then_bound_twice_is_refused_at_the_line_that_bound_it()
    {
        var result = Apply("{\n  \"gallery\": {\n    \"Print\": [\"F8\", \"Ctrl+P\"],\n    \"Search\": [\"F2\", \"Ctrl+F\"]\n  }\n}");

        Assert.Same(Defaults, result.Maps);
        Assert.StartsWith(
            "キー設定 keys.json の 4 行目に誤りがあります: " + TuiMessages.KeyBoundTwice("gallery", "F2", "新規", "検索"),
            result.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_saved_with_a_BOM_by_an_old_Notepad_is_read()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{ \"gallery\": { \"Print\": [\"F7\", \"Ctrl+P\"] } }")).ToArray();

        var result = KeyMapFile.Apply(bytes, "keys.json", Defaults);

        Assert.Null(result.Error);
        Assert.True(result["gallery"].TryFind(KeyChord.Function(7), out _));
    }

    [Fact]
    public void A_missing_file_means_the_defaults_and_no_complaint()
    {
        using var directory = new TemporaryDirectory();

        var result = KeyMapFile.Load(Path.Combine(directory.Path, "keys.json"), Defaults);

        Assert.Same(Defaults, result.Maps);
        Assert.Null(result.Error);
    }

    [Fact]
    public void A_file_on_disk_is_read_by_name()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("keys.json", "{ \"gallery\": { \"Print\": [\"F7\", \"Ctrl+P\"] } }");

        Assert.True(KeyMapFile.Load(path, Defaults)["gallery"].TryFind(KeyChord.Function(7), out _));
    }

    private static KeyMapFileResult Apply(string json) => KeyMapFile.Apply(Encoding.UTF8.GetBytes(json), "keys.json", Defaults);
}
