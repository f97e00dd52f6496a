using System.Globalization;
using TextEhr.App.Input;
using TextEhr.App.Output;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Stores;
using TextEhr.Domain.Validation;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Clinical;

/// <summary>
/// A patient's lab orders and results and their rules: what each box accepts, results added or
/// corrected (a correction is a new row, the old one stays), orders, and the trend of one item.
/// </summary>
public sealed class LabViewModel
{
    private static readonly char[] ItemSeparators = [' ', '　', ',', '、', '，', '/', '・'];
    private readonly ILabStore _store;
    private readonly long _patientId;
    private readonly long _userId;
    private readonly Dictionary<string, IReadOnlyList<TrendPoint>> _trends = new(StringComparer.Ordinal);

    public LabViewModel(ILabStore store, long patientId, long userId, DateOnly today, Sex? sex = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _patientId = patientId;
        _userId = userId;
        Today = today;
        Sex = sex;
        Reload();
    }

    public DateOnly Today { get; }

    /// <summary>For the sex-specific reference ranges; null uses the male (first) range.</summary>
    public Sex? Sex { get; }

    /// <summary>Current results, newest first.</summary>
    public IReadOnlyList<LabResult> Results { get; private set; } = [];

    /// <summary>Orders, newest first.</summary>
    public IReadOnlyList<LabOrder> Orders { get; private set; } = [];

    /// <summary>The row the last add or correction stored.</summary>
    public LabResult? LastSaved { get; private set; }

    public void Reload()
    {
        Results = _store.Results(_patientId);
        Orders = [.. _store.Orders(_patientId).Where(order => order.VoidedAt is null)];
        _trends.Clear();
    }

    public static string Mark(LabResult result) => result?.Interpretation switch
    {
        LabInterpretation.High => "H",
        LabInterpretation.Low => "L",
        _ => string.Empty,
    };

    /// <summary><c>4.6-6.2</c>, <c>-0.14</c> or <c>60-</c>; empty without a range.</summary>
    public static string Range(decimal? low, decimal? high) => (low, high) switch
    {
        (null, null) => string.Empty,
        _ => $"{(low is { } l ? DisplayText.Number(l) : string.Empty)}-{(high is { } h ? DisplayText.Number(h) : string.Empty)}",
    };

    /// <summary>The item's numeric values, oldest first, as the trend chart places them.</summary>
    public IReadOnlyList<TrendPoint> Trend(string itemName)
    {
        ArgumentNullException.ThrowIfNull(itemName);
        if (!_trends.TryGetValue(itemName, out var points))
        {
            points =
            [
                .. _store.Results(_patientId, itemName)
                    .Where(result => result.NumericValue is not null)
                    .OrderBy(result => result.CollectedOn)
                    .ThenBy(result => result.Id)
                    .Select(result => new TrendPoint(result.CollectedOn, (double)result.NumericValue!.Value)),
            ];
            _trends[itemName] = points;
        }

        return points;
    }

    /// <summary>Unit and range for a common item, for this patient's sex; null for an item not in the list.</summary>
    public (string Unit, decimal? Low, decimal? High)? Defaults(string item)
    {
        if (LabItems.Find(item) is not { } known)
        {
            return null;
        }

        var (low, high) = known.RangeFor(Sex);
        return (known.Unit, low, high);
    }

    /// <summary>The stored name for what was typed: the list's spelling for a number or alias.</summary>
    public static string ItemName(string typed) => LabItems.Find(typed)?.Name ?? TypedText.Fold(typed ?? string.Empty);

    public static string? CheckItem(string text) => string.IsNullOrWhiteSpace(text) ? LabMessages.ItemRequired : null;

    public static string? CheckValue(string text) => string.IsNullOrWhiteSpace(text) ? LabMessages.ValueRequired : null;

    public static string? CheckBound(string text) => ParseBound(text).Error;

    public string? CheckCollected(string text) => ParseDate(text, LabMessages.CollectedRequired).Error;

    public string? CheckOrderDate(string text) => ParseDate(text, LabMessages.OrderDateRequired).Error;

    public static string? CheckOrderItems(string text) => SplitItems(text).Count == 0 ? LabMessages.OrderItemsRequired : null;

    public ClinicalOutcome AddResult(LabResultDraft draft, long? orderId = null)
    {
        if (Read(draft) is not { } read)
        {
            return ClinicalOutcome.Refused(FirstError(draft));
        }

        var result = read with { PatientId = _patientId, OrderId = orderId };
        return Store(() => _store.AddResult(result, _userId), saved => LabMessages.Added(saved.ItemName, Shown(saved)));
    }

