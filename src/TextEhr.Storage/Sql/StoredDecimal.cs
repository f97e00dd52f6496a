using System.Globalization;

namespace TextEhr.Storage.Sql;

/// <summary>Decimals as invariant TEXT: exact (36.5 stays 36.5; REAL would not), and the scale round-trips.</summary>
internal static class StoredDecimal
{
    public static string? ToText(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static decimal? FromText(string? text) =>
        text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
