using System.Globalization;

namespace TextEhr.App.Cli;

/// <summary>The Japanese lines of <c>textehr backup</c> and <c>textehr restore</c> outside the service's own.</summary>
internal static class BackupCliMessages
{
    public const string PassphraseEnvironment = "TEXTEHR_BACKUP_PASSPHRASE";
    public const string AskPassphrase = "バックアップのパスフレーズ: ";
    public const string AskPassphraseAgain = "もう一度 (確認): ";
    public const string PassphraseSet = "バックアップのパスフレーズを設定しました。このパソコンでは次から聞きません。別のパソコンで復元するときに必要なので、紙に書いて安全な場所に保管してください。";
    public const string KeptPassphraseWrong = "このパソコンに保存したパスフレーズでは開けません (別のパソコンのバックアップか、パスフレーズを変える前のものです)。";
    public const string PassphraseFileUnreadable = "パスフレーズのファイルを読めません。パスを確かめてください。";
    public const string ChooseDestination = "バックアップ先が複数あります。番号を入力してください: ";
    public const string ChoiceInvalid = "番号が正しくありません。一覧の番号を入力してください。何も書き込んでいません。";
    public const string NoGenerations = "バックアップは見つかりません: ";
    public const string ListHeader = "作成日時              大きさ  状態      ファイル";
    public const string Verified = "検証済み";
    public const string NotRecorded = "記録なし";

    public static string Choice(int number, string label) => string.Create(CultureInfo.InvariantCulture, $"  {number}. {label}");

    public static string GenerationLine(string stamp, string size, bool verified, string fileName) =>
        $"{stamp}  {size,8}  {(verified ? Verified : NotRecorded)}  {fileName}";
}
