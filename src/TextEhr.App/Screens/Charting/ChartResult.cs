using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>What an action of the chart came to: the status line's message, how serious, and the box to go to.</summary>
/// <param name="Message">Japanese, for the status line.</param>
/// <param name="Kind">Info, warning or error.</param>
/// <param name="Field">The box the message is about, or null.</param>
public sealed record ChartResult(string Message, StatusKind Kind = StatusKind.Info, EntryField? Field = null)
{
    public bool IsError => Kind == StatusKind.Error;

    public static ChartResult Error(string message, EntryField? field = null) => new(message, StatusKind.Error, field);

    public static ChartResult Warning(string message, EntryField? field = null) => new(message, StatusKind.Warning, field);
}
