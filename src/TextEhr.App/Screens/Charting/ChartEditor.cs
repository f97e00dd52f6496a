using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.Domain.Dates;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// Today's page as boxes, in the order of a paper 2号用紙: 受診日, S, O, vitals (BMI shown as 身長 and
/// 体重 are typed), A, P and the Rp list. Shared by the chart and the amend screen; it lays out and
/// reads and writes <see cref="EntryFields"/>, and the screens decide what the keys do.
/// </summary>
public sealed class ChartEditor : View
{
    private const int NoteCells = 8000;
    private readonly InlineFields _pressureRow = new();
    private readonly InlineFields _bodyRow = new();
    private Form _form = new();
    private bool _outOfHouse = true;

    public ChartEditor(Func<DateOnly> today)
    {
        ArgumentNullException.ThrowIfNull(today);
        VisitDate = new DateField(text => Read(DateInput.ParseNotAfter(text, today())), JapaneseDateFormatter.FormatWareki, boxWidth: 12);
        BloodPressure = Checked(EntryField.BloodPressure, today, 7);
        Pulse = Checked(EntryField.Pulse, today, 3);
        Temperature = Checked(EntryField.Temperature, today, 4);
        SpO2 = Checked(EntryField.SpO2, today, 3);
        Height = Checked(EntryField.Height, today, 5);
        Weight = Checked(EntryField.Weight, today, 5);
        _pressureRow.Add("血圧", BloodPressure, 9);
        _pressureRow.Add("脈拍", Pulse, 5);
        _pressureRow.Add("体温", Temperature, 6);
        _bodyRow.Add("SpO2", SpO2, 5);
        _bodyRow.Add("身長", Height, 7);
        _bodyRow.Add("体重", Weight, 7);
        _bodyRow.Note = () => EntryParser.Bmi(Height.Text, Weight.Text) is { } bmi ? "BMI " + DisplayText.Number(bmi) : string.Empty;
        Items = [VisitDate, Subjective, Objective, BloodPressure, Pulse, Temperature, SpO2, Height, Weight, Assessment, Plan, Prescriptions];
    }

    public DateField VisitDate { get; }

    public TextArea Subjective { get; } = new() { MaxCells = NoteCells };

    public TextArea Objective { get; } = new() { MaxCells = NoteCells };

    public CheckedField BloodPressure { get; }

    public CheckedField Pulse { get; }

    public CheckedField Temperature { get; }

    public CheckedField SpO2 { get; }

    public CheckedField Height { get; }

    public CheckedField Weight { get; }

    public TextArea Assessment { get; } = new() { MaxCells = NoteCells };

    public TextArea Plan { get; } = new() { MaxCells = NoteCells };

    public RpList Prescriptions { get; } = new();

    /// <summary>The boxes in focus order.</summary>
    public IReadOnlyList<IFocusable> Items { get; }

    /// <summary>The BMI as shown, or empty.</summary>
    public string BmiText => _bodyRow.Note?.Invoke() ?? string.Empty;

    /// <summary>The page as typed now.</summary>
    public EntryFields Read() => new()
    {
        VisitDate = VisitDate.Text,
        Subjective = Subjective.Text,
        Objective = Objective.Text,
        BloodPressure = BloodPressure.Text,
        Pulse = Pulse.Text,
        Temperature = Temperature.Text,
        SpO2 = SpO2.Text,
        Height = Height.Text,
        Weight = Weight.Text,
        Assessment = Assessment.Text,
        Plan = Plan.Text,
        Groups = Prescriptions.Groups,
        IsOutOfHouse = _outOfHouse,
    };

    /// <summary>Shows a page (a reloaded draft, a Do, a fresh page); the boxes' carets go to their ends.</summary>
    public void Write(EntryFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        SetIfChanged(VisitDate, fields.VisitDate);
        SetIfChanged(Subjective, fields.Subjective);
        SetIfChanged(Objective, fields.Objective);
        SetIfChanged(BloodPressure, fields.BloodPressure);
        SetIfChanged(Pulse, fields.Pulse);
        SetIfChanged(Temperature, fields.Temperature);
        SetIfChanged(SpO2, fields.SpO2);
        SetIfChanged(Height, fields.Height);
        SetIfChanged(Weight, fields.Weight);
        SetIfChanged(Assessment, fields.Assessment);
        SetIfChanged(Plan, fields.Plan);
        Prescriptions.Groups = fields.Groups;
        _outOfHouse = fields.IsOutOfHouse;
        VisitDate.Validate();
    }

    /// <summary>The box a problem is about.</summary>
    public IFocusable FieldFor(EntryField field) => field switch
    {
        EntryField.VisitDate => VisitDate,
        EntryField.Subjective => Subjective,
        EntryField.Objective => Objective,
        EntryField.BloodPressure => BloodPressure,
        EntryField.Pulse => Pulse,
        EntryField.Temperature => Temperature,
        EntryField.SpO2 => SpO2,
        EntryField.Height => Height,
        EntryField.Weight => Weight,
        EntryField.Assessment => Assessment,
        EntryField.Plan => Plan,
        _ => Prescriptions,
    };

    /// <summary>Builds the rows for the room there is: S and O get most of any extra height, then A and P.</summary>
    public void Layout(Rect area)
    {
        Bounds = area;
        var rp = Math.Clamp(area.Height - 13, 3, 6);
        var extra = Math.Max(area.Height - 13 - rp, 0);
        var s = 3 + (extra * 3 / 10);
        var o = 3 + (extra * 3 / 10);
        var a = 2 + (extra / 5);
        var p = 2 + (extra / 5);
        rp += extra - (s - 3) - (o - 3) - (a - 2) - (p - 2);
        _form = new Form { CaptionWidth = 7 };
        _form.Add(ChartMessages.FieldName(EntryField.VisitDate), VisitDate);
        _form.Add("S 主訴", Subjective, s);
        _form.Add("O 所見", Objective, o);
        _form.Add("VS", _pressureRow);
        _form.Add(string.Empty, _bodyRow);
        _form.Add("A 評価", Assessment, a);
        _form.Add("P 計画", Plan, p);
        _form.Add("処方", Prescriptions, rp);
        _form.Bounds = area;
    }

    public override void Draw(ScreenBuffer screen, Theme theme) => _form.Draw(screen, theme);

    private static (DateOnly? Value, string? Error) Read(Domain.Validation.ParseResult<DateOnly> parsed) =>
        parsed.IsSuccess ? (parsed.Value, null) : (null, parsed.Error);

    private static CheckedField Checked(EntryField field, Func<DateOnly> today, int cells) =>
        new(text => EntryParser.Check(field, text, today()) is { } error ? ChartMessages.FieldName(field) + ": " + error : null, cells) { MarksError = true };

    private static void SetIfChanged(DateField field, string text)
    {
        if (!string.Equals(field.Text, text, StringComparison.Ordinal))
        {
            field.Text = text;
        }
    }

    private static void SetIfChanged(TextArea field, string text)
    {
        if (!string.Equals(field.Text, text, StringComparison.Ordinal))
        {
            field.Text = text;
        }
    }

    private static void SetIfChanged(CheckedField field, string text)
    {
        if (!string.Equals(field.Text, text, StringComparison.Ordinal))
        {
            field.Text = text;
        }
    }
}
