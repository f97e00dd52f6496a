using TextEhr.App.Ui;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Dates;
using TextEhr.Domain.Documents;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Prescriptions;
using TextEhr.Domain.Users;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// The カルテ of one patient: the banner, the past visits, and today's page with its draft. Typing is
/// never lost: a change is saved as a draft a few seconds later on the session's clock, F10 saves at
/// once, and a failed save keeps the page as typed. Only a doctor confirms.
/// </summary>
public sealed class ChartViewModel : IDisposable
{
    /// <summary>How long after the last change the draft is saved.</summary>
    public static readonly TimeSpan AutoSaveDelay = TimeSpan.FromSeconds(3);

    private const int VisitLimit = 200;
    private readonly AppSession _session;
    private IReadOnlyList<ChartEntryVersion> _recent = [];
    private EntryFields _saved;
    private DateTimeOffset _changedAt;
    private IDisposable? _timer;

    public ChartViewModel(AppSession session, long patientId)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        PatientId = patientId;
        Fields = NewPage();
        _saved = Fields;
    }

    public long PatientId { get; }

    public Patient? Patient { get; private set; }

    public ChartBanner Banner { get; private set; } = ChartBanner.Empty;

    /// <summary>Past visits, newest first: the newest version of each entry, without the one on today's page.</summary>
    public IReadOnlyList<ChartEntryVersion> Visits { get; private set; } = [];

    /// <summary>This patient's issued documents (発行文書), newest first, for the banner's count.</summary>
    public IReadOnlyList<IssuedDocument> IssuedDocuments { get; private set; } = [];

    /// <summary>Today's page as typed.</summary>
    public EntryFields Fields { get; private set; }

    /// <summary>The draft version today's page is saved in, or null before its first save.</summary>
    public ChartEntryVersion? Draft { get; private set; }

    public DateTimeOffset? LastSavedAt { get; private set; }

    /// <summary>Typed since the last save.</summary>
    public bool IsDirty => Fields != _saved;

    /// <summary>Told the outcome of each autosave, so the screen can say it (or say it failed).</summary>
    public Action<ChartResult>? AutoSaved { get; set; }

    private long UserId => _session.UserId;

    private DateOnly Today => _session.Today;

    /// <summary>Opens the patient (audited) and today's page: the user's own unconfirmed draft if there is one.</summary>
    public ChartResult Load()
    {
        if (!Refresh())
        {
            return ChartResult.Error(ChartMessages.PatientNotFound);
        }

        var draft = _recent.FirstOrDefault(version => IsOwnDraft(version));
        if (draft is null)
        {
            return new ChartResult(string.Empty);
        }

        TakeDraft(draft);
        _session.Log.Information("Chart entry {EntryId} draft {VersionId} reopened for patient {PatientId} by {UserId}", draft.EntryId, draft.Id, PatientId, UserId);
        return new ChartResult(ChartMessages.DraftReloaded(draft.VisitDate));
    }

    /// <summary>Reads the banner and the past visits again (after 病名, 検査 or 患者 changed them); today's page stays.</summary>
    public bool Refresh()
    {
        Patient = _session.Services.Patients.Open(PatientId, UserId);
        if (Patient is null)
        {
            return false;
        }

        Banner = ChartBanner.Of(Patient, _session.Services.Allergies.ForPatient(PatientId), _session.Services.Problems.ForPatient(PatientId), Today);
        _recent = _session.Services.Charts.Recent(PatientId, VisitLimit, UserId);
        Visits = [.. _recent.Where(version => version.EntryId != Draft?.EntryId)];
        IssuedDocuments = _session.Services.Documents.ForPatient(PatientId);
        return true;
    }

    /// <summary>Takes the page as the screen now shows it; a change starts the autosave countdown.</summary>
    public void Edit(EntryFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields == Fields)
        {
            return;
        }

        Fields = fields;
        _changedAt = _session.Now;
        if (_timer is null && IsDirty)
        {
            _timer = _session.Loop.Schedule(AutoSaveDelay, Timeout.InfiniteTimeSpan, AutoSave);
        }
    }

    /// <summary>F10: saves what parses as a draft now; boxes that do not parse are named and kept on screen.</summary>
    public ChartResult SaveDraft()
    {
        var parsed = EntryParser.Parse(Fields, Today);
        if (Draft is null && parsed.Content.IsEmpty)
        {
            return new ChartResult(ChartMessages.NothingToSave);
        }

        if (Save(parsed) is { } failure)
        {
            return failure;
        }

        var problem = parsed.Problems.Count > 0 ? parsed.Problems[0] : null;
        return problem is null
            ? new ChartResult(ChartMessages.DraftSaved)
            : ChartResult.Warning(ChartMessages.DraftSaved + " " + problem.Message, problem.Field);
    }

    /// <summary>F5 Do: the last confirmed visit's prescription before today's 受診日, or null when there is none.</summary>
    public DoOffer? FindPrevious()
    {
        var date = EntryParser.Parse(Fields, Today).VisitDate ?? Today;
        var prescription = _session.Services.Charts.LastPrescription(PatientId, date);
        if (prescription is not { Groups.Count: > 0 })
        {
            return null;
        }

        var source = Visits.FirstOrDefault(version => version.VisitDate < date && version.IsConfirmed
            && version.Status == EntryStatus.Active && version.Content.Prescription is { Groups.Count: > 0 });
        return new DoOffer(source?.VisitDate, prescription, source?.Content.Plan ?? string.Empty);
    }

    /// <summary>Adds the offered Rp (those not already on the page) and, when asked, the P.</summary>
    public ChartResult ApplyDo(DoOffer offer, bool withPlan)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var present = Fields.Groups.Select(group => ChartText.RpLine(0, group)).ToHashSet(StringComparer.Ordinal);
        var added = offer.Prescription.Groups.Where(group => !present.Contains(ChartText.RpLine(0, group))).ToList();
        var plan = Fields.Plan;
        if (withPlan && offer.Plan.Length > 0 && !plan.Contains(offer.Plan, StringComparison.Ordinal))
        {
            plan = plan.Trim().Length == 0 ? offer.Plan : plan.TrimEnd() + "\n" + offer.Plan;
        }

        Edit(Fields with
        {
            Groups = [.. Fields.Groups, .. added],
            Plan = plan,
            IsOutOfHouse = Fields.Groups.Count == 0 ? offer.Prescription.IsOutOfHouse : Fields.IsOutOfHouse,
        });
        return added.Count == 0 && offer.VisitDate is { } date
            ? new ChartResult(ChartMessages.DoAlreadyThere(date))
            : new ChartResult(ChartMessages.DoCopied(offer.VisitDate, added.Count, withPlan && offer.Plan.Length > 0));
    }

    public ChartResult AddGroup(PrescriptionGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        Edit(Fields with { Groups = [.. Fields.Groups, group] });
        return new ChartResult(ChartMessages.RpAdded(Fields.Groups.Count));
    }

    public ChartResult RemoveGroup(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Fields.Groups.Count);
        Edit(Fields with { Groups = [.. Fields.Groups.Where((_, i) => i != index)] });
        return new ChartResult(ChartMessages.RpDeleted(index + 1));
    }

    /// <summary>
    /// What stops F12 before its question: a clerk (whose page is saved as a draft for the doctor), a box
    /// that does not parse, or an empty page. Null when the page may be confirmed.
    /// </summary>
    public ChartResult? CheckForConfirm()
    {
        if (_session.User?.Role != UserRole.Doctor)
        {
            var saved = SaveDraft();
            return saved.IsError ? saved : ChartResult.Warning(ChartMessages.OnlyDoctorsConfirm);
        }

        var parsed = EntryParser.Parse(Fields, Today);
        if (parsed.Problems.Count > 0 && parsed.Problems[0] is var problem)
        {
            return ChartResult.Error(problem.Message, problem.Field);
        }

        var content = parsed.Content;
        return content.Subjective.Length == 0 && content.Objective.Length == 0 && content.Assessment.Length == 0
            && content.Plan.Length == 0 && content.Prescription is null
            ? ChartResult.Error(ChartMessages.EmptyEntry, EntryField.Subjective)
            : null;
    }

    /// <summary>F12 after its question: saves, confirms (durably), and opens a fresh page for the next visit.</summary>
    public ChartResult Confirm()
    {
        if (CheckForConfirm() is { } refusal)
        {
            return refusal;
        }

        var parsed = EntryParser.Parse(Fields, Today);
        if (Save(parsed) is { } failure)
        {
            return failure;
        }

        try
        {
            var confirmed = _session.Services.Charts.Confirm(Draft!.Id, UserId);
            _session.Log.Information("Chart entry {EntryId} version {VersionId} confirmed for patient {PatientId} by {UserId}", confirmed.EntryId, confirmed.Id, PatientId, UserId);
        }
        catch (ValidationException ex)
        {
            return ChartResult.Error(string.Join(" ", ex.Errors.Select(error => error.Message)));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _session.Log.Error("Confirming chart entry {EntryId} failed: {ExceptionType}", Draft!.EntryId, ex.GetType().FullName);
            return ChartResult.Error(ChartMessages.SaveFailed);
        }

        Draft = null;
        Fields = NewPage();
        _saved = Fields;
        LastSavedAt = null;
        Refresh();
        return new ChartResult(ChartMessages.Confirmed);
    }

    /// <summary>
    /// F9 on a draft in the list: a draft is corrected by editing it, so it becomes today's page (the page
    /// there before is saved first and goes to the list).
    /// </summary>
    public ChartResult EditDraft(ChartEntryVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (IsDirty && SaveDraft() is { IsError: true } failure)
        {
            return failure;
        }

        TakeDraft(version);
        Refresh();
        return new ChartResult(ChartMessages.AmendDraftInstead);
    }

    /// <summary>Why F9 cannot amend this version, or null when it can (confirmed, in force, newest).</summary>
    public static string? AmendRefusal(ChartEntryVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.Status == EntryStatus.Voided)
        {
            return ChartMessages.CannotAmendVoided;
        }

        return version.IsConfirmed ? null : ChartMessages.AmendPending;
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private EntryFields NewPage() => new() { VisitDate = JapaneseDateFormatter.FormatShort(_session.Today) };

    private bool IsOwnDraft(ChartEntryVersion version) =>
        !version.IsConfirmed && version.Version == 1 && version.Status == EntryStatus.Active && version.AuthorId == UserId;

    private void TakeDraft(ChartEntryVersion draft)
    {
        Draft = draft;
        Fields = EntryParser.ToFields(draft.Content, draft.VisitDate);
        _saved = Fields;
        LastSavedAt = draft.AuthoredAt;
        Visits = [.. _recent.Where(version => version.EntryId != draft.EntryId)];
    }

    // Runs on the loop when the countdown ends; typing since then moves the save on, so it never
    // interrupts a doctor mid-word, and a failure is said and retried on the next change.
    private void AutoSave()
    {
        _timer?.Dispose();
        _timer = null;
        if (!IsDirty || _session.User is null)
        {
            return;
        }

        var waited = _session.Now - _changedAt;
        if (waited < AutoSaveDelay)
        {
            _timer = _session.Loop.Schedule(AutoSaveDelay - waited, Timeout.InfiniteTimeSpan, AutoSave);
            return;
        }

        var parsed = EntryParser.Parse(Fields, Today);
        if (Draft is null && parsed.Content.IsEmpty)
        {
            return;
        }

        var failure = Save(parsed);
        AutoSaved?.Invoke(failure ?? new ChartResult(ChartMessages.AutoSaved(_session.Now)));
    }

    // Creates or updates the draft with what parsed; returns the failure, or null when saved. A changed
    // 受診日 cannot be written into a draft, so the old draft is withdrawn (with the reason) and a new one begun.
    private ChartResult? Save(ParsedEntry parsed)
    {
        var fields = Fields;
        var date = parsed.VisitDate ?? Draft?.VisitDate ?? Today;
        var charts = _session.Services.Charts;
        try
        {
            if (Draft is not null && Draft.VisitDate != date)
            {
                charts.Void(Draft.EntryId, ChartMessages.VisitDateChangedReason, UserId);
                _session.Log.Information("Chart entry {EntryId} draft withdrawn for a new visit date by {UserId}", Draft.EntryId, UserId);
                Draft = null;
            }

            Draft = Draft is null
                ? charts.CreateDraft(PatientId, date, parsed.Content, UserId)
                : charts.SaveDraft(Draft.Id, parsed.Content, UserId);
            _session.Log.Information("Chart entry {EntryId} draft {VersionId} saved for patient {PatientId} by {UserId}", Draft.EntryId, Draft.Id, PatientId, UserId);
        }
        catch (ValidationException ex)
        {
            return ChartResult.Error(string.Join(" ", ex.Errors.Select(error => error.Message)));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The message may quote what was typed: the type is enough to find the cause in the log.
            _session.Log.Error("Saving the chart draft of patient {PatientId} failed: {ExceptionType}", PatientId, ex.GetType().FullName);
            return ChartResult.Error(ChartMessages.SaveFailed);
        }

        _saved = fields;
        LastSavedAt = _session.Now;
        return null;
    }
}
