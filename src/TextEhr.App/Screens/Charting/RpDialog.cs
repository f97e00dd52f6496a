using System.Globalization;
using TextEhr.App.Output;
using TextEhr.App.Ui;
using TextEhr.Domain.Prescriptions;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// F2 on the chart: one Rp in a box over the page. 薬剤名, 1回量, 単位, 用法 (↑ ↓ for the common ones,
/// or typed), 日数 (回数 for 頓用). F2 keeps the drug and takes another with the same 用法; Enter on the
/// last box or F12 adds the Rp; Esc leaves without adding.
/// </summary>
public sealed class RpDialog : IScreen
{
    private readonly Action<PrescriptionGroup> _added;
    private readonly RpDialogModel _model = new();
    private readonly Frame _frame = new() { Title = ChartMessages.RpTitle };
    private readonly Label _drugs = new(string.Empty, VisualRole.Normal);
    private readonly Form _form = new() { CaptionWidth = 10 };
    private readonly StatusLine _status = new();
    private readonly FocusRing _focus;
    private Rect _area;

    public RpDialog(Action<PrescriptionGroup> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        _added = added;
        Dose = new CheckedField(text => text.Trim().Length == 0 ? null : RpDialogModel.CheckDrug(new RpTyped("-", text, "-", "-", "1"))?.Message, 6) { MarksError = true };
        Duration = new CheckedField(text => RpDialogModel.CheckDuration(text, Usage.Text), 6) { MarksError = true };
        _form.Add("薬剤名", DrugName);
        _form.Add("1回量", Dose, width: 8);
        _form.Add("単位", Unit, width: 10);
        _form.Add("用法", Usage);
        _form.Add("日数/回数", Duration, width: 8);
        _focus = new FocusRing([DrugName, Dose, Unit, Usage, Duration]);
        Keys = AppKeys.Map(
            "prescription",
            StandardKeys.Help,
            StandardKeys.New with { Label = "次の薬", Help = "この薬を入れて、同じ用法の次の薬を入力します。" },
            StandardKeys.Confirm with { Label = "決定", Help = "この Rp を今日の処方に加えます。" },
            StandardKeys.Back with { Label = "取消", Help = "加えずに閉じます。" },
            StandardKeys.NextField,
            StandardKeys.PreviousField);
        _status.Show("Enter で次の欄。最後の欄で Enter を押すと追加します。");
    }

    public TextField DrugName { get; } = new() { MaxCells = 60 };

    public CheckedField Dose { get; }

    public TextField Unit { get; } = new() { Text = "錠", MaxCells = 10 };

    public UsageField Usage { get; } = new() { Text = UsageField.Common[0] };

    public CheckedField Duration { get; }

    public KeyMap Keys { get; }

    public IFocusable? Focused => _focus.Current;

    public StatusLine Status => _status;

    public void Layout(Rect area)
    {
        _area = area;
        var width = Math.Min(area.Width, 66);
        var height = Math.Min(area.Height, 9 + Math.Min(_model.Items.Count, 4));
        _frame.Bounds = new Rect(area.X + ((area.Width - width) / 2), area.Y + ((area.Height - height) / 2), width, height);
        var inner = _frame.Inner with { X = _frame.Inner.X + 1, Width = Math.Max(_frame.Inner.Width - 2, 0) };
        var listed = Math.Min(_model.Items.Count, 4);
        _drugs.Bounds = inner with { Height = listed };
        _form.Bounds = inner with { Y = inner.Y + listed, Height = Math.Min(5, Math.Max(inner.Height - listed - 1, 0)) };
        _status.Bounds = inner with { Y = inner.Bottom - 1, Height = 1 };
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        _frame.Draw(screen, theme);
        _drugs.Text = string.Join('\n', _model.Items.Select((item, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}) {item.DrugName} {DisplayText.Number(item.Dose)}{item.Unit}")));
        _drugs.Draw(screen, theme);
        _form.Draw(screen, theme);
        _status.Draw(screen, theme);
    }

    public HandleResult Execute(CommandId command)
    {
        if (command == StandardCommands.NextField)
        {
            if (_focus.Current == Duration)
            {
                return Finish();
            }

            Show(_focus.Next());
        }
        else if (command == StandardCommands.PreviousField)
        {
            Show(_focus.Previous());
        }
        else if (command == StandardCommands.New)
        {
            NextDrug();
        }
        else if (command == StandardCommands.Confirm)
        {
            return Finish();
        }
        else if (command == StandardCommands.Back)
        {
            return HandleResult.Close;
        }
        else
        {
            return HandleResult.Ignored;
        }

        return HandleResult.Redraw;
    }

    private RpTyped Typed() => new(DrugName.Text, Dose.Text, Unit.Text, Usage.Text, Duration.Text);

    private void NextDrug()
    {
        if (_model.AddDrug(Typed()) is { } problem)
        {
            Fail(problem.Box, problem.Message);
            return;
        }

        DrugName.Text = string.Empty;
        Dose.Text = string.Empty;
        _focus.Focus(DrugName);
        _status.Show(ChartMessages.DrugAdded(_model.Items.Count));
        Layout(_area);
    }

    private HandleResult Finish()
    {
        var (group, box, message) = _model.Build(Typed());
        if (group is null)
        {
            Fail(box, message!);
            return HandleResult.Redraw;
        }

        _added(group);
        return HandleResult.Close;
    }

    private void Fail(RpBox box, string message)
    {
        _status.Show(message, StatusKind.Error);
        IFocusable field = box switch
        {
            RpBox.DrugName => DrugName,
            RpBox.Dose => Dose,
            RpBox.Unit => Unit,
            RpBox.Usage => Usage,
            _ => Duration,
        };
        _focus.Focus(field);
    }

    private void Show(string? error)
    {
        if (error is not null)
        {
            _status.Show(error, StatusKind.Error);
        }
    }
}
