using TextEhr.App.Screens.Charting;
using TextEhr.App.Tests.Screens.Clinical;
using TextEhr.Domain.Clinical;

namespace TextEhr.App.Tests.Screens.Charting;

public sealed class EntryHistoryViewModelTests : IDisposable
{
    private readonly ClinicalStoreFixture _clinic = new();

    [Fact]
    public void Starts_on_the_latest_pair_and_steps_through_the_pairs()
    {
        var entryId = ThreeVersions();
        var model = new EntryHistoryViewModel(_clinic.Database.Charts, _clinic.Database.Users, entryId, _clinic.Doctor.Id);

        Assert.Equal((2, 3), (model.Older!.Version, model.Newer!.Version));
        Assert.True(model.ShowOlderPair());
        Assert.Equal((1, 2), (model.Older!.Version, model.Newer!.Version));
        Assert.False(model.ShowOlderPair());
        Assert.True(model.ShowNewerPair());
        Assert.False(model.ShowNewerPair());
        Assert.Equal("第2版と第3版 (全3版)", model.PairCaption);
    }

    [Fact]
    public void Only_the_lines_that_differ_are_marked()
    {
        var entryId = ThreeVersions();
        var model = new EntryHistoryViewModel(_clinic.Database.Charts, _clinic.Database.Users, entryId, _clinic.Doctor.Id);
        model.ShowOlderPair();

        var rows = model.Rows();

        var subjective = Assert.Single(rows, row => row.Changed);
        Assert.Equal(("S: 頭痛", "S: 頭痛と発熱"), (subjective.Left, subjective.Right));
        Assert.Contains(rows, row => !row.Changed && string.Equals(row.Left, "P: 経過観察", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_names_the_author_confirmer_time_and_reason()
    {
        var entryId = ThreeVersions();
        var model = new EntryHistoryViewModel(_clinic.Database.Charts, _clinic.Database.Users, entryId, _clinic.Doctor.Id);

        var header = model.Header(model.Newer!);

        Assert.Equal("第3版  確定", header[0]);
        Assert.Equal("記載 R7.6.15 10:00 山田 一郎", header[1]);
        Assert.Equal("確定 R7.6.15 10:00 山田 一郎", header[2]);
        Assert.Equal("訂正理由: 処方追記", header[3]);
    }

    [Fact]
    public void A_single_version_has_no_pair()
    {
        var draft = _clinic.Database.Charts.CreateDraft(_clinic.Patient.Id, new DateOnly(2025, 6, 15), new ChartEntryContent { Subjective = "咳" }, _clinic.Doctor.Id);
        var model = new EntryHistoryViewModel(_clinic.Database.Charts, _clinic.Database.Users, draft.EntryId, _clinic.Doctor.Id);

        Assert.False(model.HasCorrections);
        Assert.Null(model.Older);
        Assert.False(model.ShowOlderPair());
        var row = Assert.Single(model.Rows());
        Assert.Equal((null, "S: 咳", false), (row.Left, row.Right, row.Changed));
        Assert.Equal(EntryHistoryMessages.Unconfirmed, model.Header(model.Newer!)[2]);
    }

    [Fact]
    public void Diff_sets_a_corrected_line_beside_its_correction_and_keeps_equal_lines_facing()
    {
        var rows = EntryHistoryDiff.Align(["a", "b", "c", "d"], ["a", "B", "c", "d", "e"]);

        Assert.Equal(
            [new EntryHistoryRow("a", "a", false), new EntryHistoryRow("b", "B", true), new EntryHistoryRow("c", "c", false),
             new EntryHistoryRow("d", "d", false), new EntryHistoryRow(null, "e", true)],
            rows);
    }

    [Fact]
    public void Long_lines_wrap_by_cells_without_splitting_kanji()
    {
        Assert.Equal(["漢字漢", "字漢字"], EntryHistoryText.Wrap("漢字漢字漢字", 7));
        Assert.Equal(["abc"], EntryHistoryText.Wrap("abc", 7));
    }

    public void Dispose() => _clinic.Dispose();

    private long ThreeVersions()
    {
        var charts = _clinic.Database.Charts;
        var doctor = _clinic.Doctor.Id;
        var first = charts.CreateDraft(_clinic.Patient.Id, new DateOnly(2025, 6, 15), new ChartEntryContent { Subjective = "頭痛", Plan = "経過観察" }, doctor);
        charts.Confirm(first.Id, doctor);
        var second = charts.Amend(first.EntryId, new ChartEntryContent { Subjective = "頭痛と発熱", Plan = "経過観察" }, "主訴の追記", doctor);
        charts.Confirm(second.Id, doctor);
        var third = charts.Amend(first.EntryId, new ChartEntryContent { Subjective = "頭痛と発熱", Plan = "経過観察\nカロナール" }, "処方追記", doctor);
        charts.Confirm(third.Id, doctor);
        return first.EntryId;
    }
}
