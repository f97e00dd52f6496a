using System.Globalization;

namespace TextEhr.App.Cli;

/// <summary>
/// Every Japanese text the commands print about themselves (results, refusals, failures). Field
/// parsing messages are in <see cref="Input.InputMessages"/>, display labels in
/// <see cref="Output.DisplayText"/>. Tests assert through these accessors.
/// </summary>
public static class CliMessages
{
    public const string RootDescription = "TextEhr: 診療所の電子カルテ (コマンドライン)";

    public static string HelpHint(string commandPath) => $"「{commandPath} --help」で使い方を表示します。";

    public static string NothingSaved => "入力に誤りがあるため、何も保存していません。";

    public static string Unexpected => "予期しないエラーが発生しました。";

    public static string UnexpectedWithLog(string kind, string logsFolder) =>
        $"予期しないエラーが発生しました({kind})。詳しくはログ({logsFolder})を見てください。";

    public static string ErrorLine(string field, string message) =>
        field.Length == 0 ? message : $"{field}: {message}";

    public static string DataFolderInvalid(string typed) =>
        $"「{typed}」はフォルダの場所として使えません。存在するドライブ上のフォルダを指定してください(例: --data ./clinic)。";

    public static string DataFolderUnusable(string path) =>
        $"データフォルダ {path} を作れないか、書き込めません。場所と権限を確かめるか、別の --data を指定してください。";

    public static string NotInitialised(string path) =>
        $"データフォルダ {path} にはまだ診療所が登録されていません。textehr init で登録するか、textehr demo でデモ診療所を作ってください。";

    public static string ClinicFileBroken(string path) =>
        $"{path} が読めません(壊れているか、形式が違います)。バックアップから戻すか、管理者に相談してください。";

    public static string UnknownUser(string login) =>
        $"「{login}」という利用者は登録されていません。ログインIDを確かめてください。";

    public static string RetiredUser(string login) => $"利用者「{login}」は利用停止になっています。";

    public static string NoDoctor => "医師が登録されていません。textehr init で医師を登録してください。";

    public static string AlreadyInitialised(string path) =>
        $"データフォルダ {path} には既に診療所が登録されています。新しく作るなら別の --data を指定してください。";

    public static string Initialised(string clinicName, string path) =>
        $"診療所「{clinicName}」を登録しました。データフォルダ: {path}";

    public static string DoctorRegistered(string doctorName, string login) =>
        $"医師「{doctorName}」をログインID「{login}」で登録しました。";

    public const string DemoClinicName = "デモ診療所(架空)";

    public static string DemoClinicCreated(string path) =>
        $"デモ診療所を作りました(すべて架空のデータです)。データフォルダ: {path}";

    public static string DemoLoginHint(string login, string password) => $"デモの医師: ログインID「{login}」、パスワード「{password}」";

    public static string DemoAlreadyFilled(long patients) =>
        Invariant($"このデータフォルダには既に患者が{patients}人います。デモデータは追加しません。");

    public static string DemoRefusesRealClinic(string path) =>
        $"データフォルダ {path} は実際の診療所です。架空の患者は入れません。デモは別の --data で作ってください(例: --data ./demo-clinic)。";

    public static string DemoGenerating(int patients) => Invariant($"デモの患者を{patients}人作っています…");

    public static string DemoSummaryHeader(TimeSpan elapsed) =>
        Invariant($"デモの記録を作りました ({elapsed.TotalSeconds:0.0}秒):");

    public static string DemoSummaryPatients(int patients) => Invariant($"  患者 {patients:N0}人");

    public static string DemoSummaryEntries(long entries, long prescriptions) =>
        Invariant($"  診療記録 {entries:N0}件 (うち処方あり {prescriptions:N0}件)");

    public static string DemoSummaryLabs(long results) => Invariant($"  検査結果 {results:N0}件");

    public static string DemoSummaryAllergies(long allergies) => Invariant($"  アレルギー {allergies:N0}件");

