namespace TextEhr.App.Screens.Clinical;

/// <summary>What a save or a void did: whether anything was stored, and the Japanese sentence to show.</summary>
/// <param name="Saved">True when the store took it; false leaves the form as typed.</param>
/// <param name="Message">For the status line: what happened, or what to fix.</param>
public sealed record ClinicalOutcome(bool Saved, string Message)
{
    public static ClinicalOutcome Done(string message) => new(true, message);

    public static ClinicalOutcome Refused(string message) => new(false, message);
}
