using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Clinical;

/// <summary>A form the lab screen opens below its tables: a result, a correction or an order.</summary>
public interface ILabEditor
{
    FocusRing Focus { get; }

    /// <summary>Rows the form needs, its heading included.</summary>
    int Height { get; }

    /// <summary>Whether anything differs from how the form opened (Esc then asks).</summary>
    bool IsDirty { get; }

    string Heading { get; }

    void Layout(Rect area);

    void Draw(ScreenBuffer screen, Theme theme);

    /// <summary>Stores the form; on refusal everything typed stays.</summary>
    ClinicalOutcome Save();
}
