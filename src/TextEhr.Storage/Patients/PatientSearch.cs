using System.Globalization;
using TextEhr.Domain.Patients;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Patients;

/// <summary>
/// Runs 患者検索, one way per kind of <see cref="PatientSearchTerm"/> (notes/DB.md §7). An index serves カナ
/// prefixes, names of 3+ characters, 患者番号 and narrow birth or phone ranges; names of 1–2 characters
/// and ranges that match many patients are scanned in <see cref="PatientSearchIndex"/> instead, which
/// stops at the limit where SQL would read and sort every hit. Either way the order is カナ then id, a
/// typed 患者番号 first.
/// </summary>
/// <remarks>
/// Wherever the filter is not the カナ index itself, the SQL sorts with <c>ORDER BY +kana_norm</c>: the unary
/// plus stops the planner walking the カナ index to skip the sort, which scans every patient.
/// </remarks>
internal sealed class PatientSearch
{
    // Prefix as a range: uses the BINARY index and needs no escaping (LIKE would scan, GLOB needs brackets).
    internal const string KanaSql = "SELECT " + PatientRowReader.SummaryColumns + """
         FROM patients WHERE kana_norm >= @q AND kana_norm < @q || char(1114111)
         ORDER BY kana_norm, id LIMIT @limit
        """;

    // Trigram MATCH finds 3+ characters only, and silently nothing for 1–2: those go to the index in memory.
    internal const string NameFtsSql = "SELECT " + PatientRowReader.SummaryColumns + """
         FROM patients WHERE id IN (SELECT rowid FROM patients_fts WHERE patients_fts MATCH @q)
         ORDER BY +kana_norm, id LIMIT @limit
        """;

    internal const string BirthSql = "SELECT " + PatientRowReader.SummaryColumns + """
         FROM patients WHERE birth BETWEEN @from AND @to
         ORDER BY +kana_norm, id LIMIT @limit
        """;

    internal const string PhoneSql = "SELECT " + PatientRowReader.SummaryColumns + """
         FROM patients WHERE phone_digits >= @q AND phone_digits < @q || char(1114111)
         ORDER BY +kana_norm, id LIMIT @limit
        """;

    // Digits alone may be a 患者番号, the start of a phone number or a birth date: each arm uses its own
    // index. @from/@to are NULL when the digits are no date, and BETWEEN NULL matches nothing. The
    // patient whose 患者番号 it is comes first, ahead of fifty born that year.
    internal const string DigitsSql = "SELECT " + PatientRowReader.SummaryColumns + """
         FROM patients WHERE id IN (
           SELECT id FROM patients WHERE chart_no = @q
           UNION SELECT id FROM patients WHERE phone_digits >= @q AND phone_digits < @q || char(1114111)
           UNION SELECT id FROM patients WHERE birth BETWEEN @from AND @to)
         ORDER BY chart_no <> @q, +kana_norm, id LIMIT @limit
        """;

    // How many patients a range matches, counted on its index only and no further than @wide.
    internal const string BirthWidthSql =
        "SELECT count(*) FROM (SELECT 1 FROM patients WHERE birth BETWEEN @from AND @to LIMIT @wide)";

    internal const string PhoneWidthSql = """
        SELECT count(*) FROM (SELECT 1 FROM patients
          WHERE phone_digits >= @q AND phone_digits < @q || char(1114111) LIMIT @wide)
        """;

    internal const string DigitsWidthSql = "SELECT (" + PhoneWidthSql + ") + (" + BirthWidthSql + ")";

    internal const string ChartNumberSql = "SELECT id FROM patients WHERE chart_no = @q";

    internal const string ByIdsSql = "SELECT " + PatientRowReader.SummaryColumns
        + " FROM patients WHERE id IN (SELECT value FROM json_each(@ids))";

    private const int TrigramLength = 3;

    // A screenful or two; a caller asking for "everyone" grows the list instead of reserving it.
    private const int MostRowsExpected = 256;

    private readonly SqliteSession _session;
    private readonly PatientSearchIndex _index;
    private readonly int _wide;

    /// <summary>Searches through <paramref name="session"/>; the index in memory is built on first use.</summary>
    /// <param name="session">The connection.</param>
    /// <param name="wide">Birth and phone searches matching this many patients or more are scanned in memory.</param>
    public PatientSearch(SqliteSession session, int wide)
    {
        _session = session;
        _index = new PatientSearchIndex(session);
        _wide = wide;
    }

