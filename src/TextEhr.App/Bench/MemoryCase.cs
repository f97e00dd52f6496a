using System.Diagnostics;

namespace TextEhr.App.Bench;

/// <summary>Memory at the end of the run: the process's peak working set and the managed heap.</summary>
public sealed class MemoryCase : IBenchCase
{
    private const double MiB = 1024 * 1024;

    public string Name => "メモリ";

    public void Run(BenchContext context, BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var gc = GC.GetGCMemoryInfo();
        report.AddFact("memory.peak_working_set", "ピーク作業セット (計測中)", process.PeakWorkingSet64 / MiB, "MiB");
        report.AddFact("memory.gc_heap", "マネージドヒープ (直近GC)", gc.HeapSizeBytes / MiB, "MiB");
        report.AddFact("memory.allocated", "累計割り当て", GC.GetTotalAllocatedBytes() / MiB, "MiB");
    }
}
