using TextEhr.Tui.Hosting;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Testing;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Views;

public sealed class DialogTests : IDisposable
{
    private readonly VirtualTerminal _terminal = new(40, 10);
    private readonly RecordingScreen _screen = new();
    private readonly EventLoop _loop;
    private readonly List<bool> _answers = [];

    public DialogTests()
    {
        _loop = new EventLoop(_terminal, Theme.Paper, new ManualTimeProvider());
        _loop.Push(_screen);
        _loop.Push(MessageBox.Confirm("確認", "カルテを確定しますか？\n確定後は版を重ねて修正します。", _answers.Add));
        _loop.RunUntilIdle();
    }

    [Fact]
    public void A_message_box_is_drawn_over_the_screen_with_its_keys_in_the_bar()
    {
        ScreenAssert.Text(
            """

              [+- 確認 -------------------------+
               | カルテを確定しますか？         |
               | 確定後は版を重ねて修正します。 |
               |                                |
               |    [Enter 決定]  [Esc 取消]    |
               +--------------------------------+


            F12決定      Esc取消      F1ヘルプ
            """,
            _loop.Screen);
        ScreenAssert.SameCells(_loop.Screen, _terminal.Screen);
        Assert.False(_terminal.Screen.CursorVisible);
    }

    [Fact]
    public void Esc_closes_the_dialog_as_cancelled()
    {
        _terminal.Press(ConsoleKey.Escape);
        _loop.RunUntilIdle();

        Assert.Equal([false], _answers);
        Assert.Same(_screen, _loop.Top);
        Assert.Empty(_screen.Commands);
        ScreenAssert.SameCells(_loop.Screen, _terminal.Screen);
        Assert.Equal("", _loop.Screen.RowText(4).Trim());
    }

    [Theory]
    [InlineData(ConsoleKey.Enter, ConsoleModifiers.None)]
    [InlineData(ConsoleKey.F12, ConsoleModifiers.None)]
    [InlineData(ConsoleKey.K, ConsoleModifiers.Control)]
    public void Enter_or_F12_confirms(ConsoleKey key, ConsoleModifiers modifiers)
    {
        _terminal.Press(key, modifiers);
        _loop.RunUntilIdle();

        Assert.Equal([true], _answers);
        Assert.Same(_screen, _loop.Top);
    }

    [Fact]
    public void Typing_while_a_dialog_is_open_does_not_reach_the_screen_below()
    {
        _terminal.Type("abc");
        _terminal.Press(ConsoleKey.F2);
        _loop.RunUntilIdle();

        Assert.Equal("", _screen.Field.Text);
        Assert.Empty(_screen.Commands);
    }

    [Fact]
    public void A_dialog_with_a_field_takes_its_text_and_Enter_still_accepts()
    {
        var reason = new TextField();
        var dialog = new Dialog("取消", "取り消す理由を入力してください。", _answers.Add, reason);
        _loop.Push(dialog);

        _terminal.Type("重複登録");
        _terminal.Press(ConsoleKey.Enter);
        _loop.RunUntilIdle();

        Assert.Equal("重複登録", reason.Text);
        Assert.True(dialog.Result);
    }

    [Fact]
    public void A_notice_has_one_button_and_closes_with_Enter_or_Esc()
    {
        var closed = 0;
        _loop.Push(MessageBox.Inform("確定", "確定しました。", () => closed++));
        _loop.RunUntilIdle();
        Assert.Contains("[Enter 閉じる]", _loop.Screen.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("取消]", _loop.Screen.ToString(), StringComparison.Ordinal);

        _terminal.Press(ConsoleKey.Escape);
        _loop.RunUntilIdle();

        Assert.Equal(1, closed);
    }

    public void Dispose()
    {
        _loop.Dispose();
        _terminal.Dispose();
    }
}
