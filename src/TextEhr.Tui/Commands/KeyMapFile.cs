using System.Text;
using System.Text.Json;

namespace TextEhr.Tui.Commands;

/// <summary>
/// Reads a user's key file over the default maps, context by context and command by command:
/// <code>
/// {
///   "gallery": { "Search": ["F3", "Ctrl+F"], "SaveDraft": ["F9", "Ctrl+S"] }
/// }
/// </code>
/// Comments and trailing commas are allowed, since people edit the file by hand. Any problem (bad JSON,
/// an unknown screen, command or key name, a key then bound twice) gives one Japanese message naming
/// the line and showing it, and the defaults are used: a half-applied file would be worse than none.
/// </summary>
/// <remarks>
/// Read with <see cref="Utf8JsonReader"/> rather than the serializer so that every problem, including
/// the ones found after parsing, can point at its line. Trim- and AOT-safe: no reflection.
/// </remarks>
public static class KeyMapFile
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads <paramref name="path"/>; a missing file means no overrides and no error.</summary>
    public static KeyMapFileResult Load(string path, IReadOnlyList<KeyMap> defaults)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(defaults);
        if (!File.Exists(path))
        {
            return new KeyMapFileResult(defaults, null);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var message = TuiMessages.FileUnreadable(TuiMessages.KeyFileKind, path, exception.Message);
            return new KeyMapFileResult(defaults, message + "\n" + TuiMessages.DefaultKeysUsed);
        }

        return Apply(bytes, Path.GetFileName(path), defaults);
    }

    /// <summary>Applies a key file's UTF-8 text (a BOM is allowed) to the defaults.</summary>
    public static KeyMapFileResult Apply(ReadOnlySpan<byte> utf8Json, string fileName, IReadOnlyList<KeyMap> defaults)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(defaults);
        var json = utf8Json.StartsWith(Encoding.UTF8.Preamble) ? utf8Json[Encoding.UTF8.Preamble.Length..] : utf8Json;
        try
        {
            var maps = defaults.ToList();
            foreach (var entry in Read(json, defaults))
            {
                var index = maps.FindIndex(map => string.Equals(map.Context, entry.Context, StringComparison.Ordinal));
                var changed = maps[index].WithKeys(entry.Command, entry.Keys);
                var clash = KeyMapValidator.Validate(changed).Except(KeyMapValidator.Validate(maps[index]), StringComparer.Ordinal).FirstOrDefault();
                if (clash is not null)
                {
                    throw new KeyFileProblem(entry.Line, clash);
                }

                maps[index] = changed;
            }

            return new KeyMapFileResult(maps, null);
        }
        catch (KeyFileProblem problem)
        {
            return Failed(json, fileName, problem.Line, problem.Message, defaults);
        }
        catch (JsonException exception)
        {
            return Failed(json, fileName, (int)(exception.LineNumber ?? 0) + 1, TuiMessages.JsonSyntax, defaults);
        }
    }

    private static KeyMapFileResult Failed(ReadOnlySpan<byte> json, string fileName, int line, string problem, IReadOnlyList<KeyMap> defaults)
    {
        var lines = Encoding.UTF8.GetString(json).Split('\n');
        var text = line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r').Trim() : string.Empty;
        var message = TuiMessages.FileAt(TuiMessages.KeyFileKind, fileName, line, text, problem);
        return new KeyMapFileResult(defaults, message + "\n" + TuiMessages.DefaultKeysUsed);
    }

    private static List<KeyOverride> Read(ReadOnlySpan<byte> json, IReadOnlyList<KeyMap> defaults)
    {
        var overrides = new List<KeyOverride>();
        var reader = new Utf8JsonReader(json, Options);
        Expect(ref reader, json, JsonTokenType.StartObject, TuiMessages.ObjectExpected);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var context = reader.GetString()!;
            var map = defaults.FirstOrDefault(m => string.Equals(m.Context, context, StringComparison.Ordinal))
                ?? throw new KeyFileProblem(LineOf(json, reader), TuiMessages.UnknownContext(context));
            Expect(ref reader, json, JsonTokenType.StartObject, TuiMessages.ObjectExpected);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var line = LineOf(json, reader);
                var command = new CommandId(reader.GetString()!);
                if (map[command] is null)
                {
                    throw new KeyFileProblem(line, TuiMessages.UnknownCommand(context, command.Name));
                }

                overrides.Add(new KeyOverride(context, command, ReadKeys(ref reader, json), line));
            }
        }

        // Anything after the closing brace is a syntax error the reader reports only when asked.
        reader.Read();
        return overrides;
    }

    private static KeyChord[] ReadKeys(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return [ReadKey(ref reader, json)];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new KeyFileProblem(LineOf(json, reader), TuiMessages.KeyListExpected);
        }

        var keys = new List<KeyChord>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new KeyFileProblem(LineOf(json, reader), TuiMessages.KeyListExpected);
            }

            keys.Add(ReadKey(ref reader, json));
        }

        return [.. keys];
    }

    private static KeyChord ReadKey(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        var text = reader.GetString();
        return KeyChord.TryParse(text, out var key) ? key : throw new KeyFileProblem(LineOf(json, reader), TuiMessages.UnknownKeyName(text ?? string.Empty));
    }

    private static void Expect(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, JsonTokenType type, string problem)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new KeyFileProblem(LineOf(json, reader), problem);
        }
    }

    // The reader knows its byte offset but not its line; count the line feeds before the token.
    private static int LineOf(ReadOnlySpan<byte> json, Utf8JsonReader reader) =>
        json[..(int)Math.Min(reader.TokenStartIndex, json.Length)].Count((byte)'\n') + 1;

    private sealed record KeyOverride(string Context, CommandId Command, KeyChord[] Keys, int Line);
}
