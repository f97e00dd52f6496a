using System.Text.Json.Serialization;

namespace TextEhr.Tui.Themes;

/// <summary>A theme file as written in <c>themes/*.json</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ThemeFile
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("roles")]
    [JsonRequired]
    public ThemeRolesFile? Roles { get; set; }
}
