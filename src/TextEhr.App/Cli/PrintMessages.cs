namespace TextEhr.App.Cli;

/// <summary>What the <c>print</c> commands say, in Japanese.</summary>
internal static class PrintMessages
{
    public const string VisitField = "記載(--visit)";

    public const string NoPrescription = "この患者には印刷できる処方がありません。カルテで処方を入力してから印刷してください。";

    public const string PatientRequired = "--patient に患者番号を入力してください。";

    public static string JsonUnreadable(string path) =>
        $"{path} を読めませんでした。紹介状の項目を JSON (例: {{\"toInstitution\": \"○○病院\", \"purpose\": \"精査\"}}) で書いてください。";
}
