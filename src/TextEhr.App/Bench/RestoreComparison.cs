using System.Globalization;
using TextEhr.Storage.Backup;

namespace TextEhr.App.Bench;

/// <summary>
/// A restored database compared with its source, table by table: row count and content hash. The restore
/// writes one audit row of its own, so audit_log may hold exactly one row more; nothing else may differ.
/// </summary>
/// <param name="Tables">Tables in either database.</param>
/// <param name="Differing">Tables whose rows or hash differ, or that one side lacks, by name.</param>
public sealed record RestoreComparison(int Tables, IReadOnlyList<string> Differing)
{
    public const string TargetKey = "restore.tables_identical";

    private const string AuditTable = "audit_log";

    public int Identical => Tables - Differing.Count;

    public bool AllIdentical => Differing.Count == 0;

    public static RestoreComparison Compare(DatabaseContent source, DatabaseContent restored)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(restored);
        var before = source.Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var after = restored.Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var names = before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var differing = names
            .Where(name => !(before.TryGetValue(name, out var original) && after.TryGetValue(name, out var copy) && Matches(original, copy)))
            .ToList();
        return new RestoreComparison(names.Count, differing);
    }

    /// <summary>Adds the figure and the target: any differing table is a miss, and the bench exits 1.</summary>
    public void AddTo(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tables = Tables.ToString(CultureInfo.InvariantCulture);
        report.AddFact(TargetKey, "復元: 一致した表 (audit_log は復元の 1 行を除く)", Identical, "/" + tables);
        var detail = AllIdentical
            ? string.Create(CultureInfo.InvariantCulture, $"{Identical}/{tables}")
            : string.Create(CultureInfo.InvariantCulture, $"{Identical}/{tables}、違う表: {string.Join(", ", Differing)}");
        report.AddTarget(TargetKey, "復元した DB の全表が元と一致 (行数と内容ハッシュ)", AllIdentical, detail);
    }

    private static bool Matches(TableContent original, TableContent copy) =>
        copy == original
        || (string.Equals(copy.Name, AuditTable, StringComparison.Ordinal) && copy.Rows == original.Rows + 1);
}
