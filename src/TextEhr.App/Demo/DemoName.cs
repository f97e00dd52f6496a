namespace TextEhr.App.Demo;

/// <summary>A name as written and as read (full-width katakana).</summary>
internal sealed record DemoName(string Kanji, string Kana);
