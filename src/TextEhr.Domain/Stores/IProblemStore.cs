using TextEhr.Domain.Clinical;

namespace TextEhr.Domain.Stores;

/// <summary>The problem list (傷病名). A change is a new row superseding the old one.</summary>
public interface IProblemStore
{
    Problem Add(Problem problem, long userId);

    /// <summary>Records a change (転帰, 主病名, 疑い → 確定) as a new row that supersedes <paramref name="problemId"/>.</summary>
    Problem Revise(long problemId, Problem revised, long userId);

    void Void(long problemId, string reason, long userId);

    /// <summary>The current rows (not superseded, not voided).</summary>
    IReadOnlyList<Problem> ForPatient(long patientId);
}
