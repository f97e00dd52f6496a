namespace TextEhr.Storage;

/// <summary>What <see cref="ClinicDatabase.CheckIntegrity"/> found; <see cref="Problems"/> is in Japanese, for the user.</summary>
public sealed record IntegrityReport(bool IsOk, IReadOnlyList<string> Problems);
