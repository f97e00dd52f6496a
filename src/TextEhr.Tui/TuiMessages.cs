using System.Globalization;

namespace TextEhr.Tui;

/// <summary>
/// Every Japanese sentence the terminal layer shows, in one place; tests assert through these same
/// accessors, never through copied literals.
/// </summary>
public static class TuiMessages
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    public static string NoMatches => "該当なし";

    public static string FilterPrompt => "絞り込み:";

    public static string ErrorPrefix => "エラー: ";

    public static string WarningPrefix => "注意: ";

    public static string HelpTitle => "キーの一覧";

    public static string HelpFooter => "Esc または F1 で閉じます。↑↓ で送ります。";

    public static string DefaultKeysUsed => "既定のキー割り当てを使います。";

    public static string DefaultThemeUsed(string name) => $"既定のテーマ「{name}」を使います。";

    public static string MatchCount(int count) => string.Format(Japanese, "{0:N0}件", count);

    public static string ChartSummary(string max, string min, string last, string? lastDate) =>
        lastDate is null ? $"最高 {max}  最低 {min}  最新 {last}" : $"最高 {max}  最低 {min}  最新 {last} ({lastDate})";

    public static string CloseLabel => "閉じる";

    public static string NotADate => "日付として読めません。";

    public static string ChartNoData => "データなし";

    public static string InputRejected(string allowed) => $"この欄に入力できるのは{allowed}だけです。";

    public static string TooLong(int cells) =>
        string.Format(Japanese, "この欄は半角{0}文字（全角{1}文字）までです。", cells, cells / 2);

    public static string KeyBoundTwice(string context, string key, string first, string second) =>
        $"「{context}」で {key} が「{first}」と「{second}」の両方に割り当てられています。";

    public static string MissingLabel(string context, string command) => $"「{context}」のコマンド {command} に表示名がありません。";

    public static string MissingHelp(string context, string command) => $"「{context}」のコマンド {command} に説明がありません。";

    public static string NoKeys(string context, string command) => $"「{context}」のコマンド {command} にキーがありません。";

    public static string NoCtrlAlternative(string context, string label, string key) =>
        $"「{context}」の「{label}」({key}) に Ctrl の代わりのキーがありません。F キーが効かない端末でも使えるようにしてください。";

    public static string CommandTwice(string context, string command) => $"「{context}」にコマンド {command} が二度あります。";

    public static string UnknownKeyName(string text) => $"「{text}」はキーの名前として読めません（例: F2, Ctrl+N, Shift+Tab, Esc）。";

    public static string UnknownContext(string context) => $"「{context}」という画面はありません。";

    public static string UnknownCommand(string context, string command) => $"画面「{context}」に「{command}」というコマンドはありません。";

    public static string KeyListExpected => "キーは \"F2\" のような文字列か、[\"F2\", \"Ctrl+N\"] のような並びで書いてください。";

    public static string ObjectExpected => "ここには { … } で囲んだ設定が必要です。";

    public static string JsonSyntax => "JSON の書き方に誤りがあります（引用符、カンマ、括弧を確かめてください）。";

    public static string FileAt(string kind, string file, int line, string lineText, string problem) =>
        string.Format(Japanese, "{0} {1} の {2} 行目に誤りがあります: {3}\n  {2,4} | {4}", kind, file, line, problem, lineText);

    public static string FileUnreadable(string kind, string file, string reason) => $"{kind} {file} を読めません: {reason}";

    public static string JsonProblem(string? path) =>
        $"「{path}」のあたりの書き方に誤りがあります（項目の名前、引用符、カンマ、括弧を確かめてください）。";

    public static string KeyFileKind => "キー設定";

    public static string ThemeFileKind => "テーマ";

    public static string ThemeNotFound(string name) => $"テーマ「{name}」が見つかりません（themes フォルダーに {name}.json を置いてください）。";

    public static string ThemeRoleMissing(string file, string role) => $"テーマ {file} に役割 {role} の色がありません。";

    public static string UnknownColor(string text) =>
        $"「{text}」は色として読めません（例: \"#FAF5E6\", \"default\", \"blue\", \"bright-white\", 0〜255 の番号）。";

    public static string UnknownRole(string role) =>
        $"「{role}」という役割はありません（Normal, Label, Focus, Selected, Error, Warning, Banner, KeyBar, Disabled）。";
}
