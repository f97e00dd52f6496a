using TextEhr.Documents.Html;
using TextEhr.Documents.Summary;
using TextEhr.Domain.Clinical;
using TextEhr.Tests.Shared;

namespace TextEhr.Documents.Tests;

public sealed class PatientSummaryTests
{
    private static PatientSummaryModel Summary() => PatientSummaryModel.FromChart(
        DocumentSamples.Patient(), DocumentSamples.Problems(), DocumentSamples.Allergies(), DocumentSamples.Prescription(), DocumentSamples.Results(), DocumentSamples.Entries(),
        DocumentSamples.Clinic(), "佐藤　一郎", DocumentSamples.Today);

    [Fact]
    public void The_summary_keeps_allergies_in_force_continuing_problems_and_lab_trends_oldest_first()
    {
        var summary = Summary();

        Assert.Equal("ペニシリン系", Assert.Single(summary.Allergies).Substance);
        Assert.Equal(["2型糖尿病", "高血圧症", "狭心症の疑い"], summary.Problems.Select(static p => p.DisplayName).ToList());
        var hba1c = Assert.Single(summary.Labs, static l => string.Equals(l.Item, "HbA1c", StringComparison.Ordinal));
        Assert.Equal(["7.9", "7.2"], hba1c.Results.Select(static r => r.Value).ToList());
        Assert.Equal(new DateOnly(2025, 5, 20), summary.Notes[0].VisitDate);
        Assert.Equal("S) 労作時に胸が重い\nA) 狭心症疑い\nP) 循環器内科へ紹介", summary.Notes[0].Text);
    }

    [Fact]
    public void The_rendered_summary_shows_every_section_and_a_trend_line_for_two_values()
    {
        var html = PatientSummaryHtml.Render(Summary(), new TemplateStore(), font: null).Html;

        Assert.Contains("ペニシリン系", html, StringComparison.Ordinal);
        Assert.DoesNotContain("そば", html, StringComparison.Ordinal);
        Assert.Contains("（主）2型糖尿病", html, StringComparison.Ordinal);
        Assert.Contains("7.2 H（R7.5.20）", html, StringComparison.Ordinal);
        Assert.Contains("<polyline points=\"4,4 96,20\"", html, StringComparison.Ordinal);
        Assert.Contains("Rp1　アムロジピン錠5mg 1錠", html, StringComparison.Ordinal);
        Assert.Contains("循環器内科へ紹介", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_voided_note_is_left_out_of_the_summary_even_when_it_is_the_newest()
    {
        var voided = new ChartEntryVersion
        {
            Id = 3,
            VisitDate = new DateOnly(2025, 6, 1),
            Status = EntryStatus.Voided,
            Content = new ChartEntryContent { Subjective = "別の患者の記載" },
        };

        var summary = PatientSummaryModel.FromChart(
            DocumentSamples.Patient(), [], [], null, [], [voided, .. DocumentSamples.Entries()], DocumentSamples.Clinic(), "佐藤", DocumentSamples.Today);

        Assert.Equal([new DateOnly(2025, 5, 20), new DateOnly(2025, 4, 1)], summary.Notes.Select(static n => n.VisitDate).ToList());
        Assert.DoesNotContain("別の患者の記載", PatientSummaryHtml.Render(summary, new TemplateStore(), font: null).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_chart_prints_nashi_rather_than_empty_sections()
    {
        var summary = PatientSummaryModel.FromChart(DocumentSamples.Patient(), [], [], null, [], [], DocumentSamples.Clinic(), "佐藤", DocumentSamples.Today);

        var html = PatientSummaryHtml.Render(summary, new TemplateStore(), font: null).Html;

        Assert.Equal(5, html.Split("なし").Length - 1);
    }
}
