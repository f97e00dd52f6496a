namespace TextEhr.App.Cli;

/// <summary>The passphrase a command will use, and whether it is the one kept on this PC (which may be outdated).</summary>
internal sealed record PassphraseChoice(string Text, bool WasKept);