    public ClinicalOutcome Correct(LabResult current, LabResultDraft draft)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (Read(draft) is not { } read)
        {
            return ClinicalOutcome.Refused(FirstError(draft));
        }

        var corrected = current with
        {
            Id = 0,
            ItemName = read.ItemName,
            Value = read.Value,
            Unit = read.Unit,
            ReferenceLow = read.ReferenceLow,
            ReferenceHigh = read.ReferenceHigh,
            CollectedOn = read.CollectedOn,
        };
        if (corrected with { Id = current.Id } == current)
        {
            return ClinicalOutcome.Refused(LabMessages.Unchanged);
        }

        return Store(() => _store.Correct(current.Id, corrected, _userId), saved => LabMessages.Corrected(saved.ItemName, Shown(saved)));
    }

    public ClinicalOutcome Order(string itemsText, string dateText)
    {
        var items = SplitItems(itemsText);
        var date = ParseDate(dateText, LabMessages.OrderDateRequired);
        var error = (items.Count == 0 ? LabMessages.OrderItemsRequired : null) ?? date.Error;
        if (error is not null)
        {
            return ClinicalOutcome.Refused(error);
        }

        try
        {
            var order = _store.Order(new LabOrder { PatientId = _patientId, OrderedOn = date.Value, Items = items }, _userId);
            Reload();
            return ClinicalOutcome.Done(LabMessages.Ordered(order.Items.Count));
        }
        catch (ValidationException e)
        {
            return ClinicalOutcome.Refused(Join(e));
        }
    }

    /// <summary>The items of an order that have no current result linked to it yet, in the order's order.</summary>
    public IReadOnlyList<string> Pending(LabOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var done = Results.Where(result => result.OrderId == order.Id).Select(result => result.ItemName).ToHashSet(StringComparer.Ordinal);
        return [.. order.Items.Where(item => !done.Contains(item))];
    }

    private static List<string> SplitItems(string text) =>
        [.. (text ?? string.Empty).Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ItemName)
            .Where(item => item.Length > 0)
            .Distinct(StringComparer.Ordinal)];

    private static string Shown(LabResult result) => result.Unit.Length == 0 ? result.Value : result.Value + " " + result.Unit;

    private static string Join(ValidationException e) => string.Join(" ", e.Errors.Select(error => error.Message));

    private static (decimal? Value, string? Error) ParseBound(string text)
    {
        var folded = TypedText.Fold(text ?? string.Empty);
        if (folded.Length == 0)
        {
            return (null, null);
        }

        return decimal.TryParse(folded, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? (value, null)
            : (null, LabMessages.BoundFormat);
    }

    private (DateOnly Value, string? Error) ParseDate(string text, string required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (default, required);
        }

        var parsed = DateInput.Parse(text);
        if (!parsed.IsSuccess)
        {
            return (default, parsed.Error);
        }

        return parsed.Value > Today ? (default, LabMessages.DateInFuture(Today)) : (parsed.Value, null);
    }

    private string FirstError(LabResultDraft draft)
    {
        var (low, lowError) = ParseBound(draft.Low);
        var (high, highError) = ParseBound(draft.High);
        return CheckItem(draft.Item) ?? CheckValue(draft.Value) ?? lowError ?? highError
            ?? (low > high ? LabMessages.BoundsOrder : null)
            ?? CheckCollected(draft.Collected) ?? LabMessages.ItemRequired;
    }

    // The draft as a result, or null when any box is wrong (FirstError then says which).
    private LabResult? Read(LabResultDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (low, lowError) = ParseBound(draft.Low);
        var (high, highError) = ParseBound(draft.High);
        var collected = ParseDate(draft.Collected, LabMessages.CollectedRequired);
        if (CheckItem(draft.Item) is not null || CheckValue(draft.Value) is not null || lowError is not null
            || highError is not null || low > high || collected.Error is not null)
        {
            return null;
        }

        return new LabResult
        {
            ItemName = ItemName(draft.Item),
            Value = TypedText.Fold(draft.Value),
            Unit = TypedText.Fold(draft.Unit),
            ReferenceLow = low,
            ReferenceHigh = high,
            CollectedOn = collected.Value,
        };
    }

    private ClinicalOutcome Store(Func<LabResult> write, Func<LabResult, string> message)
    {
        try
        {
            var saved = write();
            LastSaved = saved;
            Reload();
            return ClinicalOutcome.Done(message(saved));
        }
        catch (ValidationException e)
        {
            return ClinicalOutcome.Refused(Join(e));
        }
    }
}
