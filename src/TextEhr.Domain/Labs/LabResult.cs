namespace TextEhr.Domain.Labs;

/// <summary>
/// 検査結果: one item's value on one day. FHIR: Observation. A correction is a new row that supersedes
/// the wrong one.
/// </summary>
public sealed record LabResult
{
    public long Id { get; init; }

    public long PatientId { get; init; }

    public long? OrderId { get; init; }

    public long? SupersedesId { get; init; }

    /// <summary>HbA1c, LDL-C, eGFR …</summary>
    public required string ItemName { get; init; }

    /// <summary>JLAC10 code when known.</summary>
    public string? ItemCode { get; init; }

    /// <summary>As reported; numeric for most items, text for qualitative ones (陰性, 2+).</summary>
    public required string Value { get; init; }

    public string Unit { get; init; } = string.Empty;

    public decimal? ReferenceLow { get; init; }

    public decimal? ReferenceHigh { get; init; }

    public required DateOnly CollectedOn { get; init; }

    public long RecordedById { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public DateTimeOffset? VoidedAt { get; init; }

    public string? VoidReason { get; init; }

    public decimal? NumericValue =>
        decimal.TryParse(Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : null;

    /// <summary>H above the range, L below it; none when the value is not numeric or no range is set.</summary>
    public LabInterpretation Interpretation => NumericValue switch
    {
        null => LabInterpretation.None,
        var v when ReferenceHigh is not null && v > ReferenceHigh => LabInterpretation.High,
        var v when ReferenceLow is not null && v < ReferenceLow => LabInterpretation.Low,
        _ => LabInterpretation.None,
    };
}
