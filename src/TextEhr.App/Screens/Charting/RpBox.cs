namespace TextEhr.App.Screens.Charting;

/// <summary>The boxes of the Rp dialog, so a problem can send the focus to its box.</summary>
public enum RpBox
{
    DrugName,
    Dose,
    Unit,
    Usage,
    Duration,
}
