using System.Diagnostics;
using System.Globalization;
using TextEhr.EndToEnd.Tests.Support;
using TextEhr.Tui;
using TextEhr.Tui.Text;

namespace TextEhr.EndToEnd.Tests;

/// <summary>
/// <c>textehr gallery</c> in a real terminal (tmux, 80×24): after every step <c>capture-pane</c> equals
/// the app's own model of the screen, the cursor sits at the caret (where the IME draws), and however the
/// program ends the terminal is back in its normal state. After a window has grown, only the terminal's
/// flags are asserted, never its screen (tmux 3.3a leaks alternate-screen text then; shared/notes/TUI.md §4.8).
/// </summary>
public sealed class GalleryInTmuxTests
{
    private const string TypedName = "山田 𠮷郎";
    private const string TypedKana = "ﾔﾏﾀﾞ";
    // Lands after the sample note's last line, so the first line wraps; the others must show whole.
    private const string PastedNote = "紹介元 𠮷田内科\n血圧 128/76\n葛󠄀根湯 3日分";

    [Theory]
    [InlineData("xterm-256color")]
    [InlineData("linux")]
    public void Every_step_shows_what_the_app_drew_and_Ctrl_C_leaves_the_terminal_as_it_was(string term)
    {
        using var gallery = new TextehrInTmux(term, ["gallery"]);
        var tmux = gallery.Tmux;
        gallery.WaitForFirstFrame("氏名");

        gallery.Step("type 氏名", () => tmux.Type(TypedName), dump => dump.Contains("[" + TypedName, StringComparison.Ordinal) && CaretAfter(tmux, dump, "[" + TypedName));
        gallery.Step("Tab to カナ", () => tmux.Press("Tab"), dump => CaretRow(tmux) == ScreenText.RowOf(dump, " カナ "));
        gallery.Step("type カナ", () => tmux.Type(TypedKana), dump => dump.Contains("[" + TypedKana, StringComparison.Ordinal) && CaretAfter(tmux, dump, "[" + TypedKana));
        gallery.Step("Shift+Tab back to 氏名", () => tmux.Press("BTab"), dump => CaretAfter(tmux, dump, "[" + TypedName));
        gallery.Step("F1 help", () => tmux.Press("F1"), dump => dump.Contains(TuiMessages.HelpFooter, StringComparison.Ordinal));
        gallery.Step("Esc closes help", () => tmux.Press("Escape"), dump => !dump.Contains(TuiMessages.HelpFooter, StringComparison.Ordinal));
        gallery.Step("F2 message box", () => tmux.Press("F2"), dump => dump.Contains("新しい患者を登録しますか", StringComparison.Ordinal));
        gallery.Step("Esc cancels it", () => tmux.Press("Escape"), dump => dump.Contains("取り消しました。", StringComparison.Ordinal));
        gallery.Step("Shift+Tab wraps to メモ", () => tmux.Press("BTab"), dump => CaretRow(tmux) > ScreenText.RowOf(dump, "メモ"));
        gallery.Step("paste a block", () => tmux.Paste(PastedNote), dump => PastedNote.Split('\n').Skip(1).All(line => dump.Contains(line, StringComparison.Ordinal)));
        gallery.Step("grow to 120×40", () => tmux.Resize(120, 40), _ => RowsInDump(gallery) == 40 && tmux.DisplayNumber("#{pane_width}") == 120);
        gallery.Step("back to 80×24", () => tmux.Resize(80, 24), _ => RowsInDump(gallery) == 24 && tmux.DisplayNumber("#{pane_width}") == 80);

        tmux.Press("C-c");
        gallery.WaitForExit();

        AssertRestored(tmux);
        Assert.Equal(0, gallery.ExitCode);
    }

    [Theory]
    [InlineData("TERM", 15)]
    [InlineData("HUP", 1)]
    public void A_termination_signal_still_leaves_the_terminal_as_it_was(string signal, int number)
    {
        using var gallery = new TextehrInTmux("xterm-256color", ["gallery"]);
        var tmux = gallery.Tmux;
        gallery.WaitForFirstFrame("氏名");
        gallery.Step("type 氏名", () => tmux.Type(TypedName), dump => dump.Contains("[" + TypedName, StringComparison.Ordinal));
        Assert.Equal(1, tmux.DisplayNumber("#{alternate_on}"));

        Kill(signal, gallery.ProgramPid);
        gallery.WaitForExit();

        AssertRestored(tmux);
        Assert.Equal(128 + number, gallery.ExitCode);
    }

    /// <summary>Main screen, cursor shown, cursor-key and keypad modes off: a shell prompt works normally again.</summary>
    private static void AssertRestored(TmuxServer tmux)
    {
        Assert.Equal("alternate_on=0 cursor_flag=1 keypad_cursor_flag=0 keypad_flag=0", tmux.Display("alternate_on=#{alternate_on} cursor_flag=#{cursor_flag} keypad_cursor_flag=#{keypad_cursor_flag} keypad_flag=#{keypad_flag}"));
    }

    private static int CaretRow(TmuxServer tmux) => tmux.DisplayNumber("#{cursor_y}");

    /// <summary>The terminal's cursor is shown right after <paramref name="text"/> on its row: the caret, where the IME draws.</summary>
    private static bool CaretAfter(TmuxServer tmux, string dump, string text)
    {
        var row = ScreenText.RowOf(dump, text);
        if (row < 0)
        {
            return false;
        }

        var line = dump.Split('\n')[row];
        var column = CellWidth.Of(line[..(line.IndexOf(text, StringComparison.Ordinal) + text.Length)]);
        var cursor = tmux.Display("#{cursor_x},#{cursor_y},#{cursor_flag}");
        return string.Equals(cursor, string.Create(CultureInfo.InvariantCulture, $"{column},{row},1"), StringComparison.Ordinal);
    }

    private static int RowsInDump(TextehrInTmux gallery) => gallery.Dump?.Split('\n').Length ?? 0;

    private static void Kill(string signal, int pid)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }
}
