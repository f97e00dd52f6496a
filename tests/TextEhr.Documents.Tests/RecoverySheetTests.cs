using TextEhr.Documents.Html;
using TextEhr.Documents.Recovery;
using TextEhr.Tests.Shared;

namespace TextEhr.Documents.Tests;

public sealed class RecoverySheetTests
{
    public const string Hash = "3F2A9C0177DE4B10AA55CC6612345678DEADBEEF0000111122223333444455556666";

    public static RecoverySheetModel Sheet(string? passphrase = null) => new()
    {
        Clinic = DocumentSamples.Clinic(),
        Date = DocumentSamples.Today,
        Destination = @"E:\TextEhr-backup",
        DestinationLabel = "USB メモリ E: (BACKUP)",
        Generations = 7,
        LastBackup = new RecoveryBackupFile(
            new DateTimeOffset(2025, 5, 30, 18, 2, 0, TimeSpan.FromHours(9)), "textehr-1234567-20250530-1802.ehrbk", 257_218_560, Hash),
        Passphrase = passphrase,
    };

    [Fact]
    public void Every_field_is_filled_and_no_placeholder_is_left()
    {
        var html = RecoverySheetHtml.Render(Sheet(), new TemplateStore(), font: null).Html;

        Assert.Empty(HtmlTemplate.Names(html));
        foreach (var expected in new[]
        {
            "さくら内科クリニック", "1234567", @"E:\TextEhr-backup", "USB メモリ E: (BACKUP)", "新しいものから 7 回分",
            "令和7年5月30日 (2025-05-30) 18:02", "textehr-1234567-20250530-1802.ehrbk", "245.3 MB (257,218,560 バイト)",
            "3f2a 9c01 77de 4b10", "textehr restore textehr-1234567-20250530-1802.ehrbk", "令和7年6月2日", "困ったときの連絡先",
        })
        {
            Assert.Contains(expected, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_the_passphrase_there_is_a_box_to_write_it_by_hand()
    {
        var document = RecoverySheetHtml.Render(Sheet(), new TemplateStore(), font: null);

        Assert.Contains("パスフレーズ（手書き）", document.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"phrase\"", document.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_passphrase_is_printed_only_when_asked_and_escaped()
    {
        const string Passphrase = "夜の<b>バックアップ</b>&2025";
        var without = RecoverySheetHtml.Render(Sheet(), new TemplateStore(), font: null);
        var with = RecoverySheetHtml.Render(Sheet(Passphrase), new TemplateStore(), font: null);

        Assert.DoesNotContain("バックアップ</b>", without.Html, StringComparison.Ordinal);
        Assert.Contains("夜の&lt;b&gt;バックアップ&lt;/b&gt;&amp;2025", with.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("パスフレーズ（手書き）", with.Html, StringComparison.Ordinal);
        Assert.Contains(Passphrase, with.Texts, StringComparer.Ordinal);
    }

    [Fact]
    public void Before_the_first_backup_the_sheet_says_there_is_none_yet()
    {
        var html = RecoverySheetHtml.Render(Sheet() with { LastBackup = null }, new TemplateStore(), font: null).Html;

        Assert.Contains("まだありません", html, StringComparison.Ordinal);
        Assert.Contains("textehr restore （ファイル名）", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABCDEF", "abcd ef")]
    [InlineData(Hash, "3f2a 9c01 77de 4b10")]
    public void The_hash_prefix_is_sixteen_lower_case_digits_in_fours(string hash, string expected)
    {
        Assert.Equal(expected, RecoverySheetHtml.HashPrefix(hash));
    }

    [Fact]
    public void A_clinic_template_in_the_data_folder_wins_over_the_built_in_one()
    {
        var folder = Directory.CreateTempSubdirectory("textehr-recovery-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, RecoverySheetHtml.TemplateName), "<p>{{clinicName}} {{lastFile}}</p>");

            var html = RecoverySheetHtml.Render(Sheet(), new TemplateStore(folder.FullName), font: null).Html;

            Assert.Equal("<p>さくら内科クリニック textehr-1234567-20250530-1802.ehrbk</p>", html);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
