namespace TextEhr.App.Screens.Documents;

/// <summary>What the document screens say, in Japanese.</summary>
public static class DocumentScreenMessages
{
    public const string ListTitle = "文書（紹介状・サマリー・処方箋）";

    public const string ListHint = "↑↓ で選び Enter。上の 3 行で新しく作り、その下は発行済みの文書です。";

    public const string NewRow = "新しく作る";

    public const string FormHint = "Enter で次の欄（複数行の欄は Tab）。F12 で PDF を作ります。";

    public const string KeptHint = "発行したときのままの内容です。F12 で同じ内容の PDF をもう一度作ります。";

    public const string Working = "作成中…　PDF を作っています。しばらくお待ちください。";

    public const string StillWorking = "作成中です。終わるまでお待ちください。";

    public const string DiscardTitle = "確認";

    public const string Discard = "入力した内容を捨てて戻りますか。";

    public const string GlyphTitle = "印刷できない文字";

    /// <summary>The title when the page itself lacks something, e.g. a 処方箋 without its 2D code.</summary>
    public const string NoticeTitle = "印刷の前に確かめてください";

    public const string IssuedTitle = "発行しました";

    public const string NotIssuedTitle = "確かめてください";

    public const string NoClinic = "診療所の情報が登録されていません。設定画面で登録してから作ってください。";

    public const string PatientNotFound = "患者が見つかりません。";

    public const string NoPrescription = "印刷できる処方がありません。カルテで処方（Rp）を入力して確定してから作ってください。";

    public const string WriteFailed = "文書を保存できませんでした。データフォルダの documents に書き込めるか、空き容量があるかを確かめてください。";

    public const string DocumentNotFound = "この文書が見つかりません。";

    /// <summary>Printing was not asked for because no printer is set.</summary>
    public const string SavedOnly = "プリンターが設定されていないため、PDF の保存だけをしました（設定画面でプリンターを選べます）。";

    /// <summary>The 外字 warning, with the question that follows it.</summary>
    public static string GlyphQuestion(string warning) => warning + "\nこのまま PDF を作りますか。";

    /// <summary>The short line under the list after a document was made.</summary>
    public static string Issued(string label) => $"{label}を発行済みの一覧に加えました（新しく作る行のすぐ下）。";

    /// <summary>Where the prescription came from.</summary>
    public static string PrescriptionOf(string visitDate) => $"{visitDate} の処方";
}
