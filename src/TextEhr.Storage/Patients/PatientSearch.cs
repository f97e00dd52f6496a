using TextEhr.Domain.Patients;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Patients;

/// <summary>
/// The SQL behind 患者検索, one query per kind of <see cref="PatientSearchTerm"/> (notes/DB.md §7).
/// Wherever the filter is not the カナ index itself, the sort is written <c>ORDER BY +kana_norm</c>: the
/// unary plus stops the planner walking the カナ index to skip the sort, which scans every patient
/// (43 ms instead of 6 ms on 100k patients).
/// </summary>
internal sealed class PatientSearch
{
    // Prefix as a range: uses the BINARY index and needs no escaping (LIKE would scan, GLOB needs brackets).
    internal const string KanaSql = "SELECT " + PatientRowReader.SummaryColumns + """
         FROM patients WHERE kana_norm >= @q AND kana_norm < @q || char(1114111)
         ORDER BY kana_norm, id LIMIT @limit
        """;

    // Trigram MATCH finds 3+ characters only, and silently nothing for 1–2: those go to instr().
    internal const string NameFtsSql = "SELECT " + PatientRowReader.SummaryColumns + """
         FROM patients WHERE id IN (SELECT rowid FROM patients_fts WHERE patients_fts MATCH @q)
         ORDER BY +kana_norm, id LIMIT @limit
        """;

    internal const string NameShortSql = "SELECT " + PatientRowReader.SummaryColumns + """
         FROM patients WHERE instr(name_norm, @q) > 0
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

    private const int TrigramLength = 3;

    private readonly SqliteSession _session;

    public PatientSearch(SqliteSession session)
    {
        _session = session;
    }

    public IReadOnlyList<PatientSummary> Find(PatientSearchTerm term, int limit) => term.Kind switch
    {
        PatientSearchKind.Kana => Run(KanaSql, limit, ("@q", term.Key)),
        PatientSearchKind.Name when term.Key.EnumerateRunes().Count() >= TrigramLength =>
            Run(NameFtsSql, limit, ("@q", "name_norm : " + Phrase(term.Key))),
        PatientSearchKind.Name => Run(NameShortSql, limit, ("@q", term.Key)),
        PatientSearchKind.BirthDate => Run(BirthSql, limit, From(term), To(term)),
        PatientSearchKind.Phone => Run(PhoneSql, limit, ("@q", term.Key)),
        PatientSearchKind.Digits => Run(DigitsSql, limit, ("@q", term.Key), From(term), To(term)),
        _ => [],
    };

    /// <summary>One FTS5 phrase: user text never reaches the query syntax.</summary>
    private static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static SqlArg From(PatientSearchTerm term) => ("@from", StoredDate.ToNumber(term.BirthFrom));

    private static SqlArg To(PatientSearchTerm term) => ("@to", StoredDate.ToNumber(term.BirthTo));

    private List<PatientSummary> Run(string sql, int limit, params SqlArg[] args) =>
        _session.Query(sql, PatientRowReader.ReadSummary, [.. args, ("@limit", limit)]);
}
