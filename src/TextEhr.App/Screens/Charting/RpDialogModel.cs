using TextEhr.App.Input;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Screens.Charting;

/// <summary>
/// One Rp being written: the drugs entered so far (all share one 用法 and one duration) and the
/// check of what is typed, through the command line's <see cref="PrescriptionInput"/> so both say the
/// same thing.
/// </summary>
public sealed class RpDialogModel
{
    private readonly List<PrescriptionItem> _items = [];

    public IReadOnlyList<PrescriptionItem> Items => _items;

    /// <summary>Problem with the drug part of what is typed (name, dose, unit), or null.</summary>
    public static (RpBox Box, string Message)? CheckDrug(RpTyped typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        if (typed.DrugName.Trim().Length == 0)
        {
            return (RpBox.DrugName, ChartMessages.DrugNameRequired);
        }

        if (typed.Unit.Trim().Length == 0)
        {
            return (RpBox.Unit, ChartMessages.UnitRequired);
        }

        var parsed = PrescriptionInput.Parse(Compose(typed with { Usage = "-", Duration = "1" }));
        return parsed.IsSuccess ? null : (RpBox.Dose, parsed.Error!);
    }

    /// <summary>Problem with a typed 日数 (回数 for 頓用), or null; checked when the focus leaves the box.</summary>
    public static string? CheckDuration(string duration, string usage)
    {
        ArgumentNullException.ThrowIfNull(duration);
        ArgumentNullException.ThrowIfNull(usage);
        if (duration.Trim().Length == 0)
        {
            return null;
        }

        var typed = new RpTyped("-", "1", "-", usage.Trim().Length == 0 ? "-" : usage, Counted(duration, usage));
        return PrescriptionInput.Parse(Compose(typed)).Error;
    }

    /// <summary>F2 in the dialog: keeps the typed drug and clears the way for the next one of the same Rp.</summary>
    public (RpBox Box, string Message)? AddDrug(RpTyped typed)
    {
        if (CheckDrug(typed) is { } problem)
        {
            return problem;
        }

        _items.Add(PrescriptionInput.Parse(Compose(typed with { Usage = "-", Duration = "1" })).Value!.Items[0]);
        return null;
    }

    /// <summary>The Rp with every drug entered plus the typed one (when its name is filled in).</summary>
    public (PrescriptionGroup? Group, RpBox Box, string? Message) Build(RpTyped typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var items = new List<PrescriptionItem>(_items);
        if (typed.DrugName.Trim().Length > 0 || _items.Count == 0)
        {
            if (CheckDrug(typed) is { } problem)
            {
                return (null, problem.Box, problem.Message);
            }
        }

        if (typed.Usage.Trim().Length == 0)
        {
            return (null, RpBox.Usage, ChartMessages.UsageRequired);
        }

        if (typed.Duration.Trim().Length == 0)
        {
            return (null, RpBox.Duration, ChartMessages.DaysRequired);
        }

        var duration = Counted(typed.Duration, typed.Usage);
        var drug = typed.DrugName.Trim().Length > 0 ? typed : typed with { DrugName = _items[0].DrugName, Dose = "1", Unit = _items[0].Unit };
        var parsed = PrescriptionInput.Parse(Compose(drug with { Duration = duration }));
        if (!parsed.IsSuccess)
        {
            return (null, RpBox.Duration, parsed.Error);
        }

        if (typed.DrugName.Trim().Length > 0)
        {
            items.Add(parsed.Value!.Items[0]);
        }

        var group = parsed.Value! with
        {
            Items = items,
            Form = typed.Usage.TrimStart().StartsWith("外用", StringComparison.Ordinal) ? DosageForm.External : parsed.Value.Form,
        };
        return (group, RpBox.DrugName, null);
    }

    // 頓用 is counted in 回: a bare number typed for it means times, not days.
    private static string Counted(string duration, string usage)
    {
        var trimmed = duration.Trim();
        return usage.TrimStart().StartsWith('頓') && trimmed.Length > 0 && trimmed.All(char.IsAsciiDigit) ? trimmed + "回" : trimmed;
    }

    private static string Compose(RpTyped typed) =>
        string.Join(':', typed.DrugName.Trim(), typed.Dose.Trim(), typed.Unit.Trim(), typed.Usage.Trim(), typed.Duration.Trim());
}
