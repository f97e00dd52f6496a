namespace TextEhr.App.Screens.Patients;

/// <summary>A problem with one box of 患者登録, in Japanese, saying what to type.</summary>
public sealed record PatientFieldError(PatientField Field, string Message);
