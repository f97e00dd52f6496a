using TextEhr.App.Input;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Stores;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Screens.Clinical;

/// <summary>
/// The patient's problem list and its rules: what each box of the form accepts, and add, revise and
/// void through the store, which keeps every earlier row. Problems still under care come first; ended
/// ones follow, newest ending first, so the list reads like the top of a レセプト.
/// </summary>
public sealed class ProblemListViewModel
{
    private readonly IProblemStore _store;
    private readonly long _patientId;
    private readonly long _userId;

    public ProblemListViewModel(IProblemStore store, long patientId, long userId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _patientId = patientId;
        _userId = userId;
        Today = today;
        Reload();
    }

    public static IReadOnlyList<ProblemOutcome> Outcomes { get; } =
        [ProblemOutcome.Continuing, ProblemOutcome.Cured, ProblemOutcome.Died, ProblemOutcome.Stopped, ProblemOutcome.Transferred];

    public DateOnly Today { get; }

    public IReadOnlyList<Problem> Problems { get; private set; } = [];

    /// <summary>The row the last add or revise stored, so the screen can select it.</summary>
    public long? LastSavedId { get; private set; }

    public static bool IsEnded(Problem problem) => problem?.Outcome is not null and not ProblemOutcome.Continuing;

    public void Reload() => Problems =
    [
        .. _store.ForPatient(_patientId)
            .OrderBy(IsEnded)
            .ThenBy(p => IsEnded(p) ? 0 : p.IsPrimary ? 0 : 1)
            .ThenByDescending(p => IsEnded(p) ? p.OutcomeDate ?? p.OnsetDate : DateOnly.MinValue)
            .ThenBy(p => p.OnsetDate)
            .ThenBy(p => p.Id),
    ];

    public static string? CheckName(string text) => string.IsNullOrWhiteSpace(text) ? ProblemMessages.NameRequired : null;

    public static string? CheckIcd10(string text) =>
        NormaliseIcd10(text) is { Length: > 0 } code && !IsIcd10(code) ? ProblemMessages.Icd10Format : null;

    public string? CheckOnset(string text) => ParseOnset(text).Error;

    public string? CheckOutcomeDate(ProblemOutcome outcome, string text, DateOnly onset) =>
        ParseOutcomeDate(outcome, text, onset).Error;

    public ClinicalOutcome Add(ProblemDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var onset = ParseOnset(draft.Onset);
        var error = CheckName(draft.Name) ?? CheckIcd10(draft.Icd10) ?? onset.Error;
        if (error is not null)
        {
            return ClinicalOutcome.Refused(error);
        }

        var icd = NormaliseIcd10(draft.Icd10);
        var problem = new Problem
        {
            PatientId = _patientId,
            Name = draft.Name.Trim(),
            Icd10 = icd.Length == 0 ? null : icd,
            IsSuspected = draft.IsSuspected,
            IsPrimary = draft.IsPrimary,
            OnsetDate = onset.Value,
        };
        return Store(() => _store.Add(problem, _userId), saved => ProblemMessages.Added(saved.DisplayName));
    }

    public ClinicalOutcome Revise(Problem current, ProblemRevision revision)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(revision);
        var date = ParseOutcomeDate(revision.Outcome, revision.OutcomeDate, current.OnsetDate);
        if (date.Error is not null)
        {
            return ClinicalOutcome.Refused(date.Error);
        }

        var revised = current with
        {
            Id = 0,
            Outcome = revision.Outcome,
            OutcomeDate = date.Value,
            IsPrimary = revision.IsPrimary,
            IsSuspected = revision.IsSuspected,
            VoidedAt = null,
            VoidReason = null,
        };
        if (revised.Outcome == current.Outcome && revised.OutcomeDate == current.OutcomeDate
            && revised.IsPrimary == current.IsPrimary && revised.IsSuspected == current.IsSuspected)
        {
            return ClinicalOutcome.Refused(ProblemMessages.Unchanged);
        }

        return Store(() => _store.Revise(current.Id, revised, _userId), saved => ProblemMessages.Revised(saved.DisplayName));
    }

    public ClinicalOutcome Void(Problem problem, string reason)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ClinicalOutcome.Refused(ProblemMessages.VoidReasonRequired);
        }

        return Store(
            () =>
            {
                _store.Void(problem.Id, reason.Trim(), _userId);
                return problem;
            },
            _ => ProblemMessages.Voided(problem.DisplayName));
    }

    private ClinicalOutcome Store(Func<Problem> write, Func<Problem, string> message)
    {
        try
        {
            var saved = write();
            LastSavedId = saved.Id;
            Reload();
            return ClinicalOutcome.Done(message(saved));
        }
        catch (ValidationException e)
        {
            return ClinicalOutcome.Refused(string.Join(" ", e.Errors.Select(error => error.Message)));
        }
    }

    private (DateOnly Value, string? Error) ParseOnset(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (default, ProblemMessages.OnsetRequired);
        }

        var parsed = DateInput.Parse(text);
        if (!parsed.IsSuccess)
        {
            return (default, parsed.Error);
        }

        return parsed.Value > Today ? (default, ProblemMessages.OnsetInFuture(Today)) : (parsed.Value, null);
    }

    private (DateOnly? Value, string? Error) ParseOutcomeDate(ProblemOutcome outcome, string text, DateOnly onset)
    {
        if (outcome == ProblemOutcome.Continuing)
        {
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, ProblemMessages.OutcomeDateRequired);
        }

        var parsed = DateInput.ParseNotAfter(text, Today);
        if (!parsed.IsSuccess)
        {
            return (null, parsed.Error);
        }

        return parsed.Value < onset ? (null, ProblemMessages.OutcomeDateBeforeOnset) : (parsed.Value, null);
    }

    private static string NormaliseIcd10(string text) => TypedText.Fold(text ?? string.Empty).ToUpperInvariant();

    // A letter, two digits, then optionally a dot and one or two digits (I10, E11.9, K29.70).
    private static bool IsIcd10(string code)
    {
        if (code.Length < 3 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiDigit(code[1]) || !char.IsAsciiDigit(code[2]))
        {
            return false;
        }

        var rest = code[3..];
        return rest.Length == 0 || (rest[0] == '.' && rest.Length is 2 or 3 && rest[1..].All(char.IsAsciiDigit));
    }
}
