namespace TextEhr.Domain.Labs;

/// <summary>H/L mark against the reference range.</summary>
public enum LabInterpretation
{
    None = 0,
    High = 1,
    Low = 2,
}
