namespace TextEhr.Documents;

/// <summary>What documents tell the doctor, in plain polite Japanese.</summary>
public static class DocumentMessages
{
    /// <summary>The PDF was made.</summary>
    public static string PdfSaved(string path) => $"PDF を保存しました: {path}";

    /// <summary>No browser was found: the HTML was kept instead.</summary>
    public static string NoBrowser(string htmlPath) =>
        "PDF を作るブラウザ (Chromium または Microsoft Edge) が見つかりません。"
        + $"HTML を保存しました: {htmlPath}　ブラウザで開き、Ctrl+P で印刷してください。";

    /// <summary>The browser ran but made no PDF.</summary>
    public static string BrowserFailed(int exitCode, string htmlPath) =>
        $"PDF を作れませんでした (ブラウザの終了コード {exitCode})。"
        + $"HTML を保存しました: {htmlPath}　ブラウザで開き、Ctrl+P で印刷してください。";

    /// <summary>The browser did not finish in time.</summary>
    public static string BrowserTimedOut(TimeSpan timeout, string htmlPath) =>
        $"PDF の作成が {timeout.TotalSeconds:0} 秒で終わらなかったため止めました。"
        + $"HTML を保存しました: {htmlPath}　ブラウザで開き、Ctrl+P で印刷してください。";

    /// <summary>The font lacks some characters (外字).</summary>
    public static string MissingGlyphs(IReadOnlyList<string> characters)
    {
        ArgumentNullException.ThrowIfNull(characters);
        var listed = string.Join("、", characters.Select(static c =>
            Fonts.MissingGlyphs.SubstituteFor(c) is { } s ? $"「{c}」(代わりに「{s}」)" : $"「{c}」"));
        return $"次の文字は印刷用の字体にないため、□ で印刷されます: {listed}。必要なら印刷の前に書き換えてください (カルテの記録はそのままです)。";
    }

    /// <summary>No BIZ UDゴシック on this machine.</summary>
    public const string FontNotFound =
        "印刷用の字体 BIZ UDゴシック が見つかりません。別の字体で印刷されます (Linux: fonts-morisawa-bizud-gothic を入れてください)。";

    /// <summary>The printer accepted the job.</summary>
    public static string Printed(string printer, string? jobId) =>
        jobId is null ? $"プリンター {printer} に送りました。" : $"プリンター {printer} に送りました (受付番号 {jobId})。";

    /// <summary>The spooler refused the job.</summary>
    public static string PrintFailed(string printer, string detail) =>
        $"プリンター {printer} に送れませんでした。プリンター名と電源を確かめてください。({detail})";

    /// <summary>Windows: the PDF was opened for printing by hand; it is not printed yet.</summary>
    public static string OpenedForPrinting(string path) => $"PDF を開きました (まだ印刷されていません)。開いた画面で Ctrl+P を押して印刷してください: {path}";

    /// <summary>Windows: the viewer could not be started.</summary>
    public static string OpenFailed(string path, string detail) =>
        $"PDF を開けませんでした。PDF を見るアプリが入っているか確かめ、次のファイルを開いて印刷してください: {path} ({detail})";

    /// <summary>The JAHIS data do not fit one QR symbol (QRCoder has no structured append).</summary>
    public static string QrTooLong(int bytes) =>
        $"処方が長すぎて、2次元シンボル（QR コード）1つに入りません（{bytes} バイト）。この処方箋はシンボルなしで印刷され、"
        + "薬局は手で入力することになります。シンボル付きにするには、処方を分けて2枚の処方箋にしてください。";

    /// <summary>Printed in the code's place on the slip.</summary>
    public const string QrOmittedOnSlip = "2次元シンボルなし：処方が長く1つのシンボルに入らないため、印刷していません。";
}
