namespace TextEhr.Domain.Prescriptions;

/// <summary>剤形区分, numbered as JAHIS record 101.</summary>
public enum DosageForm
{
    /// <summary>内服.</summary>
    Internal = 1,

    /// <summary>頓服.</summary>
    AsNeeded = 2,

    /// <summary>外用.</summary>
    External = 3,
}
