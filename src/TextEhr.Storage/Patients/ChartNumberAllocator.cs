using System.Globalization;
using TextEhr.Storage.Sql;

namespace TextEhr.Storage.Patients;

/// <summary>
/// Hands out the next free 患者番号 from a counter row (O(1), unlike max() over a TEXT column), skipping
/// numbers a clerk already typed by hand. Runs inside the caller's write transaction.
/// </summary>
internal sealed class ChartNumberAllocator
{
    private const string Sequence = "chart_no";
    private const string ReadSql = "SELECT value FROM sequences WHERE name = @name";
    private const string SaveSql = """
        INSERT INTO sequences(name, value) VALUES (@name, @value)
        ON CONFLICT(name) DO UPDATE SET value = excluded.value
        """;

    private const string TakenSql = "SELECT 1 FROM patients WHERE chart_no = @chart_no";

    private readonly SqliteSession _session;

    public ChartNumberAllocator(SqliteSession session)
    {
        _session = session;
    }

    public string Next()
    {
        var value = _session.ScalarInt64(ReadSql, ("@name", Sequence)) ?? 0;
        string candidate;
        do
        {
            value++;
            candidate = value.ToString(CultureInfo.InvariantCulture);
        }
        while (_session.ScalarInt64(TakenSql, ("@chart_no", candidate)) is not null);

        _session.Execute(SaveSql, ("@name", Sequence), ("@value", value));
        return candidate;
    }
}
