using System.Runtime.InteropServices;

namespace TextEhr.Tui.Commands;

/// <summary>
/// A named command a key can be bound to, named as a verb (<c>Save</c>, <c>Confirm</c>, <c>NewPatient</c>).
/// Screens handle commands, never keys, so a user's key file can rebind anything.
/// </summary>
/// <param name="Name">The name used in key files and logs; ordinal, case-sensitive.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct CommandId(string Name)
{
    public override string ToString() => Name ?? string.Empty;
}
