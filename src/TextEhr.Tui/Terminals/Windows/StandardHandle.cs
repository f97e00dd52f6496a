namespace TextEhr.Tui.Terminals.Windows;

/// <summary>The <c>GetStdHandle</c> selectors this layer uses.</summary>
internal enum StandardHandle
{
    Input = -10,
    Output = -11,
}
