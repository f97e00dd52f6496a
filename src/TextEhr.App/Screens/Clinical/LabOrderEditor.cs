using TextEhr.Domain.Dates;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Clinical;

/// <summary>The order form: the items, by number or name separated by spaces (<c>1 3 LDL-C</c>), and the day.</summary>
public sealed class LabOrderEditor : ILabEditor
{
    private readonly LabViewModel _model;
    private readonly Label _heading = new(LabMessages.OrderHeading);
    private readonly Form _form = new();
    private readonly string _initialDate;

    public LabOrderEditor(LabViewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _initialDate = JapaneseDateFormatter.FormatShort(model.Today);
        OrderedOn = new DateField(ClinicalDates.Parser(model.CheckOrderDate), JapaneseDateFormatter.FormatWareki, boxWidth: 14)
        {
            Text = _initialDate,
        };
        _form.Add("項目", Items, width: 40);
        _form.Add("依頼日", OrderedOn);
        Focus = new FocusRing([Items, OrderedOn]);
    }

    public CheckedField Items { get; } = new(LabViewModel.CheckOrderItems) { Box = { MaxCells = 120 } };

    public DateField OrderedOn { get; }

    public FocusRing Focus { get; }

    public int Height => _form.ContentHeight + 1;

    public bool IsDirty => Items.Text.Length > 0 || !string.Equals(OrderedOn.Text, _initialDate, StringComparison.Ordinal);

    public string Heading => _heading.Text;

    public void Layout(Rect area)
    {
        _heading.Bounds = area with { Height = Math.Min(area.Height, 1) };
        _form.Bounds = area with { Y = area.Y + 1, Height = Math.Max(area.Height - 1, 0) };
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        _heading.Draw(screen, theme);
        _form.Draw(screen, theme);
    }

    public ClinicalOutcome Save() => _model.Order(Items.Text, OrderedOn.Text);
}
