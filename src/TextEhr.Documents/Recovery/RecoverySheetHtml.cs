using System.Globalization;
using TextEhr.Documents.Fonts;
using TextEhr.Documents.Html;
using TextEhr.Domain.Dates;

namespace TextEhr.Documents.Recovery;

/// <summary>Puts a <see cref="RecoverySheetModel"/> into the <c>recovery.html</c> template.</summary>
public static class RecoverySheetHtml
{
    /// <summary>Template file name; a clinic overrides it with <c>templates/recovery.html</c>.</summary>
    public const string TemplateName = "recovery.html";

    /// <summary>Hex digits of the SHA-256 printed: enough to tell two files apart by eye.</summary>
    public const int HashDigits = 16;

    /// <summary>The sheet as one HTML page.</summary>
    public static RenderedDocument Render(RecoverySheetModel sheet, TemplateStore templates, DocumentFont? font)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(templates);
        var text = Texts(sheet);
        var values = text.ToDictionary(static p => p.Key, static p => HtmlText.Lines(p.Value), StringComparer.Ordinal);
        values["fontFace"] = font?.FontFaceCss() ?? string.Empty;
        values["passphraseBox"] = PassphraseBox(sheet.Passphrase);
        var printed = text.Values.Append(sheet.Passphrase ?? string.Empty);
        var html = HtmlTemplate.Fill(templates.Load(TemplateName), values);
        return new RenderedDocument("recovery", "復旧用シート", html, [.. printed]);
    }

    /// <summary>Every plain-text placeholder and its value, as printed (the passphrase box is not among them).</summary>
    public static IReadOnlyDictionary<string, string> Texts(RecoverySheetModel sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var last = sheet.LastBackup;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["date"] = JapaneseDateFormatter.FormatWareki(sheet.Date),
            ["clinicName"] = sheet.Clinic.Name,
            ["clinicCode"] = sheet.Clinic.InstitutionCode.Length > 0 ? sheet.Clinic.InstitutionCode : "（未設定）",
            ["destination"] = sheet.Destination,
            ["destinationLabel"] = sheet.DestinationLabel.Length > 0 ? sheet.DestinationLabel : "フォルダー",
            ["generations"] = sheet.Generations.ToString(CultureInfo.InvariantCulture),
            ["lastTime"] = last is null ? "まだありません" : Stamp(last.FinishedAt),
            ["lastFile"] = last?.FileName ?? "―",
            ["lastSize"] = last is null ? "―" : Size(last.SizeBytes),
            ["lastHash"] = last is null ? "―" : HashPrefix(last.Sha256),
            ["restoreCommand"] = sheet.RestoreCommand,
        };
    }

    /// <summary><c>令和8年11月19日 (2026-11-19) 18:02</c>, in the stamp's own offset.</summary>
    public static string Stamp(DateTimeOffset stamp)
    {
        var date = DateOnly.FromDateTime(stamp.DateTime);
        return $"{JapaneseDateFormatter.FormatWareki(date)} ({JapaneseDateFormatter.FormatIso(date)}) {stamp.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary><c>245.3 MB (257,218,560 バイト)</c>; MB is 1,048,576 bytes, as Windows Explorer counts.</summary>
    public static string Size(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB ({bytes:N0} バイト)");

    /// <summary>The first <see cref="HashDigits"/> hex digits, lower case, in groups of four.</summary>
    public static string HashPrefix(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        var digits = sha256.Trim().ToLowerInvariant();
        digits = digits[..Math.Min(HashDigits, digits.Length)];
        return string.Join(' ', Enumerable.Range(0, (digits.Length + 3) / 4).Select(i => digits.Substring(i * 4, Math.Min(4, digits.Length - (i * 4)))));
    }

    private static string PassphraseBox(string? passphrase) =>
        passphrase is null
            ? "<div class=\"box handwrite\"><div class=\"label\">パスフレーズ（手書き）</div>"
              + "<div class=\"write\"></div>"
              + "<div class=\"caution\">書いたら、このシートはUSBメモリとは別の、鍵のかかる場所に保管してください。</div></div>"
            : "<div class=\"box printed\"><div class=\"label\">パスフレーズ</div>"
              + "<div class=\"phrase\">" + HtmlText.Escape(passphrase) + "</div>"
              + "<div class=\"caution\">このシートはUSBメモリとは別の、鍵のかかる場所に保管してください。見た人は誰でもバックアップを開けます。</div></div>";
}
