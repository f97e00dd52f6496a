using TextEhr.Tui.Commands;

namespace TextEhr.Tui.Tests.Commands;

public sealed class KeyMapValidatorTests
{
    [Fact]
    public void The_standard_maps_are_sound()
    {
        Assert.Empty(KeyMapValidator.Validate(StandardKeys.ForScreen("gallery")));
        Assert.Empty(KeyMapValidator.Validate(StandardKeys.ForDialog()));
        Assert.Empty(KeyMapValidator.Validate(StandardKeys.Global));
    }

    [Fact]
    public void A_key_bound_twice_in_one_context_is_reported_with_both_commands()
    {
        var map = StandardKeys.ForScreen("chart")
            .With(new KeyBinding(new CommandId("OpenChart"), [KeyChord.Function(2), KeyChord.Ctrl(ConsoleKey.O)], "カルテ", "Open chart", "カルテを開きます。"));

        Assert.Equal([TuiMessages.KeyBoundTwice("chart", "F2", "新規", "カルテ")], KeyMapValidator.Validate(map));
    }

    [Fact]
    public void Every_command_needs_labels_help_keys_and_a_Ctrl_alternative_to_its_F_key()
    {
        var map = new KeyMap("chart", [
            new KeyBinding(new CommandId("A"), [KeyChord.Ctrl(ConsoleKey.A)], "", "A", "説明"),
            new KeyBinding(new CommandId("B"), [KeyChord.Ctrl(ConsoleKey.B)], "B", "B", " "),
            new KeyBinding(new CommandId("C"), [], "C", "C", "説明"),
            new KeyBinding(new CommandId("D"), [KeyChord.Function(9)], "D", "D", "説明"),
        ]);

        Assert.Equal(
            [
                TuiMessages.MissingLabel("chart", "A"),
                TuiMessages.MissingHelp("chart", "B"),
                TuiMessages.NoKeys("chart", "C"),
                TuiMessages.NoCtrlAlternative("chart", "D", "F9"),
            ],
            KeyMapValidator.Validate(map));
    }
}
