using TextEhr.Tui.Input;

namespace TextEhr.Tui.Commands;

/// <summary>
/// The keys of one context (a screen, a dialog, the help): command → keys, labels and help, as data.
/// Immutable: a screen whose labels change with its state returns <see cref="WithLabel"/> copies, so
/// the F-key bar always shows what the keys do now.
/// </summary>
public sealed class KeyMap
{
    private readonly KeyBinding[] _bindings;

    public KeyMap(string context, IEnumerable<KeyBinding> bindings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(context);
        ArgumentNullException.ThrowIfNull(bindings);
        Context = context;
        _bindings = [.. bindings];
    }

    /// <summary>The context's name in key files (<c>gallery</c>, <c>dialog</c>, <c>patientSearch</c>).</summary>
    public string Context { get; }

    /// <summary>The rows in the order the bar and the help show them.</summary>
    public IReadOnlyList<KeyBinding> Bindings => _bindings;

    /// <summary>The binding of a command, or null.</summary>
    public KeyBinding? this[CommandId command] => Array.Find(_bindings, binding => binding.Command == command);

    /// <summary>The command a key runs here; the first binding wins (the validator reports keys bound twice).</summary>
    public bool TryFind(KeyChord key, out CommandId command)
    {
        foreach (var binding in _bindings)
        {
            foreach (var bound in binding.Keys)
            {
                if (bound == key)
                {
                    command = binding.Command;
                    return true;
                }
            }
        }

        command = default;
        return false;
    }

    /// <summary>The command a key event runs; text keys never run commands, since in a form letters are text.</summary>
    public bool TryFind(KeyEvent key, out CommandId command)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.IsText)
        {
            command = default;
            return false;
        }

        return TryFind(KeyChord.Of(key), out command);
    }

    /// <summary>A copy with <paramref name="binding"/> replacing the command's row, or appended.</summary>
    public KeyMap With(KeyBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var index = Array.FindIndex(_bindings, row => row.Command == binding.Command);
        return new KeyMap(Context, index < 0 ? [.. _bindings, binding] : _bindings.Select((row, i) => i == index ? binding : row));
    }

    /// <summary>A copy without the command's row.</summary>
    public KeyMap Without(CommandId command) => new(Context, _bindings.Where(row => row.Command != command));

    /// <summary>A copy whose bar label for the command says what it does now; unchanged when the command is absent.</summary>
    public KeyMap WithLabel(CommandId command, string label) =>
        this[command] is { } binding ? With(binding with { Label = label }) : this;

    /// <summary>A copy whose command runs on other keys (a user's key file).</summary>
    public KeyMap WithKeys(CommandId command, IReadOnlyList<KeyChord> keys) =>
        this[command] is { } binding ? With(binding with { Keys = keys }) : this;
}
