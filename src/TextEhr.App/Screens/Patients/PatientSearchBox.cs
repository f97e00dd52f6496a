using TextEhr.Tui.Input;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Patients;

/// <summary>
/// The search box and its result table as one focus: typing goes to the box, ↑ ↓ PageUp PageDown move
/// in the table, so a doctor never has to Tab between them.
/// </summary>
public sealed class PatientSearchBox(TextField box, TableView table) : IFocusable
{
    public bool HasFocus
    {
        get => box.HasFocus;
        set
        {
            box.HasFocus = value;
            table.HasFocus = value;
        }
    }

    public bool IsEnabled => box.IsEnabled;

    public Point? Caret => box.Caret;

    public HandleResult Handle(InputEvent input) =>
        input is KeyEvent { Key: ConsoleKey.UpArrow or ConsoleKey.DownArrow or ConsoleKey.PageUp or ConsoleKey.PageDown }
            ? table.Handle(input)
            : box.Handle(input);
}
