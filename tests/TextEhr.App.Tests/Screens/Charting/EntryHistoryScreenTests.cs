using TextEhr.App.Screens.Charting;
using TextEhr.App.Tests.Screens.Clinical;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Clinical;
using TextEhr.Tui.Themes;

namespace TextEhr.App.Tests.Screens.Charting;

public sealed class EntryHistoryScreenTests
{
    [Fact]
    public void Two_versions_stand_side_by_side_with_their_heads_and_changed_lines_marked()
    {
        using var ui = TestUi.Initialised();
        var entryId = Versions(ui, ("頭痛", "経過観察", null), ("頭痛と発熱", "経過観察", "発熱の追記"));
        ui.LoggedIn(nav => nav.ShowHistory(entryId));

        var lines = ui.Text.Split('\n');
        Assert.Contains("第1版と第2版 (全2版)", lines[0], StringComparison.Ordinal);
        var head = Array.FindIndex(lines, line => line.Contains("第1版  確定", StringComparison.Ordinal));
        Assert.Contains("第2版  確定", lines[head], StringComparison.Ordinal);
        Assert.True(lines[head].IndexOf("第1版", StringComparison.Ordinal) < 20 && lines[head].IndexOf("第2版", StringComparison.Ordinal) > 35, lines[head]);
        Assert.Contains(lines, line => line.Contains("確定 R7.6.15 10:00 山田 一郎", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("訂正理由: 発熱の追記", StringComparison.Ordinal));
        var subjective = Array.FindIndex(lines, line => line.Contains("S: 頭痛と発熱", StringComparison.Ordinal));
        Assert.Matches(@"^ \* S: 頭痛\s+\|\* S: 頭痛と発熱", lines[subjective]);
        var plan = Array.FindIndex(lines, line => line.Contains("P: 経過観察", StringComparison.Ordinal));
        Assert.Matches(@"^   P: 経過観察\s+\|  P: 経過観察", lines[plan]);
        Assert.Equal(ui.Loop.Theme[VisualRole.Warning], ui.Loop.Screen[1, subjective].Style);
        Assert.NotEqual(ui.Loop.Theme[VisualRole.Warning], ui.Loop.Screen[3, plan].Style);
        Assert.Contains("F1ヘルプ", lines[23], StringComparison.Ordinal);
    }

    [Fact]
    public void Left_and_Right_pick_the_pair_and_Up_Down_scroll_both_columns()
    {
        using var ui = TestUi.Initialised();
        var longPlan = string.Join('\n', Enumerable.Range(1, 30).Select(n => $"行{n}"));
        var entryId = Versions(ui, ("咳", longPlan, null), ("咳と痰", longPlan, "主訴の追記"), ("咳と痰", longPlan + "\n追加", "処方追記"));
        ui.LoggedIn(nav => nav.ShowHistory(entryId));

        Assert.Contains("第2版と第3版", ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.LeftArrow);
        Assert.Contains("第1版と第2版", ui.Text, StringComparison.Ordinal);
        Assert.Contains("S: 咳と痰", ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.PageUp);
        Assert.Contains(EntryHistoryMessages.FirstPair, ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.PageDown);
        Assert.Contains("第2版と第3版", ui.Text, StringComparison.Ordinal);

        Assert.Contains("S: 咳と痰", ui.Text, StringComparison.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            ui.Press(ConsoleKey.DownArrow);
        }

        var row = ui.Text.Split('\n').First(line => line.Contains("行5", StringComparison.Ordinal));
        Assert.Equal(2, row.Split("行5").Length - 1);
        Assert.DoesNotContain("S: 咳と痰", ui.Text, StringComparison.Ordinal);
        ui.Press(ConsoleKey.UpArrow);
        Assert.Contains("行4", ui.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_version_is_shown_alone_and_says_there_are_no_corrections()
    {
        using var ui = TestUi.Initialised();
        var entryId = Versions(ui, ("めまい", "経過観察", null));
        ui.LoggedIn(nav => nav.ShowHistory(entryId));

        Assert.Contains(EntryHistoryMessages.NoCorrections, ui.Text, StringComparison.Ordinal);
        Assert.Contains("第1版のみ", ui.Text, StringComparison.Ordinal);
        Assert.Contains("S: めまい", ui.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("|", ui.Text.Split('\n')[3], StringComparison.Ordinal);
        ui.Press(ConsoleKey.Escape);
        Assert.Empty(ui.Loop.Screens);
    }

    private static long Versions(TestUi ui, params (string Subjective, string Plan, string? Reason)[] versions)
    {
        var charts = ui.Database.Charts;
        var doctor = ui.Doctor!.Id;
        var patient = ClinicalStoreFixture.AddPatient(ui.Database, doctor);
        long? entryId = null;
        foreach (var (subjective, plan, reason) in versions)
        {
            var content = new ChartEntryContent { Subjective = subjective, Plan = plan };
            var draft = entryId is { } id
                ? charts.Amend(id, content, reason!, doctor)
                : charts.CreateDraft(patient.Id, new DateOnly(2025, 6, 15), content, doctor);
            charts.Confirm(draft.Id, doctor);
            entryId = draft.EntryId;
        }

        return entryId!.Value;
    }
}
