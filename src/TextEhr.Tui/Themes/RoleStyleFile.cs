using System.Text.Json.Serialization;
using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Themes;

/// <summary>One role's entry in a theme file.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class RoleStyleFile
{
    [JsonPropertyName("foreground")]
    [JsonConverter(typeof(ColorJsonConverter))]
    [JsonRequired]
    public Color Foreground { get; set; }

    [JsonPropertyName("background")]
    [JsonConverter(typeof(ColorJsonConverter))]
    [JsonRequired]
    public Color Background { get; set; }

    [JsonPropertyName("bold")]
    public bool Bold { get; set; }

    [JsonPropertyName("underline")]
    public bool Underline { get; set; }

    [JsonPropertyName("reverse")]
    public bool Reverse { get; set; }

    public Style ToStyle() => new(
        Foreground,
        Background,
        (Bold ? TextAttributes.Bold : TextAttributes.None)
        | (Underline ? TextAttributes.Underline : TextAttributes.None)
        | (Reverse ? TextAttributes.Reverse : TextAttributes.None));
}
