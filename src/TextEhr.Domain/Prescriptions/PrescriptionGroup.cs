namespace TextEhr.Domain.Prescriptions;

/// <summary>One Rp: drugs taken together, with one 用法 and one duration.</summary>
public sealed record PrescriptionGroup
{
    public DosageForm Form { get; init; } = DosageForm.Internal;

    public required IReadOnlyList<PrescriptionItem> Items { get; init; }

    /// <summary>用法, e.g. 1日3回 毎食後.</summary>
    public required string Usage { get; init; }

    /// <summary>日数 or 回数 (see <see cref="DurationUnit"/>).</summary>
    public required int Duration { get; init; }

    public DurationUnit DurationUnit { get; init; } = DurationUnit.Days;
}
