using TextEhr.App.Ui;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Users;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// 訂正 of a confirmed visit: its page pre-filled, a required reason, and on F12 a new version saved
/// and confirmed in one go; the version amended stays readable in the history.
/// </summary>
public sealed class AmendViewModel
{
    private readonly AppSession _session;

    public AmendViewModel(AppSession session, ChartEntryVersion original)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(original);
        _session = session;
        Original = original;
        Start = EntryParser.ToFields(original.Content, original.VisitDate);
    }

    public ChartEntryVersion Original { get; }

    /// <summary>The page as it was confirmed.</summary>
    public EntryFields Start { get; }

    /// <summary>Whether leaving now would throw away a change.</summary>
    public bool HasChanges(EntryFields fields, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return fields != Start || reason.Trim().Length > 0;
    }

    /// <summary>What stops F12 before its question, or null: not a doctor, a box that does not read, no reason, an empty page.</summary>
    public ChartResult? Check(EntryFields fields, string reason)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(reason);
        if (_session.User?.Role != UserRole.Doctor)
        {
            return ChartResult.Error(ChartMessages.OnlyDoctorsAmend);
        }

        var parsed = EntryParser.Parse(fields, _session.Today);
        if (parsed.Problems.Count > 0)
        {
            return ChartResult.Error(parsed.Problems[0].Message, parsed.Problems[0].Field);
        }

        if (reason.Trim().Length == 0)
        {
            return ChartResult.Error(ChartMessages.ReasonRequired, EntryField.Reason);
        }

        var content = parsed.Content;
        return content.Subjective.Length == 0 && content.Objective.Length == 0 && content.Assessment.Length == 0
            && content.Plan.Length == 0 && content.Prescription is null
            ? ChartResult.Error(ChartMessages.EmptyEntry, EntryField.Subjective)
            : null;
    }

    /// <summary>Saves the amendment as the next version and confirms it.</summary>
    public ChartResult Submit(EntryFields fields, string reason)
    {
        if (Check(fields, reason) is { } refusal)
        {
            return refusal;
        }

        var content = EntryParser.Parse(fields, _session.Today).Content;
        var userId = _session.UserId;
        try
        {
            var amended = _session.Services.Charts.Amend(Original.EntryId, content, reason.Trim(), userId);
            var confirmed = _session.Services.Charts.Confirm(amended.Id, userId);
            _session.Log.Information("Chart entry {EntryId} amended as version {VersionId} by {UserId}", confirmed.EntryId, confirmed.Id, userId);
            return new ChartResult(ChartMessages.Amended(confirmed.Version));
        }
        catch (ValidationException ex)
        {
            return ChartResult.Error(string.Join(" ", ex.Errors.Select(error => error.Message)));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _session.Log.Error("Amending chart entry {EntryId} failed: {ExceptionType}", Original.EntryId, ex.GetType().FullName);
            return ChartResult.Error(ChartMessages.SaveFailed);
        }
    }
}
