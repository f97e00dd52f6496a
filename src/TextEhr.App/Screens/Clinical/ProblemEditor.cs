using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Clinical;

/// <summary>
/// The form under the problem table: a new problem (傷病名, ICD-10, 疑い, 主病名, 開始日) or a change of
/// one (転帰, 転帰日, 主病名, 疑い). It keeps what was typed until it is saved or thrown away.
/// </summary>
public sealed class ProblemEditor
{
    private readonly ProblemListViewModel _model;
    private readonly Label _heading;
    private readonly Form _form = new();
    private readonly string _initial;

    private ProblemEditor(ProblemListViewModel model, Problem? target)
    {
        _model = model;
        Target = target;
        _heading = new Label(target is null ? ProblemMessages.NewHeading : ProblemMessages.ReviseHeading);
        Onset = new DateField(ClinicalDates.Parser(model.CheckOnset), JapaneseDateFormatter.FormatWareki, boxWidth: 14)
        {
            Text = JapaneseDateFormatter.FormatShort(model.Today),
        };
        OutcomeDate = new DateField(
            ClinicalDates.Parser(text => model.CheckOutcomeDate(SelectedOutcome, text, Target?.OnsetDate ?? DateOnly.MinValue)),
            JapaneseDateFormatter.FormatWareki,
            boxWidth: 14);
        Outcome.Changed = OutcomeChanged;
        List<IFocusable> order;
        if (target is null)
        {
            _form.Add("傷病名", Name, width: 34);
            _form.Add("ICD-10", Icd10, width: 10);
            _form.Add("疑い", Suspected);
            _form.Add("主病名", Primary);
            _form.Add("開始日", Onset);
            order = [Name, Icd10, Suspected, Primary, Onset];
        }
        else
        {
            Outcome.SelectedIndex = Math.Max(ProblemListViewModel.Outcomes.ToList().IndexOf(target.Outcome), 0);
            OutcomeDate.Text = target.OutcomeDate is { } ended ? JapaneseDateFormatter.FormatShort(ended) : string.Empty;
            OutcomeDate.IsEnabled = target.Outcome != ProblemOutcome.Continuing;
            Primary.Checked = target.IsPrimary;
            Suspected.Checked = target.IsSuspected;
            _form.Add("傷病名", new Label(target.DisplayName, VisualRole.Normal));
            _form.Add("転帰", Outcome);
            _form.Add("転帰日", OutcomeDate);
            _form.Add("主病名", Primary);
            _form.Add("疑い", Suspected);
            order = [Outcome, OutcomeDate, Primary, Suspected];
        }

        Focus = new FocusRing(order);
        _initial = Snapshot();
    }

    /// <summary>The problem being changed; null for a new one.</summary>
    public Problem? Target { get; }

    public CheckedField Name { get; } = new(ProblemListViewModel.CheckName) { Box = { MaxCells = 60 } };

    public CheckedField Icd10 { get; } = new(ProblemListViewModel.CheckIcd10) { Box = { MaxCells = 8 } };

    public CheckBox Suspected { get; } = new("「の疑い」を付ける (Space)");

    public CheckBox Primary { get; } = new("主病名にする (Space)");

    public DateField Onset { get; }

    public Choice Outcome { get; } = new([.. ProblemListViewModel.Outcomes.Select(Output.DisplayText.Of)]);

    public DateField OutcomeDate { get; }

    public FocusRing Focus { get; }

    /// <summary>Rows the editor needs: its heading and its boxes.</summary>
    public int Height => _form.ContentHeight + 1;

    public bool IsDirty => !string.Equals(Snapshot(), _initial, StringComparison.Ordinal);

    private ProblemOutcome SelectedOutcome => ProblemListViewModel.Outcomes[Math.Max(Outcome.SelectedIndex, 0)];

    public static ProblemEditor ForNew(ProblemListViewModel model) => new(model, null);

    public static ProblemEditor ForRevision(ProblemListViewModel model, Problem problem) => new(model, problem);

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

    /// <summary>Stores the form; on success the screen closes the editor, on refusal everything typed stays.</summary>
    public ClinicalOutcome Save() => Target is null
        ? _model.Add(new ProblemDraft(Name.Text, Icd10.Text, Suspected.Checked, Primary.Checked, Onset.Text))
        : _model.Revise(Target, new ProblemRevision(SelectedOutcome, OutcomeDate.Text, Primary.Checked, Suspected.Checked));

    private void OutcomeChanged()
    {
        var ended = SelectedOutcome != ProblemOutcome.Continuing;
        OutcomeDate.IsEnabled = ended;
        if (ended && OutcomeDate.Text.Length == 0)
        {
            // The day the doctor records an outcome is nearly always the day it happened.
            OutcomeDate.Text = JapaneseDateFormatter.FormatShort(_model.Today);
        }
        else if (!ended)
        {
            OutcomeDate.Text = string.Empty;
        }
    }

    private string Snapshot() => string.Join(
        '\u001f',
        Name.Text,
        Icd10.Text,
        Suspected.Checked ? "1" : "0",
        Primary.Checked ? "1" : "0",
        Onset.Text,
        Outcome.SelectedIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
        OutcomeDate.Text);
}
