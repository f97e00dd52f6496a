using System.Text;
using Serilog.Sinks.File;
using TextEhr.App.Hosting;

namespace TextEhr.App.Logging;

/// <summary>Makes each log file owner-only (0600) as the sink opens it.</summary>
public sealed class OwnerOnlyLogFiles : FileLifecycleHooks
{
    public override Stream OnFileOpened(string path, Stream underlyingStream, Encoding encoding)
    {
        try
        {
            DataFolder.RestrictFile(path);
        }
        catch (IOException)
        {
            // The folder is owner-only already; a file we cannot chmod is still inside it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }

        return underlyingStream;
    }
}
