using System.Globalization;
using TextEhr.App.Hosting;
using TextEhr.App.Localization;
using TextEhr.Domain.Backup;

namespace TextEhr.App.Screens.Backup;

/// <summary>The Japanese lines of the backup screen and of the reminder at exit.</summary>
public static class BackupScreenMessages
{
    public const string Title = "バックアップ（暗号化して USB メモリやフォルダへ）";
    public const string Never = "まだバックアップしていません。";
    public const string Hint = "F12 でバックアップを始めます。終わるまで数秒〜数分かかります。その間もカルテは使えます。";
    public const string PassphraseHint = "初めてのバックアップです。パスフレーズを決めて 2 回入力してください（10 文字以上、紙に書いて保管）。";
    public const string ChooseDestination = "保存先が複数あります。↑↓ で選んで F12 を押してください。";
    public const string Working = "バックアップしています…";
    public const string StillWorking = "バックアップの途中です。終わるまでお待ちください。";
    public const string DoneTitle = "バックアップしました";
    public const string FailedTitle = "バックアップできませんでした";
    public const string ReminderTitle = "バックアップ";
    public const string DestinationCaption = "保存先";
    public const string PassphraseCaption = "パスフレーズ";
    public const string AgainCaption = "もう一度";
    public const string GenerationsCaption = "保存先にあるバックアップ（新しい順）";
    public const string NoGenerations = "（まだありません）";
    public const string SheetTitle = "復旧用シート";
    public const string SheetWorking = "復旧用シートを作っています…";
    public const string SheetDone = "復旧用シートを作りました。パスフレーズは手書きの欄に書いて、シートと一緒に金庫などへ保管してください。";
    public const string SheetFailed = "復旧用シートを作れませんでした。ブラウザとプリンターの設定を確かめてください。";

    /// <summary>"最終バックアップ: 3日前 (2026-11-19 18:02、/media/usb/TextEhr-backup)".</summary>
    public static string LastBackup(BackupRecord? last, DateTimeOffset now)
    {
        if (last is null)
        {
            return Never;
        }

        var at = ClinicTime.ToJst(last.FinishedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"最終バックアップ: {JapaneseHumanizer.Ago(last.FinishedAt, now)} ({at}、{last.Destination})";
    }

    /// <summary>The question at exit: "最終バックアップ: 3日前です。終了する前にバックアップしますか？".</summary>
    public static string ReminderQuestion(BackupRecord? last, DateTimeOffset now) => last is null
        ? "まだ一度もバックアップしていません。終了する前にバックアップしますか？\nEnter: 今すぐバックアップ　Esc: バックアップせずに終了へ"
        : $"最終バックアップ: {JapaneseHumanizer.Ago(last.FinishedAt, now)}です。終了する前にバックアップしますか？\nEnter: 今すぐバックアップ　Esc: バックアップせずに終了へ";

    public static string Strength(string label, string hint) => $"強さ: {label}　{hint}";

    /// <summary>One generation: "2026-11-21 18:00   245 MB  検証済み".</summary>
    public static string Generation(DateTimeOffset createdAt, long sizeBytes, bool verified) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{ClinicTime.ToJst(createdAt):yyyy-MM-dd HH:mm}  {sizeBytes / 1024.0 / 1024.0,8:0.0} MB  {(verified ? "検証済み" : "記録なし")}");
}
