using System.Text.Json;

namespace TextEhr.Tui.Themes;

/// <summary>
/// A value in a theme file that is valid JSON but means nothing. Its message is already Japanese; the
/// serializer adds the line it was found at.
/// </summary>
internal sealed class ThemeValueException : JsonException
{
    public ThemeValueException()
    {
    }

    public ThemeValueException(string message)
        : base(message)
    {
    }

    public ThemeValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ThemeValueException(string message, string? path, long? lineNumber, long? bytePositionInLine)
        : base(message, path, lineNumber, bytePositionInLine)
    {
    }

    public ThemeValueException(string message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
    }
}
