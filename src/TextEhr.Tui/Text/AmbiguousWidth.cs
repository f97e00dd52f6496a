namespace TextEhr.Tui.Text;

/// <summary>
/// How a terminal draws East Asian Ambiguous characters (① ※ ─ ○ α …). tmux and Windows Terminal
/// draw them in one cell; Windows conhost with a Japanese font draws them in two.
/// </summary>
public enum AmbiguousWidth
{
    /// <summary>One cell, as in tmux, xterm and Windows Terminal.</summary>
    Narrow,

    /// <summary>Two cells, as in conhost with ＭＳ ゴシック or BIZ UDゴシック.</summary>
    Wide,
}
