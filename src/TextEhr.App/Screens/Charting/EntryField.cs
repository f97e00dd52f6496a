namespace TextEhr.App.Screens.Charting;

/// <summary>The boxes of a visit's page, so a problem can send the focus to the box it is about.</summary>
public enum EntryField
{
    VisitDate,
    Subjective,
    Objective,
    BloodPressure,
    Pulse,
    Temperature,
    SpO2,
    Height,
    Weight,
    Assessment,
    Plan,
    Prescription,
    Reason,
}