    public static string DemoSummaryProblems(long problems) => Invariant($"  病名 {problems:N0}件");

    public static string DemoNextStep(string path) =>
        $"画面で開く: textehr --data {path}  (ログインID demo、パスワード demo)。コマンドの例: textehr patient find ヤマ --data {path}";

    public static string PatientRegistered(string chartNumber, long id) =>
        Invariant($"患者を登録しました: 患者番号 {chartNumber} (ID {id})");

    public static string AllergiesRegistered(int count) => Invariant($"アレルギーを{count}件登録しました。");

    public static string PatientUpdated(string chartNumber, long id, int revision) =>
        Invariant($"患者情報を更新しました: 患者番号 {chartNumber} (ID {id}、第{revision}版)");

    public static string NothingToChange => "変更する項目がありません。--name、--phone など変える項目を指定してください。";

    public static string PatientNotFound(string typed) =>
        $"患者番号(またはID)「{typed}」の患者はいません。textehr patient find で探してください。";

    public static string NoPatientsFound(string text) => $"「{text}」に当たる患者はいません。";

    public static string PatientsFound(int count) => Invariant($"{count}人見つかりました。");

    public static string NoteSaved(long entryId, long versionId, int version) =>
        Invariant($"記載を一時保存しました: 記載ID {entryId}、版ID {versionId} (第{version}版)。確定するには textehr note confirm {versionId}");

    public static string NoteConfirmed(long entryId, long versionId, int version) =>
        Invariant($"記載を確定しました: 記載ID {entryId}、版ID {versionId} (第{version}版)");

    public static string NoteAmended(long entryId, long versionId, int version) =>
        Invariant($"訂正を確定しました: 記載ID {entryId}、版ID {versionId} (第{version}版)。元の版もそのまま残っています。");

    public static string VersionNotFound(long versionId) =>
        Invariant($"版ID {versionId} の記載はありません。textehr note history で版IDを確かめてください。");

    public static string EntryNotFound(long entryId) =>
        Invariant($"記載ID {entryId} の記載はありません。textehr patient show で記載IDを確かめてください。");

    public static string AlreadyConfirmed(long versionId) =>
        Invariant($"版ID {versionId} は既に確定しています。変えるには textehr note amend で訂正してください。");

    public static string LatestIsDraft(long entryId, long versionId) =>
        Invariant($"記載ID {entryId} の最新の版(版ID {versionId})はまだ一時保存です。先に textehr note confirm {versionId} で確定してください。");

    public static string OnlyDoctorsConfirm(string login) =>
        $"利用者「{login}」は医師ではないため確定できません。一時保存までにして、医師が確定してください(--user で医師を指定)。";

    public static string NoteHistoryHeader(long entryId, int versions) =>
        Invariant($"記載ID {entryId} の履歴 ({versions}版、古い順)");

    public static string EntryVoided(long entryId) =>
        Invariant($"記載ID {entryId} は取り消されています。訂正はできません。");

    public static string AuditIntact(long rows) => Invariant($"監査ログは正常です ({rows}件)");

    public static string AuditBroken(long rowId, string problem) =>
        Invariant($"監査ログの行 {rowId} が改ざんされているか壊れています: {problem}");

    public static string AuditBrokenWithoutRow(string problem) => $"監査ログが改ざんされているか壊れています: {problem}";

    public static string IntegrityOk(int schemaVersion) =>
        Invariant($"データベースは正常です (スキーマ第{schemaVersion}版)");

    public static string IntegrityProblems(int count) =>
        Invariant($"データベースに{count}件の問題があります。バックアップから戻す前に管理者に相談してください:");

    public static string NeedsTerminal(string commandPath) =>
        $"{commandPath} は端末(コンソール)の画面で使います。出力または入力がファイルかパイプにつながっているため開けません。リダイレクト(> や |)をせずに実行してください。";

    public static string TerminalUnsupported =>
        "この端末は全画面表示に対応していません。Windows 10 以降のコンソールか Windows Terminal、Linux の端末で実行してください。";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