    internal PatientSearchIndex Index => _index;

    public IReadOnlyList<PatientSummary> Find(PatientSearchTerm term, int limit) => term.Kind switch
    {
        PatientSearchKind.Kana => Run(KanaSql, limit, ("@q", term.Key)),
        PatientSearchKind.Name when term.Key.EnumerateRunes().Count() >= TrigramLength =>
            Run(NameFtsSql, limit, ("@q", "name_norm : " + Phrase(term.Key))),
        PatientSearchKind.Name => FindInMemory(NameContains(term.Key), limit),
        PatientSearchKind.BirthDate when IsNarrow(BirthWidthSql, From(term), To(term)) =>
            Run(BirthSql, limit, From(term), To(term)),
        PatientSearchKind.BirthDate => FindInMemory(BornWithin(term), limit),
        PatientSearchKind.Phone when IsNarrow(PhoneWidthSql, ("@q", term.Key)) => Run(PhoneSql, limit, ("@q", term.Key)),
        PatientSearchKind.Phone => FindInMemory(PhoneStartsWith(term.Key), limit),
        PatientSearchKind.Digits when IsNarrow(DigitsWidthSql, ("@q", term.Key), From(term), To(term)) =>
            Run(DigitsSql, limit, ("@q", term.Key), From(term), To(term)),
        PatientSearchKind.Digits => FindDigitsInMemory(term, limit),
        _ => [],
    };

    /// <summary>One FTS5 phrase: user text never reaches the query syntax.</summary>
    private static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // instr(name_norm, @q) > 0: code units compare as SQLite compares characters.
    private static Func<PatientSearchEntry, bool> NameContains(string key) =>
        entry => entry.NameNorm.Contains(key, StringComparison.Ordinal);

    // The range test on an index ordered by code point: for digits, the same as a prefix test.
    private static Func<PatientSearchEntry, bool> PhoneStartsWith(string digits) =>
        entry => entry.PhoneDigits.StartsWith(digits, StringComparison.Ordinal);

    private static Func<PatientSearchEntry, bool> BornWithin(PatientSearchTerm term)
    {
        var from = StoredDate.ToNumber(term.BirthFrom) ?? long.MaxValue;
        var to = StoredDate.ToNumber(term.BirthTo) ?? long.MinValue;
        return entry => entry.Birth >= from && entry.Birth <= to;
    }

    private static SqlArg From(PatientSearchTerm term) => ("@from", StoredDate.ToNumber(term.BirthFrom));

    private static SqlArg To(PatientSearchTerm term) => ("@to", StoredDate.ToNumber(term.BirthTo));

    private bool IsNarrow(string widthSql, params SqlArg[] args) =>
        _session.ScalarInt64(widthSql, [.. args, ("@wide", _wide)]) < _wide;

    /// <summary>The 患者番号 first, then the phone and birth arms in カナ order, as <see cref="DigitsSql"/> orders them.</summary>
    private List<PatientSummary> FindDigitsInMemory(PatientSearchTerm term, int limit)
    {
        var ids = new List<long>(Math.Min(limit, MostRowsExpected));
        var exact = _session.ScalarInt64(ChartNumberSql, ("@q", term.Key));
        if (exact is { } id)
        {
            ids.Add(id);
        }

        var phone = PhoneStartsWith(term.Key);
        var born = BornWithin(term);
        _index.Collect(entry => entry.Id != exact && (phone(entry) || born(entry)), limit, ids);
        return Summaries(ids);
    }

    private List<PatientSummary> FindInMemory(Func<PatientSearchEntry, bool> match, int limit)
    {
        var ids = new List<long>(Math.Min(limit, MostRowsExpected));
        _index.Collect(match, limit, ids);
        return Summaries(ids);
    }

    /// <summary>The list rows of <paramref name="ids"/>, read now (a name or last visit is never stale), in that order.</summary>
    private List<PatientSummary> Summaries(List<long> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var json = "[" + string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";
        var rows = _session.Query(ByIdsSql, PatientRowReader.ReadSummary, ("@ids", json)).ToDictionary(row => row.Id);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

    private List<PatientSummary> Run(string sql, int limit, params SqlArg[] args) =>
        _session.Query(sql, PatientRowReader.ReadSummary, [.. args, ("@limit", limit)]);
}
