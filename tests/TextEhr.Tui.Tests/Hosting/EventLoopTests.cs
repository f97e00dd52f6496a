using System.Text;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Testing;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Tests.Hosting;

public sealed class EventLoopTests : IDisposable
{
    private readonly VirtualTerminal _terminal = new(40, 6);
    private readonly ManualTimeProvider _time = new();
    private readonly RecordingScreen _screen = new();
    private readonly EventLoop _loop;

    public EventLoopTests()
    {
        _loop = new EventLoop(_terminal, Theme.Paper, _time);
        _loop.Push(_screen);
    }

    [Fact]
    public void The_first_frame_shows_the_screen_and_the_F_key_bar_of_its_key_map()
    {
        _loop.RunUntilIdle();

        ScreenAssert.Text(
            """

              [                  ]



            F1ヘ F2新 F3検 F5D F8印 F10一 F12確 Esc
            """,
            _loop.Screen);
        ScreenAssert.SameCells(_loop.Screen, _terminal.Screen);
        Assert.Equal(new Point(3, 1), _terminal.Screen.Cursor);
        Assert.True(_terminal.Screen.CursorVisible);
        Assert.Equal(new Rect(0, 0, 40, 5), _screen.Layouts[^1]);
    }

    [Fact]
    public void Everything_queued_is_handled_before_one_frame_is_drawn_in_one_write()
    {
        _loop.RunUntilIdle();
        _terminal.ClearWritten();
        var draws = _screen.Draws;

        _terminal.Type("山田 𠮷郎");
        _terminal.Press(ConsoleKey.F2);
        _loop.RunUntilIdle();

        Assert.Equal("山田 𠮷郎", _screen.Field.Text);
        Assert.Equal([StandardCommands.New], _screen.Commands);
        Assert.Equal(draws + 1, _screen.Draws);
        Assert.Equal(1, _terminal.WriteCount);
        ScreenAssert.SameCells(_loop.Screen, _terminal.Screen);
        Assert.Equal(new Point(12, 1), _terminal.Screen.Cursor);
    }

    [Fact]
    public void An_ignored_key_draws_nothing()
    {
        _loop.RunUntilIdle();
        _terminal.ClearWritten();

        _terminal.Press(ConsoleKey.F9);
        _loop.RunUntilIdle();

        Assert.Equal(0, _terminal.WriteCount);
    }

    [Fact]
    public void Ctrl_L_repaints_the_whole_screen_even_on_a_screen_whose_map_leaves_it_out()
    {
        _screen.Keys = new KeyMap("bare", [StandardKeys.Help]);
        _loop.RunUntilIdle();
        var firstFrame = _terminal.Written.Count;
        _terminal.ClearWritten();

        _terminal.Press(ConsoleKey.L, ConsoleModifiers.Control);
        _loop.RunUntilIdle();

        Assert.Equal([StandardCommands.Redraw], _screen.Commands);
        Assert.Contains("\e[2J", Encoding.UTF8.GetString([.. _terminal.Written]), StringComparison.Ordinal);
        Assert.True(_terminal.Written.Count >= firstFrame - 40, $"{_terminal.Written.Count} of {firstFrame} bytes");
        ScreenAssert.SameCells(_loop.Screen, _terminal.Screen);
    }

    [Fact]
    public void A_global_key_the_screen_ignores_goes_to_the_application_s_global_commands_while_typing()
    {
        var lockCommand = new CommandId("Lock");
        var handled = new List<CommandId>();
        _loop.GlobalKeys = StandardKeys.Global.With(new KeyBinding(lockCommand, [KeyChord.Parse("Ctrl+Q")], "ロック", "Lock", "画面をロックします。"));
        _loop.GlobalCommands = command =>
        {
            handled.Add(command);
            return command == lockCommand ? HandleResult.Redraw : HandleResult.Ignored;
        };
        _loop.RunUntilIdle();

        _terminal.Type("山田");
        _terminal.Press(ConsoleKey.Q, ConsoleModifiers.Control);
        _terminal.Press(ConsoleKey.F2);
        _loop.RunUntilIdle();

        Assert.Equal("山田", _screen.Field.Text);
        Assert.Equal([lockCommand], handled);
        Assert.Equal([lockCommand, StandardCommands.New], _screen.Commands);
    }

    [Fact]
    public void A_resize_lays_the_screens_out_again_and_repaints_everything()
    {
        _loop.RunUntilIdle();

        _terminal.Resize(60, 10);
        _loop.RunUntilIdle();

        Assert.Equal(new Rect(0, 0, 60, 9), _screen.Layouts[^1]);
        Assert.Equal((60, 10), (_loop.Screen.Width, _loop.Screen.Height));
        ScreenAssert.SameCells(_loop.Screen, _terminal.Screen);
        Assert.StartsWith("F1ヘルプ", _loop.Screen.RowText(9), StringComparison.Ordinal);
    }

