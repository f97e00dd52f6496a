namespace TextEhr.App.Demo;

/// <summary>One drug of an acute prescription, for how long, and what to give instead to a patient allergic to it.</summary>
internal sealed record DemoAcuteRp(DemoDrug Drug, int Duration, DemoDrug? Alternative = null);
