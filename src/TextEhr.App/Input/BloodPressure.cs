namespace TextEhr.App.Input;

/// <summary>A blood pressure as typed: 収縮期/拡張期 mmHg.</summary>
public sealed record BloodPressure(int Systolic, int Diastolic);
