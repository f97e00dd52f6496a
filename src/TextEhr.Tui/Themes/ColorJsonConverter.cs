using System.Text.Json;
using System.Text.Json.Serialization;
using TextEhr.Tui.Screen;

namespace TextEhr.Tui.Themes;

/// <summary>Reads a colour as <see cref="ColorText"/> writes it; a bad value fails at its own line with a Japanese message.</summary>
internal sealed class ColorJsonConverter : JsonConverter<Color>
{
    public override Color Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => reader.TryGetInt32(out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            _ => null,
        };
        return ColorText.TryParse(text, out var color) ? color : throw new ThemeValueException(TuiMessages.UnknownColor(text ?? reader.TokenType.ToString()));
    }

    public override void Write(Utf8JsonWriter writer, Color value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ColorText.Format(value));
    }
}
