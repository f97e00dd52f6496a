using System.Globalization;

namespace TextEhr.App.Backup;

/// <summary>Every Japanese line the backup shows, in one place (tests compare through these).</summary>
public static class BackupMessages
{
    public const string WrongPassphrase = "パスフレーズが違います。バックアップを作ったときのパスフレーズを入力してください。";
    public const string Damaged = "バックアップファイルが壊れているか、途中で切れています。別の世代のファイルを使ってください。";
    public const string NotABackup = "TextEhr のバックアップファイルではありません。ファイルを確かめてください。";
    public const string NoPassphrase = "バックアップのパスフレーズが未設定です。先に「textehr backup passphrase」で設定してください。";
    public const string NoDestination = "バックアップ先が見つかりません。USB メモリを差し込むか、設定画面 (F9) でバックアップ先のフォルダを設定してください。";
    public const string DestinationFull = "バックアップ先の空き容量が足りません。古いファイルを移すか、別の USB メモリを使ってください。前の世代はそのまま残っています。";
    public const string DestinationGone = "バックアップ先が書き込み中に見えなくなりました。USB メモリが抜けていないか確かめて、もう一度実行してください。";
    public const string DestinationReadOnly = "バックアップ先に書き込めません (書き込み禁止か権限がありません)。USB メモリのロックや設定を確かめてください。";
    public const string DatabaseInUse = "カルテの画面が開いているため復元できません。TextEhr の画面をすべて閉じてから、もう一度実行してください。";
    public const string WriteFailed = "バックアップを書き込めませんでした。バックアップ先を確かめて、もう一度実行してください。";
    public const string StageCopying = "データベースを写しています";
    public const string StageChecking = "写しを点検しています";
    public const string StageWriting = "暗号化して書き込んでいます";
    public const string StageVerifying = "読み戻して検証しています";
    public const string StagePruning = "古い世代を整理しています";
    public const string StageRecording = "記録しています";
    public const string StageRestoring = "復元しています";
    public const string StageOpening = "復元したデータベースを開いています";
    public const string StageDone = "完了しました";

    public const string NoDatabase = "このデータフォルダにはまだデータベースがありません。バックアップするものがありません。";
    public const string VerifyFailed = "書き込んだバックアップを読み戻せませんでした。USB メモリを替えて、もう一度実行してください。";

    public static string DestinationMissing(string path) =>
        "バックアップ先のフォルダがありません: " + path + "。USB メモリを差し込むか、フォルダの場所を確かめてください。";

    public static string FileMissing(string path) => "バックアップファイルが見つかりません: " + path;

    public static string UnknownVersion(int version) => string.Create(
        CultureInfo.InvariantCulture,
        $"このバックアップは新しい形式 (版 {version}) です。新しい TextEhr で開いてください。");

    public static string SnapshotBroken(string problem) => "データベースの写しに問題が見つかったため、バックアップを中止しました: " + problem;

    public static string Done(string path, long bytes) => $"バックアップしました: {path} {Size(bytes)}、検証済み";

    public static string Verified(string path, DateTimeOffset createdAt, long patients, long entries) => string.Create(
        CultureInfo.InvariantCulture,
        $"検証しました: {path} ({Stamp(createdAt)} 作成、患者 {patients:N0} 人、診療記録 {entries:N0} 件)。このファイルから復元できます。");

    public static string Restored(string clinic, long patients, long entries, DateTimeOffset createdAt, string asidePath) => string.Create(
        CultureInfo.InvariantCulture,
        $"復元しました: {ClinicOrNone(clinic)}、患者 {patients:N0} 人、診療記録 {entries:N0} 件 ({Stamp(createdAt)} のバックアップ)。それまでのデータは {asidePath} に残してあります。");

    public static string RestoredIntoEmpty(string clinic, long patients, long entries, DateTimeOffset createdAt) => string.Create(
        CultureInfo.InvariantCulture,
        $"復元しました: {ClinicOrNone(clinic)}、患者 {patients:N0} 人、診療記録 {entries:N0} 件 ({Stamp(createdAt)} のバックアップ)。");

    private static string ClinicOrNone(string clinic) => string.IsNullOrWhiteSpace(clinic) ? "(医療機関名なし)" : clinic;

    /// <summary>"245 MB", "3.2 MB", "18 KB": decimal units as a USB stick's label counts them.</summary>
    public static string Size(long bytes)
    {
        if (bytes < 1_000_000)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 999) / 1000)} KB");
        }

        var megabytes = bytes / 1_000_000.0;
        return megabytes < 10
            ? string.Create(CultureInfo.InvariantCulture, $"{megabytes:0.0} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{megabytes:0} MB");
    }

    /// <summary>Japan time as the doctor reads it: 2025-06-15 10:00.</summary>
    public static string Stamp(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
