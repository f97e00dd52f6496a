using System.Text.Json.Serialization;
using TextEhr.Domain.Patients;

namespace TextEhr.Storage.Patients;

/// <summary>
/// Source-generated JSON for the insurance columns (no reflection). Enums stay numbers: they are the
/// JAHIS codes, stable by design; properties keep their C# names so old rows read back as written.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Coverage))]
[JsonSerializable(typeof(List<PublicCoverage>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext
{
}
