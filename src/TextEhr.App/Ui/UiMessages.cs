namespace TextEhr.App.Ui;

/// <summary>Messages of the full-screen program shared by several screens; each screen keeps its own in its folder.</summary>
public static class UiMessages
{
    public static string SettingsFileBroken(string path) =>
        $"設定ファイル {path} が読めないため、標準の設定で起動しました。設定画面（患者一覧で F9）で保存し直してください。";

    public const string NeedsLogin = "ログインしてください。";
}
