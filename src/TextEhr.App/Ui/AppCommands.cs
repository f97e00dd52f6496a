using TextEhr.Tui.Commands;

namespace TextEhr.App.Ui;

/// <summary>The product's commands beyond the terminal layer's standard ones (F1 help … F12 confirm).</summary>
public static class AppCommands
{
    public static CommandId EditPatient { get; } = new("EditPatient");

    public static CommandId Problems { get; } = new("Problems");

    public static CommandId Labs { get; } = new("Labs");

    public static CommandId History { get; } = new("History");

    public static CommandId Amend { get; } = new("Amend");

    public static CommandId Settings { get; } = new("Settings");

    public static CommandId Lock { get; } = new("Lock");

    public static CommandId Backup { get; } = new("Backup");
}
