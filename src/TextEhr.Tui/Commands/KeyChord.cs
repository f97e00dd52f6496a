using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using TextEhr.Tui.Input;

namespace TextEhr.Tui.Commands;

/// <summary>
/// A key with its modifiers, as written in key files and shown on the F-key bar: <c>F1</c>,
/// <c>Ctrl+L</c>, <c>Shift+Tab</c>, <c>Esc</c>. Parsing ignores case; modifiers print as Ctrl, Alt, Shift.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct KeyChord(ConsoleKey Key, ConsoleModifiers Modifiers = ConsoleModifiers.None)
{
    private static readonly (string Name, ConsoleKey Key)[] Names =
    [
        ("Esc", ConsoleKey.Escape), ("Escape", ConsoleKey.Escape), ("Enter", ConsoleKey.Enter), ("Tab", ConsoleKey.Tab),
        ("Space", ConsoleKey.Spacebar), ("Backspace", ConsoleKey.Backspace), ("Delete", ConsoleKey.Delete),
        ("Del", ConsoleKey.Delete), ("Insert", ConsoleKey.Insert), ("Ins", ConsoleKey.Insert), ("Home", ConsoleKey.Home),
        ("End", ConsoleKey.End), ("PageUp", ConsoleKey.PageUp), ("PgUp", ConsoleKey.PageUp),
        ("PageDown", ConsoleKey.PageDown), ("PgDn", ConsoleKey.PageDown), ("Up", ConsoleKey.UpArrow),
        ("Down", ConsoleKey.DownArrow), ("Left", ConsoleKey.LeftArrow), ("Right", ConsoleKey.RightArrow),
    ];

    /// <summary>F1 to F12: the keys the F-key bar shows.</summary>
    public bool IsFunctionKey => Key is >= ConsoleKey.F1 and <= ConsoleKey.F12;

    public static KeyChord Of(KeyEvent key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new KeyChord(key.Key, key.Modifiers);
    }

    public static KeyChord Function(int number) =>
        number is >= 1 and <= 12 ? new(ConsoleKey.F1 + (number - 1)) : throw new ArgumentOutOfRangeException(nameof(number));

    public static KeyChord Ctrl(ConsoleKey key) => new(key, ConsoleModifiers.Control);

    public static KeyChord Parse(string text) =>
        TryParse(text, out var chord) ? chord : throw new FormatException($"'{text}' is not a key name.");

    public static bool TryParse([NotNullWhen(true)] string? text, out KeyChord chord)
    {
        chord = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Split('+', StringSplitOptions.TrimEntries);
        var modifiers = ConsoleModifiers.None;
        foreach (var part in parts[..^1])
        {
            var modifier = part.ToUpperInvariant() switch
            {
                "CTRL" or "CONTROL" => ConsoleModifiers.Control,
                "ALT" => ConsoleModifiers.Alt,
                "SHIFT" => ConsoleModifiers.Shift,
                _ => ConsoleModifiers.None,
            };
            if (modifier == ConsoleModifiers.None || modifiers.HasFlag(modifier))
            {
                return false;
            }

            modifiers |= modifier;
        }

        if (!TryParseKey(parts[^1], out var key))
        {
            return false;
        }

        chord = new KeyChord(key, modifiers);
        return true;
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Modifiers.HasFlag(ConsoleModifiers.Control))
        {
            builder.Append("Ctrl+");
        }

        if (Modifiers.HasFlag(ConsoleModifiers.Alt))
        {
            builder.Append("Alt+");
        }

        if (Modifiers.HasFlag(ConsoleModifiers.Shift))
        {
            builder.Append("Shift+");
        }

        return builder.Append(KeyName(Key)).ToString();
    }

    private static string KeyName(ConsoleKey key)
    {
        if (key is >= ConsoleKey.D0 and <= ConsoleKey.D9)
        {
            return ((char)('0' + (key - ConsoleKey.D0))).ToString();
        }

        foreach (var (name, named) in Names)
        {
            if (named == key)
            {
                return name;
            }
        }

        return key.ToString();
    }

    private static bool TryParseKey(string name, out ConsoleKey key)
    {
        key = default;
        if (name.Length == 1 && char.IsAsciiLetter(name[0]))
        {
            key = ConsoleKey.A + (char.ToUpperInvariant(name[0]) - 'A');
            return true;
        }

        if (name.Length == 1 && char.IsAsciiDigit(name[0]))
        {
            key = ConsoleKey.D0 + (name[0] - '0');
            return true;
        }

        if (name.Length is 2 or 3 && (name[0] is 'F' or 'f') && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 12)
        {
            key = ConsoleKey.F1 + (number - 1);
            return true;
        }

        foreach (var (known, named) in Names)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                key = named;
                return true;
            }
        }

        return false;
    }
}
