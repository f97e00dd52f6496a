using TextEhr.App.Hosting;
using TextEhr.App.Ui;
using TextEhr.Domain.Clinical;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// The カルテ (2号用紙): the patient banner with allergies in the warning colour; past visits on the
/// left (newest first) with the chosen one's page below; today's page on the right. F5 Do copies the
/// last prescription, F12 confirms, F9 amends the chosen past visit, F3 moves between the two sides.
/// Typing is saved as a draft a few seconds after it stops, and Esc saves before it leaves.
/// </summary>
public sealed class ChartScreen : IScreen, IDisposable
{
    private readonly AppSession _session;
    private readonly ChartViewModel _model;
    private readonly Banner _banner = new();
    private readonly Label _details = new(string.Empty, VisualRole.Banner);
    private readonly ListView _visits = new(new VisitRows([])) { Title = ChartMessages.PastHeading };
    private readonly TextArea _page = new() { ReadOnly = true };
    private readonly Label _heading = new(ChartMessages.TodayHeading);
    private readonly ChartEditor _editor;
    private readonly FocusRing _focus;
    private WatchedFocus? _watched;
    private IFocusable? _lastOnPage;
    private long? _shownVersionId;

    public ChartScreen(AppSession session, long patientId)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _model = new ChartViewModel(session, patientId) { AutoSaved = OnAutoSaved };
        _editor = new ChartEditor(() => session.Today);
        _editor.Prescriptions.Delete = AskDeleteRp;
        _focus = new FocusRing([.. _editor.Items, _visits]);
        var loaded = _model.Load();
        _editor.Write(_model.Fields);
        ShowVisits();
        _focus.Focus(_editor.Subjective);
        Show(loaded.Message.Length > 0 ? loaded : new ChartResult(ChartMessages.SwitchedToToday));
    }

    public AppSession Session => _session;

    public ChartViewModel Model => _model;

    public ChartEditor Editor => _editor;

    public StatusLine Status { get; } = new();

    public KeyMap Keys => ChartKeys.Chart;

    public IFocusable? Focused
    {
        get
        {
            if (_focus.Current is not { } current)
            {
                return null;
            }

            if (_watched?.Inner != current)
            {
                _watched = new WatchedFocus(current, Typed);
            }

            return _watched;
        }
    }

    public void Layout(Rect area)
    {
        var body = Math.Max(area.Height - 3, 0);
        var leftWidth = area.Width >= 100 ? area.Width * 3 / 8 : Math.Min(30, area.Width / 2);
        _banner.Bounds = area with { Height = Math.Min(area.Height, 1) };
        _details.Bounds = new Rect(area.X, area.Y + 1, area.Width, Math.Min(Math.Max(area.Height - 1, 0), 1));
        var listHeight = Math.Max(body / 2, Math.Min(body, 3));
        _visits.Bounds = new Rect(area.X, area.Y + 2, leftWidth, listHeight);
        _page.Bounds = new Rect(area.X, _visits.Bounds.Bottom, leftWidth, Math.Max(body - listHeight, 0));
        var right = new Rect(area.X + leftWidth + 1, area.Y + 2, Math.Max(area.Width - leftWidth - 1, 0), body);
        _heading.Bounds = right with { Height = Math.Min(body, 1) };
        _editor.Layout(right with { Y = right.Y + 1, Height = Math.Max(body - 1, 0) });
        Status.Bounds = new Rect(area.X, area.Bottom - 1, area.Width, 1);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        _banner.Text = _model.Banner.Identity;
        _banner.Warning = _model.Banner.Warning;
        _details.Text = " " + _model.Banner.Details + ChartMessages.IssuedDocuments(_model.IssuedDocuments.Count);
        _heading.Text = Heading();
        ShowChosenPage();
        View[] views = [_banner, _details, _visits, _page, _heading, _editor, Status];
        foreach (var view in views)
        {
            view.Draw(screen, theme);
        }
    }

    public HandleResult Execute(CommandId command)
    {
        _model.Edit(_editor.Read());
        if (command == StandardCommands.NextField || command == StandardCommands.PreviousField)
        {
            ShowError(command == StandardCommands.NextField ? _focus.Next() : _focus.Previous());
        }
        else if (command == StandardCommands.New)
        {
            _session.Loop.Push(new RpDialog(group => Apply(_model.AddGroup(group))));
        }
        else if (command == StandardCommands.Search)
        {
            SwitchSide();
        }
        else if (command == StandardCommands.CopyPrevious)
        {
            CopyPrevious();
        }
        else if (command == StandardCommands.SaveDraft)
        {
            Show(_model.SaveDraft());
        }
        else if (command == StandardCommands.Confirm)
        {
            AskConfirm();
        }
        else if (command == StandardCommands.Back)
        {
            return Leave();
        }
        else if (command == StandardCommands.Quit)
        {
            SaveBeforeQuit();
            return HandleResult.Ignored;
        }
        else
        {
            return ExecuteNavigation(command);
        }

        return HandleResult.Redraw;
    }

    /// <summary>Stops the autosave countdown; the screen does so itself when it closes.</summary>
    public void Dispose() => _model.Dispose();

    private HandleResult ExecuteNavigation(CommandId command)
    {
        if (command == AppCommands.Problems)
        {
            _session.Navigator.ShowProblems(_model.PatientId, changed: Refresh);
        }
        else if (command == AppCommands.Labs)
        {
            _session.Navigator.ShowLabs(_model.PatientId, changed: Refresh);
        }
        else if (command == AppCommands.EditPatient)
        {
            _session.Navigator.EditPatient(_model.PatientId, saved: _ => Refresh());
        }
        else if (command == AppCommands.History)
        {
            if (ChosenVisit() is { } visit)
            {
                _session.Navigator.ShowHistory(visit.EntryId);
            }
            else
            {
                Show(ChartResult.Warning(ChartMessages.NoVisitSelected));
            }
        }
        else if (command == AppCommands.Amend)
        {
            Amend();
        }
        else if (command == StandardCommands.Print)
        {
            _session.Navigator.ShowDocuments(_model.PatientId, ChosenVisit()?.Id, issued: Refresh);
        }
        else
        {
            return HandleResult.Ignored;
        }

        return HandleResult.Redraw;
    }

    private void Typed()
    {
        if (_focus.Current != _visits)
        {
            _model.Edit(_editor.Read());
        }
    }

    private void Refresh()
    {
        _model.Refresh();
        ShowVisits();
    }

    /// <summary>Lists the visits again, keeping the chosen visit chosen (an amended visit stays under the cursor).</summary>
    private void ShowVisits()
    {
        var chosenEntry = ChosenVisit()?.EntryId;
        _visits.Source = new VisitRows(_model.Visits);
        var index = chosenEntry is null ? -1 : _model.Visits.ToList().FindIndex(version => version.EntryId == chosenEntry);
        if (index > 0)
        {
            _visits.SelectedIndex = index;
        }

        _shownVersionId = null;
    }

    private ChartEntryVersion? ChosenVisit() => (_visits.Rows as VisitRows)?.At(_visits.SelectedIndex);

    private void ShowChosenPage()
    {
        var chosen = ChosenVisit();
        if (chosen?.Id != _shownVersionId)
        {
            _shownVersionId = chosen?.Id;
            _page.Text = chosen is null ? string.Empty : ChartText.Page(chosen);
        }
    }

    private string Heading()
    {
        if (_model.IsDirty)
        {
            return ChartMessages.TodayHeading + "（未保存）";
        }

        return _model.Draft is not null && _model.LastSavedAt is { } at
            ? $"{ChartMessages.TodayHeading}（下書き {ClinicTime.ToJst(at):HH:mm:ss} 保存）"
            : ChartMessages.TodayHeading;
    }

    private void SwitchSide()
    {
        if (_focus.Current == _visits)
        {
            _focus.Focus(_lastOnPage ?? _editor.Subjective);
            Show(new ChartResult(ChartMessages.SwitchedToToday));
            return;
        }

        _lastOnPage = _focus.Current;
        ShowError(_focus.Focus(_visits));
        Show(new ChartResult(ChartMessages.SwitchedToPast));
    }

    private void CopyPrevious()
    {
        if (_model.FindPrevious() is not { } offer)
        {
            Show(ChartResult.Warning(ChartMessages.NothingToCopy));
            return;
        }

        if (offer.Plan.Length == 0)
        {
            Apply(_model.ApplyDo(offer, withPlan: false));
            return;
        }

        _session.Loop.Push(MessageBox.Confirm(ChartMessages.DoTitle, ChartMessages.CopyPlanQuestion + "\nP: " + FirstLine(offer.Plan), withPlan => Apply(_model.ApplyDo(offer, withPlan))));
    }

    private void AskConfirm()
    {
        if (_model.CheckForConfirm() is { } refusal)
        {
            Show(refusal);
            return;
        }

        _session.Loop.Push(MessageBox.Confirm(ChartMessages.ConfirmTitle, ChartMessages.ConfirmQuestion, accepted =>
        {
            if (!accepted)
            {
                Show(new ChartResult(ChartMessages.ConfirmCancelled));
                return;
            }

            var result = _model.Confirm();
            if (!result.IsError)
            {
                _editor.Write(_model.Fields);
                ShowVisits();
                _focus.Focus(_editor.Subjective);
            }

            Show(result);
        }));
    }

    private void Amend()
    {
        if (ChosenVisit() is not { } visit)
        {
            Show(ChartResult.Warning(ChartMessages.NoVisitSelected));
            return;
        }

        if (!visit.IsConfirmed && visit.Version == 1 && visit.Status == EntryStatus.Active)
        {
            var result = _model.EditDraft(visit);
            if (!result.IsError)
            {
                _editor.Write(_model.Fields);
                ShowVisits();
                _focus.Focus(_editor.Subjective);
            }

            Show(result);
            return;
        }

        if (ChartViewModel.AmendRefusal(visit) is { } refusal)
        {
            Show(ChartResult.Warning(refusal));
            return;
        }

        _session.Loop.Push(new AmendScreen(_session, visit, _model.Banner, result =>
        {
            Refresh();
            Show(result);
        }));
    }

    private void AskDeleteRp(int index)
    {
        var line = ChartText.RpLine(index + 1, _model.Fields.Groups[index]);
        _session.Loop.Push(MessageBox.Confirm(ChartMessages.DeleteRpTitle, ChartMessages.DeleteRpQuestion(index + 1, line), yes =>
        {
            if (yes)
            {
                Apply(_model.RemoveGroup(index));
            }
        }));
    }

    private HandleResult Leave()
    {
        if (_model.IsDirty)
        {
            var saved = _model.SaveDraft();
            if (saved.IsError)
            {
                Show(saved);
                return HandleResult.Redraw;
            }

            if (_model.Draft is not null)
            {
                _session.Loop.Push(MessageBox.Inform(ChartMessages.DraftSavedTitle, ChartMessages.DraftSavedOnLeave));
            }
        }

        _model.Dispose();
        return HandleResult.Close;
    }

    private void SaveBeforeQuit()
    {
        if (_model.IsDirty)
        {
            _model.SaveDraft();
        }

        _model.Dispose();
    }

    private void OnAutoSaved(ChartResult result)
    {
        if (result.IsError)
        {
            Show(result);
        }
    }

    private void Apply(ChartResult result)
    {
        _editor.Write(_model.Fields);
        Show(result);
    }

    private void Show(ChartResult result)
    {
        Status.Show(result.Message, result.Kind);
        if (result.Field is { } field && result.Kind != StatusKind.Info)
        {
            _focus.Focus(_editor.FieldFor(field));
        }
    }

    private void ShowError(string? error)
    {
        if (error is not null)
        {
            Status.Show(error, StatusKind.Error);
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end] + " …";
    }
}
