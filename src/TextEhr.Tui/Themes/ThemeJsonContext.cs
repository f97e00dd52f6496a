using System.Text.Json;
using System.Text.Json.Serialization;

namespace TextEhr.Tui.Themes;

/// <summary>Source-generated (trim- and AOT-safe) reading of theme files; lenient about comments, commas and the case of names.</summary>
[JsonSourceGenerationOptions(
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    PropertyNameCaseInsensitive = true,
    WriteIndented = true)]
[JsonSerializable(typeof(ThemeFile))]
internal sealed partial class ThemeJsonContext : JsonSerializerContext;
