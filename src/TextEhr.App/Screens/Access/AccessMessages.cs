using System.Globalization;
using TextEhr.App.Hosting;

namespace TextEhr.App.Screens.Access;

/// <summary>The Japanese text of the set-up, login, lock and settings screens; tests assert through these.</summary>
public static class AccessMessages
{
    public const string WrongPassword = "ログインIDかパスワードが違います。";

    public const string LoginRequired = "ログインIDを入力してください。";

    public const string PasswordRequired = "パスワードを入力してください。";

    public const string LoginHint = "ログインIDとパスワードを入力して Enter を押してください。";

    public const string LockHint = "パスワードを入力して Enter を押すと、元の画面に戻ります。";

    public const string LockTitle = "画面をロックしています";

    public const string LockedOutOnlyQuit = "F12 で TextEhr を終了します。";

    public const string SetupTitle = "TextEhr 初回設定：診療所と医師を登録します";

    public const string SetupHint = "Enter で次の欄へ。すべて入力したら F12 で登録します。";

    public const string SetupAlreadyDone = "このフォルダには既に診療所か利用者が登録されています。登録できません。";

    public const string PasswordsDiffer = "パスワード（確認）が一致しません。同じパスワードをもう一度入力してください。";

    public const string QuitWithoutRegistering = "登録せずに終了しますか？";

    public const string SettingsTitle = "設定";

    public const string SettingsHint = "Enter で次の欄へ。F12 で保存します。配色は選ぶとすぐ変わります。";

    public const string SettingsSaved = "設定を保存しました。";

    public const string DiscardChanges = "保存していない変更があります。変更を捨てて戻りますか？";

    public const string IdleMinutesFormat = "自動ロックは 0〜240 の分の数で入力してください（0 はロックしません。例: 10）。";

    public const string Confirm = "確認";

    public static string Locked(DateTimeOffset until) =>
        $"ロックされています。{Clock(until)} 以降にもう一度お試しください。";

    public static string LockedOut(DateTimeOffset until) =>
        $"パスワードを続けて間違えたため、ロックされました。{Clock(until)} 以降にもう一度お試しください。";

    public static string LockedUser(string name) => $"利用者: {name}";

    public static string Registered(string clinic) => $"「{clinic}」を登録しました。ログインしてください。";

    public static string Field(string caption, string message) => $"{caption}: {message}";

    public static string BackupFolderUnusable(string path) =>
        $"「{path}」はバックアップ先に使えません。あるフォルダか、作ることのできる場所を入力してください（例: D:\\TextEhrBackup）。";

    public static string SaveFailed(string reason) => $"保存できませんでした（{reason}）。もう一度 F12 を押してください。";

    private static string Clock(DateTimeOffset until) => ClinicTime.ToJst(until).ToString("HH:mm", CultureInfo.InvariantCulture);
}
