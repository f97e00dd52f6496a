using TextEhr.App.Screens.Clinical;
using TextEhr.Domain.Clinical;

namespace TextEhr.App.Tests.Screens.Clinical;

public sealed class ProblemListViewModelTests : IDisposable
{
    private readonly ClinicalStoreFixture _clinic = new();
    private readonly ProblemListViewModel _model;

    public ProblemListViewModelTests()
    {
        _model = new ProblemListViewModel(_clinic.Database.Problems, _clinic.Patient.Id, _clinic.Doctor.Id, new DateOnly(2025, 6, 15));
    }

    [Fact]
    public void Added_problem_is_stored_as_typed_and_listed()
    {
        var outcome = _model.Add(new ProblemDraft("胃潰瘍", " ｋ２５.９ ", IsSuspected: true, IsPrimary: true, "R7.6.1"));

        Assert.True(outcome.Saved, outcome.Message);
        Assert.Contains("胃潰瘍の疑い", outcome.Message, StringComparison.Ordinal);
        var stored = Assert.Single(_clinic.Database.Problems.ForPatient(_clinic.Patient.Id));
        Assert.Equal(("胃潰瘍", "K25.9", true, true, new DateOnly(2025, 6, 1)), (stored.Name, stored.Icd10, stored.IsSuspected, stored.IsPrimary, stored.OnsetDate));
        Assert.Equal(stored.Id, Assert.Single(_model.Problems).Id);
        Assert.Equal(stored.Id, _model.LastSavedId);
    }

    [Theory]
    [InlineData(" ", "", "R7.6.1", ProblemMessages.NameRequired)]
    [InlineData("高血圧症", "110", "R7.6.1", ProblemMessages.Icd10Format)]
    [InlineData("高血圧症", "", "", ProblemMessages.OnsetRequired)]
    public void Wrong_boxes_are_refused_with_a_message_and_nothing_is_stored(string name, string icd, string onset, string message)
    {
        var outcome = _model.Add(new ProblemDraft(name, icd, false, false, onset));

        Assert.False(outcome.Saved);
        Assert.Equal(message, outcome.Message);
        Assert.Empty(_clinic.Database.Problems.ForPatient(_clinic.Patient.Id));
    }

    [Fact]
    public void Onset_after_today_is_refused()
    {
        Assert.Contains("今日", _model.CheckOnset("R7.6.16"), StringComparison.Ordinal);
        Assert.Null(_model.CheckOnset("2025-06-15"));
    }

    [Fact]
    public void Revision_is_a_new_linked_row_and_an_ended_problem_moves_below_the_active_ones()
    {
        _model.Add(new ProblemDraft("急性気管支炎", "", false, false, "R7.6.1"));
        _model.Add(new ProblemDraft("高血圧症", "I10", false, true, "R7.6.10"));
        var bronchitis = _model.Problems.Single(p => string.Equals(p.Name, "急性気管支炎", StringComparison.Ordinal));

        var outcome = _model.Revise(bronchitis, new ProblemRevision(ProblemOutcome.Cured, "R7.6.14", IsPrimary: false, IsSuspected: false));

        Assert.True(outcome.Saved, outcome.Message);
        var current = _clinic.Database.Problems.ForPatient(_clinic.Patient.Id);
        var cured = current.Single(p => string.Equals(p.Name, "急性気管支炎", StringComparison.Ordinal));
        Assert.Equal((bronchitis.Id, ProblemOutcome.Cured, new DateOnly(2025, 6, 14)), (cured.SupersedesId!.Value, cured.Outcome, cured.OutcomeDate!.Value));
        Assert.Equal(3, _clinic.CountRows("problems"));
        Assert.Equal(["高血圧症", "急性気管支炎"], _model.Problems.Select(p => p.Name), StringComparer.Ordinal);
    }

    [Fact]
    public void Ending_a_problem_needs_an_outcome_date_not_before_onset_and_a_change()
    {
        _model.Add(new ProblemDraft("腰痛症", "", false, false, "R7.6.10"));
        var problem = _model.Problems[0];

        Assert.Equal(ProblemMessages.OutcomeDateRequired, _model.Revise(problem, new ProblemRevision(ProblemOutcome.Stopped, "", false, false)).Message);
        Assert.Equal(ProblemMessages.OutcomeDateBeforeOnset, _model.Revise(problem, new ProblemRevision(ProblemOutcome.Stopped, "R7.6.1", false, false)).Message);
        Assert.Equal(ProblemMessages.Unchanged, _model.Revise(problem, new ProblemRevision(ProblemOutcome.Continuing, "", false, false)).Message);
        Assert.Equal(1, _clinic.CountRows("problems"));
    }

    [Fact]
    public void Void_needs_a_reason_and_takes_the_problem_off_the_list_but_keeps_the_row()
    {
        _model.Add(new ProblemDraft("糖尿病", "E11", false, false, "R7.6.1"));
        var problem = _model.Problems[0];

        Assert.False(_model.Void(problem, "  ").Saved);
        Assert.Single(_model.Problems);
        var outcome = _model.Void(problem, "別の患者に登録した");

        Assert.True(outcome.Saved, outcome.Message);
        Assert.Empty(_model.Problems);
        Assert.Empty(_clinic.Database.Problems.ForPatient(_clinic.Patient.Id));
        Assert.Equal(1, _clinic.CountRows("problems"));
    }

    public void Dispose() => _clinic.Dispose();
}
