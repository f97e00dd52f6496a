using TextEhr.Domain.Validation;

namespace TextEhr.App.Bench;

/// <summary>
/// 患者検索 per keystroke through <c>IPatientStore.Search</c>, as the search screen calls it: every prefix
/// of real patients' カナ, 漢字 (1, 2, 3+ characters), 患者番号, 生年月日 (和暦 and 西暦) and phone.
/// </summary>
public sealed class PatientSearchCase : IBenchCase
{
    /// <summary>Rows a search screen asks for (a 24-line terminal shows fewer).</summary>
    public const int Limit = 50;

    private const int WarmUp = 20;

    public string Name => "患者検索 (1打鍵ごと)";

    public void Run(BenchContext context, BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var samples = context.Samples;
        Measure(context, report, "search.kana", "検索 カナ前方一致", samples.SelectMany(SearchKeystrokes.Kana));
        var kanji = samples.SelectMany(SearchKeystrokes.Kanji).ToList();
        Measure(context, report, "search.kanji1", "検索 漢字 1文字", kanji.Where(text => RuneCount(text) == 1));
        Measure(context, report, "search.kanji2", "検索 漢字 2文字", kanji.Where(text => RuneCount(text) == 2));
        Measure(context, report, "search.kanji3", "検索 漢字 3文字以上", kanji.Where(text => RuneCount(text) >= 3));
        Measure(context, report, "search.id", "検索 患者番号", samples.SelectMany(SearchKeystrokes.ChartNumber));
        Measure(context, report, "search.birth.wareki", "検索 生年月日 和暦 (S50.3.1)", samples.SelectMany(SearchKeystrokes.BirthWareki));
        Measure(context, report, "search.birth.western", "検索 生年月日 西暦 (19750301)", samples.SelectMany(SearchKeystrokes.BirthWestern));
        Measure(context, report, "search.phone", "検索 電話番号 (参考)", samples.SelectMany(SearchKeystrokes.Phone), isTarget: false);
    }

    private static void Measure(BenchContext context, BenchReport report, string key, string label, IEnumerable<string> typed, bool isTarget = true)
    {
        var texts = typed.ToList();
        var store = context.Database.Patients;
        var refused = 0;
        foreach (var text in texts.Take(WarmUp))
        {
            Search(store, text, ref refused);
        }

        refused = 0;
        var times = new List<double>(texts.Count);
        foreach (var text in texts)
        {
            times.Add(BenchTimer.Milliseconds(() => Search(store, text, ref refused)));
        }

        report.Add(key, label, times, isTarget);
        if (refused > 0)
        {
            report.AddNote($"{key}: {refused} 件の入力途中の文字列が検索で拒否された (ValidationException)。");
        }
    }

    private static void Search(Domain.Stores.IPatientStore store, string text, ref int refused)
    {
        try
        {
            _ = store.Search(text, Limit);
        }
        catch (ValidationException)
        {
            refused++;
        }
    }

    private static int RuneCount(string text) => text.EnumerateRunes().Count();
}
