using TextEhr.App.Ui;
using TextEhr.Domain.Patients;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Patients;

/// <summary>
/// 患者登録 / 変更: every field of the patient, the card and two 公費, and the allergies, as one scrolling
/// paper form. Enter and Tab go to the next box and check the box left; F12 checks everything, registers
/// and closes (telling the opener the id); Esc on unsaved work asks first.
/// </summary>
public sealed class PatientEditScreen : IScreen
{
    private readonly AppSession _session;
    private readonly Action<long>? _saved;
    private readonly Banner _banner = new();
    private readonly PatientEditForm _form;
    private Rect _area;

    public PatientEditScreen(AppSession session, long? patientId, Action<long>? saved)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _saved = saved;
        ViewModel = new PatientEditViewModel(session.Services, session.UserId, session.Today, patientId);
        _form = new PatientEditForm(session.Today, ViewModel.Original?.ChartNumber ?? PatientScreenMessages.AutoChartNumber);
        foreach (var binding in _form.Bindings)
        {
            binding.Write(ViewModel[binding.Field]);
            if (binding.View is TextField box)
            {
                box.Rejected = message => Status.Show(message, StatusKind.Error);
            }
        }

        Status.Show(ViewModel.IsMissing ? PatientScreenMessages.PatientMissing : PatientScreenMessages.EditHint,
            ViewModel.IsMissing ? StatusKind.Error : StatusKind.Info);
    }

    public PatientEditViewModel ViewModel { get; }

    /// <summary>The record F12 saved, for the opener to read before this screen closes.</summary>
    public Patient? SavedPatient { get; private set; }

    public StatusLine Status { get; } = new();

    public KeyMap Keys => PatientEditKeys.Map;

    public IFocusable? Focused => _form.Focus.Current;

    public void Layout(Rect area)
    {
        _area = area;
        _banner.Bounds = area with { Height = Math.Min(area.Height, 1) };
        _form.Form.Bounds = new Rect(area.X + 1, area.Y + 1, Math.Max(area.Width - 2, 0), Math.Max(area.Height - 2, 0));
        Status.Bounds = new Rect(area.X + 1, area.Bottom - 1, Math.Max(area.Width - 2, 0), 1);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        _banner.Text = ViewModel.Original is { } patient
            ? $"{PatientScreenMessages.EditTitle}  {patient.Name.Full}  ({patient.KanaName.Full})"
            : PatientScreenMessages.NewTitle;
        _banner.Warning = ViewModel.Allergies.Rows.Count > 0 ? AllergyText.Banner(ViewModel.Allergies.Rows) : null;
        _form.Copay.Text = ViewModel.CopayText;
        AllergyText.Fill((TableRows)_form.AllergyTable.Source, ViewModel.Allergies.Rows);

        // The search screen lies beneath: blank the whole area, margins included.
        screen.Fill(_area, theme[VisualRole.Normal]);
        _banner.Draw(screen, theme);
        _form.Form.Draw(screen, theme);
        Status.Draw(screen, theme);
    }

    public HandleResult Execute(CommandId command)
    {
        if (command == StandardCommands.NextField || command == StandardCommands.PreviousField)
        {
            var told = Leave();
            _ = command == StandardCommands.NextField ? _form.Focus.Next() : _form.Focus.Previous();
            if (!told)
            {
                ShowHint();
            }
        }
        else if (command == StandardCommands.Confirm)
        {
            return Save();
        }
        else if (command == StandardCommands.New)
        {
            AddAllergy();
        }
        else if (command == PatientEditKeys.VoidAllergy)
        {
            VoidAllergy();
        }
        else if (command == AppCommands.Lock)
        {
            _session.Navigator.Lock();
        }
        else if (command == StandardCommands.Back)
        {
            return Back();
        }
        else
        {
            return HandleResult.Ignored;
        }

        return HandleResult.Redraw;
    }

    private void Pull()
    {
        foreach (var binding in _form.Bindings)
        {
            ViewModel[binding.Field] = binding.Read();
        }
    }

    /// <summary>Checks the box being left; true when the status line now says something about it.</summary>
    private bool Leave()
    {
        Pull();
        if (_form.Current is not { } field)
        {
            return false;
        }

        if (ViewModel.Leave(field) is { } error)
        {
            Status.Show($"{_form.Binding(field).Caption}: {error}", StatusKind.Error);
            return true;
        }

        if (field == PatientField.BirthDate)
        {
            Status.Show(ViewModel.BirthText);
            return true;
        }

        if (field == PatientField.InsurerNumber)
        {
            _form.Binding(PatientField.InsuranceKind).Write(ViewModel[PatientField.InsuranceKind]);
        }
        else if (field == PatientField.CopayOverride && ViewModel.CopayText.Length > 0)
        {
            Status.Show(ViewModel.CopayText);
            return true;
        }

        return false;
    }

    private void ShowHint()
    {
        if (_form.Current is { } field && PatientScreenMessages.FieldHint(field) is { } hint)
        {
            Status.Show(hint);
        }
        else
        {
            Status.Clear();
        }
    }

    private HandleResult Save()
    {
        Pull();
        var outcome = ViewModel.Save();
        _form.Binding(PatientField.AllergySubstance).Write(ViewModel[PatientField.AllergySubstance]);
        _form.Binding(PatientField.AllergyReaction).Write(ViewModel[PatientField.AllergyReaction]);
        if (outcome.Saved is not { } saved)
        {
            if (outcome.Errors.Count > 0)
            {
                var first = outcome.Errors[0];
                _form.Focus.Focus(_form.Binding(first.Field).View);
                Status.Show($"{_form.Binding(first.Field).Caption}: {first.Message}（{outcome.Errors.Count}か所）", StatusKind.Error);
            }
            else
            {
                Status.Show(outcome.Problem ?? string.Empty, StatusKind.Error);
            }

            return HandleResult.Redraw;
        }

        SavedPatient = saved;
        _session.Log.Information("Patient {PatientId} saved at revision {Revision} by user {UserId}", saved.Id, saved.Revision, _session.UserId);
        _saved?.Invoke(saved.Id);
        return HandleResult.Close;
    }

    private void AddAllergy()
    {
        Pull();
        var (added, message) = ViewModel.AddAllergy();
        if (added)
        {
            _form.Binding(PatientField.AllergySubstance).Write(string.Empty);
            _form.Binding(PatientField.AllergyReaction).Write(string.Empty);
            Status.Show(message);
        }
        else
        {
            _form.Focus.Focus(_form.Binding(PatientField.AllergySubstance).View);
            Status.Show(message, StatusKind.Error);
        }
    }

    private void VoidAllergy()
    {
        var rows = ViewModel.Allergies.Rows;
        var index = _form.AllergyTable.SelectedIndex;
        if (index < 0 || index >= rows.Count || rows[index].IsToBeVoided)
        {
            Status.Show(PatientScreenMessages.AllergyNothingToVoid, StatusKind.Warning);
            return;
        }

        var allergy = rows[index].Allergy;
        if (rows[index].IsNew)
        {
            ViewModel.Allergies.Void(index, string.Empty);
            Status.Show(PatientScreenMessages.AllergyRemoved(allergy.Substance));
            return;
        }

        var reason = new TextField { MaxCells = 60 };
        _session.Loop.Push(new Dialog(PatientScreenMessages.VoidTitle, PatientScreenMessages.AllergyVoidQuestion(allergy.Substance), ok =>
        {
            if (!ok)
            {
                return;
            }

            if (reason.Text.Trim().Length == 0)
            {
                Status.Show(PatientScreenMessages.AllergyVoidReasonNeeded, StatusKind.Error);
                return;
            }

            ViewModel.Allergies.Void(index, reason.Text.Trim());
            Status.Show(PatientScreenMessages.AllergyVoidMarked(allergy.Substance));
        }, reason));
    }

    private HandleResult Back()
    {
        Pull();
        if (!ViewModel.IsDirty)
        {
            return HandleResult.Close;
        }

        _session.Loop.Push(MessageBox.Confirm(PatientScreenMessages.ConfirmTitle, PatientScreenMessages.DiscardQuestion, yes =>
        {
            if (yes)
            {
                _session.Loop.Close(this);
            }
        }));
        return HandleResult.Redraw;
    }
}
