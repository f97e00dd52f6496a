namespace TextEhr.EndToEnd.Tests.Support;

/// <summary>What one run of <c>textehr</c> on pipes gave back.</summary>
internal sealed record ProgramRun(int ExitCode, string Output, string Error);
