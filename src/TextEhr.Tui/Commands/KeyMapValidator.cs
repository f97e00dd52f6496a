namespace TextEhr.Tui.Commands;

/// <summary>
/// Checks a key map: no key bound twice in one context, no command twice, every command with keys, a
/// label, an English label and help, and every F-key with a Ctrl alternative.
/// </summary>
public static class KeyMapValidator
{
    /// <summary>The problems found, as Japanese sentences; empty when the map is sound.</summary>
    public static IReadOnlyList<string> Validate(KeyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var problems = new List<string>();
        var owners = new Dictionary<KeyChord, KeyBinding>();
        var commands = new HashSet<CommandId>();
        foreach (var binding in map.Bindings)
        {
            var name = binding.Command.ToString();
            if (!commands.Add(binding.Command))
            {
                problems.Add(TuiMessages.CommandTwice(map.Context, name));
            }

            if (string.IsNullOrWhiteSpace(binding.Label) || string.IsNullOrWhiteSpace(binding.EnglishLabel))
            {
                problems.Add(TuiMessages.MissingLabel(map.Context, name));
            }

            if (string.IsNullOrWhiteSpace(binding.Help))
            {
                problems.Add(TuiMessages.MissingHelp(map.Context, name));
            }

            if (binding.Keys.Count == 0)
            {
                problems.Add(TuiMessages.NoKeys(map.Context, name));
            }

            if (binding.Keys.Any(key => key.IsFunctionKey) && !binding.Keys.Any(key => key.Modifiers.HasFlag(ConsoleModifiers.Control)))
            {
                problems.Add(TuiMessages.NoCtrlAlternative(map.Context, binding.Label, binding.BarKey.ToString()!));
            }

            foreach (var key in binding.Keys.Distinct())
            {
                if (owners.TryGetValue(key, out var owner))
                {
                    problems.Add(TuiMessages.KeyBoundTwice(map.Context, key.ToString(), owner.Label, binding.Label));
                }
                else
                {
                    owners.Add(key, binding);
                }
            }
        }

        return problems;
    }
}
