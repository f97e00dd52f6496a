using TextEhr.Tui.Rendering;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Testing;
using TextEhr.Tui.Tests.Support;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Tests.Rendering;

public sealed class DiffRendererEmulatorTests
{
    [Theory]
    [InlineData(1, 80, 24, AmbiguousWidth.Narrow)]
    [InlineData(2, 80, 24, AmbiguousWidth.Narrow)]
    [InlineData(3, 13, 5, AmbiguousWidth.Narrow)]
    [InlineData(4, 7, 3, AmbiguousWidth.Narrow)]
    [InlineData(5, 40, 10, AmbiguousWidth.Wide)]
    public void After_every_random_frame_the_terminal_shows_the_model(int seed, int width, int height, AmbiguousWidth ambiguous)
    {
        var frames = new RandomFrames(seed);
        var terminal = new VtEmulator(width, height, ambiguous);
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(width, height, ambiguous);

        for (var i = 0; i < 150; i++)
        {
            frames.Mutate(frame);
            if (frames.OneIn(40))
            {
                renderer.FullRepaint();
            }

            terminal.Feed(renderer.Render(frame));

            AssertShows(frame, terminal, $"seed {seed}, frame {i}:");
            Assert.True(renderer.Render(frame).IsEmpty, $"seed {seed}, frame {i}: an unchanged frame wrote bytes");
        }
    }

    [Fact]
    public void After_random_resizes_the_terminal_shows_the_model()
    {
        var frames = new RandomFrames(6);
        var terminal = new VtEmulator(80, 24);
        var renderer = new DiffRenderer();
        var frame = new ScreenBuffer(80, 24);

        for (var i = 0; i < 200; i++)
        {
            if (frames.OneIn(20))
            {
                // The window changes size: a real terminal's content is then unknown, so the emulator starts blank.
                frame = new ScreenBuffer(frames.Next(1, 121), frames.Next(1, 41));
                terminal.Resize(frame.Width, frame.Height);
            }

            frames.Mutate(frame);
            terminal.Feed(renderer.Render(frame));

            AssertShows(frame, terminal, $"frame {i} at {frame.Width}×{frame.Height}:");
        }
    }

    private static void AssertShows(ScreenBuffer frame, VtEmulator terminal, string context)
    {
        ScreenAssert.SameCells(frame, terminal, context);
        Assert.Equal(frame.Caret is not null, terminal.CursorVisible);
        if (frame.Caret is { } caret)
        {
            Assert.Equal(new Point(Math.Clamp(caret.X, 0, frame.Width - 1), Math.Clamp(caret.Y, 0, frame.Height - 1)), terminal.Cursor);
        }
    }
}
