using TextEhr.Tui.Commands;
using TextEhr.Tui.Input;

namespace TextEhr.Tui.Tests.Commands;

public sealed class KeyMapTests
{
    private readonly KeyMap _map = StandardKeys.ForScreen("chart");

    [Theory]
    [InlineData("F1", "Help", "ヘルプ")]
    [InlineData("F2", "New", "新規")]
    [InlineData("F3", "Search", "検索")]
    [InlineData("F5", "CopyPrevious", "Do")]
    [InlineData("F8", "Print", "印刷")]
    [InlineData("F10", "SaveDraft", "一時保存")]
    [InlineData("F12", "Confirm", "確定")]
    [InlineData("Esc", "Back", "戻る")]
    [InlineData("Ctrl+L", "Redraw", "再描画")]
    [InlineData("Enter", "NextField", "次の欄")]
    [InlineData("Tab", "NextField", "次の欄")]
    [InlineData("Shift+Tab", "PreviousField", "前の欄")]
    public void The_default_keys_are_those_of_ARCHITECTURE_6(string key, string command, string label)
    {
        Assert.True(_map.TryFind(KeyChord.Parse(key), out var found));
        Assert.Equal(new CommandId(command), found);
        Assert.Equal(label, _map[found]!.Label);
    }

    [Fact]
    public void Every_F_key_has_a_Ctrl_alternative()
    {
        foreach (var binding in _map.Bindings.Where(b => b.Keys.Any(k => k.IsFunctionKey)))
        {
            Assert.Contains(binding.Keys, key => key.Modifiers == ConsoleModifiers.Control);
        }

        Assert.True(_map.TryFind(KeyChord.Ctrl(ConsoleKey.S), out var save));
        Assert.Equal(StandardCommands.SaveDraft, save);
    }

    [Fact]
    public void Text_keys_never_run_commands()
    {
        Assert.False(_map.TryFind(new KeyEvent(ConsoleKey.S, "s"), out _));
        Assert.False(_map.TryFind(new KeyEvent(ConsoleKey.Spacebar, " "), out _));
        Assert.True(_map.TryFind(KeyEvent.Command(ConsoleKey.S, ConsoleModifiers.Control), out _));
    }

    [Fact]
    public void An_application_extends_and_relabels_the_default_table_without_changing_it()
    {
        var open = new CommandId("OpenChart");
        var map = _map
            .With(new KeyBinding(open, [KeyChord.Function(4), KeyChord.Ctrl(ConsoleKey.O)], "カルテ", "Open chart", "選んだ患者のカルテを開きます。") { InBar = true })
            .WithLabel(StandardCommands.Confirm, "登録");

        Assert.True(map.TryFind(KeyChord.Function(4), out var found));
        Assert.Equal(open, found);
        Assert.Equal("登録", map[StandardCommands.Confirm]!.Label);
        Assert.Equal("確定", _map[StandardCommands.Confirm]!.Label);
        Assert.Null(map.Without(open)[open]);
    }

    [Fact]
    public void The_key_table_for_documents_is_generated_from_the_map()
    {
        var markdown = KeyTable.Markdown(new KeyMap("x", [StandardKeys.Help, StandardKeys.Back]));

        Assert.Equal(
            "| キー | 操作 | 説明 |\n|---|---|---|\n"
            + "| F1 / Ctrl+G | ヘルプ | この画面で使えるキーの一覧を表示します。 |\n"
            + "| Esc | 戻る | 前の画面に戻ります。保存していない内容があれば確かめます。 |\n",
            markdown);
    }
}
