using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Screens.Charting;

/// <summary>What F5 Do can copy: the last visit's prescription, its date and its P.</summary>
/// <param name="VisitDate">The visit the prescription comes from, when it is in the list.</param>
/// <param name="Prescription">From <c>IChartStore.LastPrescription</c>.</param>
/// <param name="Plan">That visit's P, or empty.</param>
public sealed record DoOffer(DateOnly? VisitDate, Prescription Prescription, string Plan);
