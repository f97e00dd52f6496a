using System.Globalization;
using TextEhr.Domain.Prescriptions;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Input;

/// <summary>
/// One Rp as <c>薬剤名:用量:単位:用法:日数</c>: <c>アムロジピン錠5mg:1:錠:1日1回朝食後:28</c>. The duration
/// is days (<c>28</c>, <c>28日</c>) or, for 頓服, times (<c>5回</c>).
/// </summary>
public static class PrescriptionInput
{
    public const int MaximumDays = 365;

    public static ParseResult<PrescriptionGroup> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = TypedText.SplitFields(text);
        if (parts.Length != 5)
        {
            return Fail(InputMessages.PrescriptionFormat(text.Trim()));
        }

        string[] names = ["薬剤名", "用量", "単位", "用法", "日数"];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0)
            {
                return Fail(InputMessages.PrescriptionPart(names[i]));
            }
        }

        if (!decimal.TryParse(TypedText.Fold(parts[1]), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dose)
            || dose <= 0)
        {
            return Fail(InputMessages.PrescriptionDose(parts[1]));
        }

        var duration = TypedText.Fold(parts[4]);
        var unit = DurationUnit.Days;
        if (duration.EndsWith('回'))
        {
            unit = DurationUnit.Times;
            duration = duration[..^1];
        }
        else if (duration.EndsWith("日分", StringComparison.Ordinal))
        {
            duration = duration[..^2];
        }
        else if (duration.EndsWith('日'))
        {
            duration = duration[..^1];
        }

        if (!int.TryParse(duration, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MaximumDays)
        {
            return Fail(InputMessages.PrescriptionDuration(parts[4]));
        }

        return ParseResult<PrescriptionGroup>.Success(new PrescriptionGroup
        {
            Form = unit == DurationUnit.Times ? DosageForm.AsNeeded : DosageForm.Internal,
            Items = [new PrescriptionItem { DrugName = parts[0], Dose = dose, Unit = parts[2] }],
            Usage = parts[3],
            Duration = count,
            DurationUnit = unit,
        });
    }

    private static ParseResult<PrescriptionGroup> Fail(string message) => ParseResult<PrescriptionGroup>.Failure(message);
}
