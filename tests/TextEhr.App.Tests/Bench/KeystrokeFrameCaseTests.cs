using TextEhr.App.Bench;

namespace TextEhr.App.Tests.Bench;

/// <summary>
/// The terminal layer's bench rows: each keystroke is one frame on the virtual terminal, timed and counted
/// in bytes. Figures are not asserted; that they exist and are plausible is.
/// </summary>
public sealed class KeystrokeFrameCaseTests
{
    [Fact]
    public void Each_committed_character_and_each_backspace_is_one_measured_frame_with_bytes()
    {
        using var meter = new GalleryKeystrokeMeter();

        meter.Type("山田 𠮷郎");
        meter.Press(ConsoleKey.Backspace);

        Assert.Equal("山田 𠮷", meter.Gallery.Name.Text);
        Assert.Equal(6, meter.Samples.Count);
        Assert.All(meter.Samples, sample => Assert.True(sample.Milliseconds > 0 && sample.Bytes > 0, sample.ToString()));
    }

    [Fact]
    public void The_text_field_case_adds_a_latency_row_and_bytes_per_keystroke()
    {
        var report = new BenchReport();

        TextFieldKeystrokeCase.Measure(report);

        var row = Assert.Single(report.Rows);
        Assert.Equal("tui.key.textfield", row.Key);
        Assert.True(row.Stats.Count > 1000, row.Stats.ToString());
        Assert.Equal(["tui.key.textfield.bytes.p50", "tui.key.textfield.bytes.max"], report.Facts.Select(fact => fact.Key).ToArray());
    }

    [Fact]
    public void The_list_case_filters_100000_rows_as_typed_and_adds_its_row()
    {
        var report = new BenchReport();

        ListFilterKeystrokeCase.Measure(report);

        var row = Assert.Single(report.Rows);
        Assert.Equal("tui.key.list100k", row.Key);
        Assert.True(row.Stats.Count > 500, row.Stats.ToString());
        Assert.True(report.Facts.Single(fact => string.Equals(fact.Key, "tui.key.list100k.bytes.max", StringComparison.Ordinal)).Value > 0);
    }

    [Fact]
    public void Both_cases_run_in_textehr_bench()
    {
        Assert.Contains(BenchmarkRunner.Cases, static benchCase => benchCase is TextFieldKeystrokeCase);
        Assert.Contains(BenchmarkRunner.Cases, static benchCase => benchCase is ListFilterKeystrokeCase);
    }
}