    [Fact]
    public void F1_opens_the_help_generated_from_the_key_map_and_Esc_closes_it()
    {
        _terminal.Resize(80, 24);
        _loop.RunUntilIdle();

        _terminal.Press(ConsoleKey.F1);
        _loop.RunUntilIdle();
        var help = Assert.IsType<HelpOverlay>(_loop.Top);
        Assert.StartsWith("F1 / Ctrl+G   ヘルプ    この画面で使えるキーの一覧を表示します。\n", help.Text, StringComparison.Ordinal);
        Assert.Contains("\nShift+Tab     前の欄    前の欄へ戻ります。\n", help.Text, StringComparison.Ordinal);
        Assert.Equal("Esc閉じる", _loop.Screen.RowText(23).TrimEnd());
        Assert.Contains("\n  | F1 / Ctrl+G   ヘルプ    この画面で使えるキーの一覧を表示します。", _loop.Screen.ToString(), StringComparison.Ordinal);

        _terminal.Press(ConsoleKey.Escape);
        _loop.RunUntilIdle();
        Assert.Same(_screen, _loop.Top);
        Assert.Equal([StandardCommands.Help], _screen.Commands);
        ScreenAssert.SameCells(_loop.Screen, _terminal.Screen);
    }

    [Fact]
    public void Esc_on_the_last_screen_ends_the_loop()
    {
        _loop.RunUntilIdle();

        _terminal.Press(ConsoleKey.Escape);
        _loop.RunUntilIdle();

        Assert.Empty(_loop.Screens);
        Assert.False(_loop.IsRunning);
    }

    [Fact]
    public void Timers_run_on_the_loop_when_their_time_comes()
    {
        _loop.RunUntilIdle();
        var ticks = 0;
        using var timer = _loop.Schedule(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), () => _screen.Field.Text = $"{++ticks}");

        _time.Advance(TimeSpan.FromMilliseconds(999));
        _loop.RunUntilIdle();
        Assert.Equal(0, ticks);

        _time.Advance(TimeSpan.FromSeconds(2));
        _loop.RunUntilIdle();
        Assert.Equal(2, ticks);
        Assert.Equal("  [2                 ]", _terminal.Screen.RowText(1).TrimEnd());
    }

    [Fact]
    public async Task Work_finished_on_another_thread_is_posted_back_and_drawn()
    {
        _loop.RunUntilIdle();

        await Task.Run(() => _loop.Post(() => _screen.Field.Text = "印刷完了"));
        _loop.RunUntilIdle();

        Assert.Equal("  [印刷完了          ]", _terminal.Screen.RowText(1).TrimEnd());
    }

    [Fact]
    public void Run_ends_on_Ctrl_C_and_restores_the_terminal()
    {
        _terminal.Type("abc");
        _terminal.Press(ConsoleKey.C, ConsoleModifiers.Control);

        _loop.Run();

        Assert.Equal("abc", _screen.Field.Text);
        Assert.False(_terminal.Screen.AlternateScreen);
        Assert.True(_terminal.Screen.CursorVisible);
    }

    [Fact]
    public void Run_restores_the_terminal_when_a_handler_throws()
    {
        _screen.Field.Rejected = message => throw new InvalidOperationException(message);
        _screen.Field.MaxCells = 1;
        _terminal.Type("ab");

        Assert.Throws<InvalidOperationException>(() => _loop.Run());

        Assert.False(_terminal.Screen.AlternateScreen);
        Assert.False(_terminal.Screen.BracketedPaste);
    }

    [Fact]
    public void Run_ends_when_cancelled_from_another_thread()
    {
        using var cancel = new CancellationTokenSource();
        _loop.FrameRendered += (_, _) => cancel.Cancel();

        _loop.Run(cancel.Token);

        Assert.False(_terminal.Screen.AlternateScreen);
    }

    [Fact]
    public void Each_frame_reports_its_bytes_and_time()
    {
        var frames = new List<int>();
        _loop.FrameRendered += (_, frame) => frames.Add(frame.BytesWritten);
        _loop.RunUntilIdle();

        _terminal.Type("x");
        _loop.RunUntilIdle();

        Assert.Equal(2, frames.Count);
        Assert.True(frames[1] is > 0 and < 60, $"{frames[1]} bytes for one keystroke");
    }

    public void Dispose()
    {
        _loop.Dispose();
        _terminal.Dispose();
    }
}
