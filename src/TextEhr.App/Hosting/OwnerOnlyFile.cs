using System.Text;

namespace TextEhr.App.Hosting;

/// <summary>
/// Writes a small file of the data folder so that a crash or power cut leaves either the old or the new
/// content, never half: a temporary file (owner-only), flushed to disk, then renamed over.
/// </summary>
public static class OwnerOnlyFile
{
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = DataFolder.FileMode;
        }

        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
            stream.Flush(flushToDisk: true);
        }

        DataFolder.RestrictFile(temporary);
        File.Move(temporary, path, overwrite: true);
    }
}
