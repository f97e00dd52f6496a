using System.Diagnostics;

namespace TextEhr.App.Bench;

/// <summary>
/// The process's peak working set, and on Linux a way to start counting afresh after the build, so the
/// figure reported for the measurements is not the build's.
/// </summary>
public static class PeakMemory
{
    public static long WorkingSetBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    /// <summary>Resets the peak (Linux: writing 5 to /proc/self/clear_refs); elsewhere does nothing.</summary>
    public static void Reset()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not allowed in some containers: the peak then includes the build.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
