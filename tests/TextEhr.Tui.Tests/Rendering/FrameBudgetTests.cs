using TextEhr.Tui.Rendering;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Terminals;
using TextEhr.Tui.Tests.Support;
using Xunit.Abstractions;

namespace TextEhr.Tui.Tests.Rendering;

public sealed class FrameBudgetTests(ITestOutputHelper output)
{
    [Fact]
    public void A_keystroke_frame_writes_far_fewer_bytes_than_a_full_frame_in_one_write()
    {
        // Given a full 80×24 form on a paper theme, where every cell has a background to paint
        using var terminal = new VirtualTerminal();
        var renderer = new DiffRenderer();
        var frame = SampleForm.Draw(new ScreenBuffer(80, 24));
        terminal.Write(renderer.Render(frame));
        var fullFrame = terminal.Written.Count;
        terminal.ClearWritten();

        // When one character is typed into the name field
        frame.Write(22, 3, "郎", SampleForm.Field);
        frame.Caret = new Point(24, 3);
        terminal.Write(renderer.Render(frame));
        var keystroke = terminal.Written.Count;
        var writes = terminal.WriteCount;
        terminal.ClearWritten();

        // And nothing changes in the next frame
        terminal.Write(renderer.Render(frame));

        // Then
        output.WriteLine($"full 80×24 frame: {fullFrame} bytes; one-cell keystroke frame: {keystroke} bytes");
        Assert.Equal(1, writes);
        Assert.True(keystroke <= 40, $"{keystroke} bytes for one cell");
        Assert.True(keystroke * 40 < fullFrame, $"{keystroke} bytes against {fullFrame}");
        Assert.Empty(terminal.Written);
        ScreenAssert.SameCells(frame, terminal.Screen);
    }

    [Fact]
    public void A_blank_default_screen_costs_only_the_clear()
    {
        var renderer = new DiffRenderer();

        var bytes = renderer.Render(new ScreenBuffer(80, 24)).Length;

        Assert.True(bytes < 40, $"{bytes} bytes");
    }
}
