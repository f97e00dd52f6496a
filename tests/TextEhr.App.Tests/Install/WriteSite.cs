namespace TextEhr.App.Tests.Install;

/// <summary>One place install.ps1 writes or deletes, with the paths its variable can hold.</summary>
/// <param name="Command">The command as written, e.g. <c>Remove-Item</c>.</param>
/// <param name="Variable">The variable naming the target.</param>
/// <param name="Removes">True when the command deletes or moves the target away.</param>
/// <param name="Paths">Every value the variable can take, with <c>%LOCALAPPDATA%</c>-style roots; <c>?</c> when unknown.</param>
internal sealed record WriteSite(string Command, string Variable, bool Removes, IReadOnlyList<string> Paths);
