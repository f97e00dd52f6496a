using System.Text;
using TextEhr.Tui.Text;

namespace TextEhr.Tui.Commands;

/// <summary>The key map as a table for people: the F1 help and the README's key table come from here.</summary>
public static class KeyTable
{
    /// <summary>The help rows: keys, label and help, in columns measured in cells.</summary>
    public static IReadOnlyList<(string Keys, string Label, string Help)> Rows(KeyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return [.. map.Bindings.Select(binding => (binding.KeyText, binding.Label, binding.Help))];
    }

    /// <summary>A Markdown table (キー | 操作 | 説明) for documents, so the README cannot drift from the program.</summary>
    public static string Markdown(KeyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var builder = new StringBuilder("| キー | 操作 | 説明 |\n|---|---|---|\n");
        foreach (var (keys, label, help) in Rows(map))
        {
            builder.Append("| ").Append(keys).Append(" | ").Append(label).Append(" | ").Append(help).Append(" |\n");
        }

        return builder.ToString();
    }

    /// <summary>The widest keys column, in cells, for aligning the help.</summary>
    public static int KeysWidth(KeyMap map) => Rows(map).Select(row => CellWidth.Of(row.Keys)).DefaultIfEmpty(0).Max();

    /// <summary>The widest label, in cells.</summary>
    public static int LabelWidth(KeyMap map) => Rows(map).Select(row => CellWidth.Of(row.Label)).DefaultIfEmpty(0).Max();
}
