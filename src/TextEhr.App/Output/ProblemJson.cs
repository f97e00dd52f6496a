using TextEhr.Domain.Clinical;

namespace TextEhr.App.Output;

/// <summary>One 病名 in JSON.</summary>
public sealed record ProblemJson(
    long Id,
    string Name,
    string DisplayName,
    string? Icd10,
    bool IsPrimary,
    bool IsSuspected,
    DateOnly OnsetDate,
    ProblemOutcome Outcome,
    string OutcomeLabel,
    DateOnly? OutcomeDate)
{
    public static ProblemJson From(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(
            problem.Id,
            problem.Name,
            problem.DisplayName,
            problem.Icd10,
            problem.IsPrimary,
            problem.IsSuspected,
            problem.OnsetDate,
            problem.Outcome,
            DisplayText.Of(problem.Outcome),
            problem.OutcomeDate);
    }
}
