using TextEhr.App.Documents;
using TextEhr.App.Input;
using TextEhr.Documents;
using TextEhr.Documents.Summary;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Labs;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Prescriptions;
using TextEhr.Domain.Users;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Cli;

/// <summary>What a document is filled from: the patient's chart, the clinic and the doctor, read once.</summary>
internal sealed record PrintChart(
    User Doctor,
    Patient Patient,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<Allergy> Allergies,
    IReadOnlyList<LabResult> Results,
    Prescription? LastPrescription,
    IReadOnlyList<ChartEntryVersion> RecentEntries,
    ClinicInfo Clinic,
    DateOnly Today)
{
    /// <summary>Reads the chart of <c>--patient</c>; opening it is audited as a view.</summary>
    public static PrintChart Load(CliSession session, string? typedPatient, string? login)
    {
        if (string.IsNullOrWhiteSpace(typedPatient))
        {
            throw new ValidationException([new ValidationError(Fields.Patient, PrintMessages.PatientRequired)]);
        }

        var profile = session.RequireClinic();
        var user = session.ActingUser(login);
        var database = session.Database;
        var patient = PatientLookup.Open(database.Patients, typedPatient, user.Id);
        var clinic = DocumentSources.Clinic(profile);
        return new PrintChart(
            user,
            patient,
            database.Problems.ForPatient(patient.Id),
            database.Allergies.ForPatient(patient.Id),
            database.Labs.Results(patient.Id),
            database.Charts.LastPrescription(patient.Id, session.Today.AddDays(1)),
            database.Charts.Recent(patient.Id, PatientSummaryModel.NoteCount, user.Id),
            clinic,
            session.Today);
    }
}
