using TextEhr.App.Ui;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Screens.Clinical;

/// <summary>Whose record this is, for the title row: these screens cover the chart and its banner.</summary>
public static class PatientCaption
{
    /// <summary>Opens the patient (audited as a view, which showing the name is); null for an unknown ID.</summary>
    public static Patient? Open(AppSession session, long patientId)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Services.Patients.Open(patientId, session.UserId);
    }

    /// <summary><c>山田 太郎 様 (No. 000123)</c>, or empty for no patient.</summary>
    public static string Of(Patient? patient) =>
        patient is null ? string.Empty : $"{patient.Name.Family} {patient.Name.Given} 様 (No. {patient.ChartNumber})";
}
