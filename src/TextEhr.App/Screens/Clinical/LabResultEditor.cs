using TextEhr.App.Output;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Labs;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Clinical;

/// <summary>
/// The result form: 項目, 値, 単位, 基準値下限, 基準値上限, 採取日. Typing a common item's number or name
/// fills its unit and range when the doctor leaves the box, unless those were typed already. For a
/// correction the form starts with the old row's values.
/// </summary>
public sealed class LabResultEditor : ILabEditor
{
    private readonly LabViewModel _model;
    private readonly Label _heading;
    private readonly Form _form = new();
    private readonly string _initial;

    public LabResultEditor(LabViewModel model, LabResult? target = null, LabOrder? order = null, string? orderItem = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        Target = target;
        Order = order;
        _heading = new Label(target is null ? LabMessages.NewHeading : LabMessages.CorrectHeading);
        Collected = new DateField(ClinicalDates.Parser(model.CheckCollected), JapaneseDateFormatter.FormatWareki, boxWidth: 14)
        {
            Text = JapaneseDateFormatter.FormatShort(target?.CollectedOn ?? order?.OrderedOn ?? model.Today),
        };
        Item.Left = FillDefaults;
        if (target is not null)
        {
            Item.Text = target.ItemName;
            Value.Text = target.Value;
            Unit.Text = target.Unit;
            Low.Text = Number(target.ReferenceLow);
            High.Text = Number(target.ReferenceHigh);
        }
        else if (orderItem is not null)
        {
            Item.Text = orderItem;
            FillDefaults();
        }

        _form.Add("項目", Item, width: 20);
        _form.Add("値", Value, width: 12);
        _form.Add("単位", Unit, width: 14);
        _form.Add("基準値下限", Low, width: 10);
        _form.Add("基準値上限", High, width: 10);
        _form.Add("採取日", Collected);
        Focus = new FocusRing([Item, Value, Unit, Low, High, Collected]);
        if (target is not null || orderItem is not null)
        {
            // The item is known: start where the doctor types the number.
            Focus.Focus(Value);
        }

        _initial = Snapshot();
    }

    /// <summary>The result being corrected; null for a new one.</summary>
    public LabResult? Target { get; }

    /// <summary>The order a new result answers, if any.</summary>
    public LabOrder? Order { get; }

    public CheckedField Item { get; } = new(LabViewModel.CheckItem) { Box = { MaxCells = 30 } };

    public CheckedField Value { get; } = new(LabViewModel.CheckValue) { Box = { MaxCells = 20 } };

    public CheckedField Unit { get; } = new(_ => null) { Box = { MaxCells = 16 } };

    public CheckedField Low { get; } = new(LabViewModel.CheckBound) { Box = { MaxCells = 8 } };

    public CheckedField High { get; } = new(LabViewModel.CheckBound) { Box = { MaxCells = 8 } };

    public DateField Collected { get; }

    public FocusRing Focus { get; }

    public int Height => _form.ContentHeight + 1;

    public bool IsDirty => !string.Equals(Snapshot(), _initial, StringComparison.Ordinal);

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

    public ClinicalOutcome Save()
    {
        var draft = new LabResultDraft(Item.Text, Value.Text, Unit.Text, Low.Text, High.Text, Collected.Text);
        return Target is null ? _model.AddResult(draft, Order?.Id) : _model.Correct(Target, draft);
    }

    private static string Number(decimal? value) => value is { } v ? DisplayText.Number(v) : string.Empty;

    private void FillDefaults()
    {
        if (_model.Defaults(Item.Text) is not { } defaults)
        {
            return;
        }

        Item.Text = LabViewModel.ItemName(Item.Text);
        if (Unit.Text.Length == 0 && Low.Text.Length == 0 && High.Text.Length == 0)
        {
            Unit.Text = defaults.Unit;
            Low.Text = Number(defaults.Low);
            High.Text = Number(defaults.High);
        }
    }

    private string Snapshot() => string.Join(
        '\u001f',
        Item.Text,
        Value.Text,
        Unit.Text,
        Low.Text,
        High.Text,
        Collected.Text);
}
