namespace TextEhr.App.Bench;

/// <summary>
/// A pass-or-fail promise the bench checks besides the search budget (every restored table identical, say).
/// A missed target makes <c>textehr bench</c> exit 1, so a script or CI notices without reading the table.
/// </summary>
/// <param name="Key">Stable, ASCII, dotted (<c>restore.tables_identical</c>).</param>
/// <param name="Label">Japanese description for the verdict line.</param>
/// <param name="Met">True when the promise held.</param>
/// <param name="Detail">What was found ("14/14", or the tables that differ).</param>
public sealed record BenchTarget(string Key, string Label, bool Met, string Detail);
