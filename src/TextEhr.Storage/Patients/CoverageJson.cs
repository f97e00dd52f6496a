using System.Text.Json;
using TextEhr.Domain.Patients;

namespace TextEhr.Storage.Patients;

/// <summary>
/// 保険 and 公費 stored as JSON on the patient row, so the BEFORE UPDATE trigger copies them into the
/// history with the rest of the revision (child tables would need their own history).
/// </summary>
internal static class CoverageJson
{
    public static string? Write(Coverage? coverage) =>
        coverage is null ? null : JsonSerializer.Serialize(coverage, StorageJsonContext.Default.Coverage);

    public static Coverage? ReadCoverage(string? json) =>
        json is null ? null : JsonSerializer.Deserialize(json, StorageJsonContext.Default.Coverage);

    public static string Write(IReadOnlyList<PublicCoverage> coverages) =>
        JsonSerializer.Serialize(coverages.ToList(), StorageJsonContext.Default.ListPublicCoverage);

    public static IReadOnlyList<PublicCoverage> ReadPublicCoverages(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Default.ListPublicCoverage) ?? [];
}
