using System.Diagnostics;
using AnisotropicNoise.Experiments.Toy2D;

namespace AnisotropicNoise.Benchmarks;

/// <summary>The 2-D escape experiment at the paper's settings: 100 repetitions × 7 dynamics × 500 steps, against a 2 s target.</summary>
internal sealed class Toy2DBenchmark : IBenchmark
{
    private const double TargetSeconds = 2.0;

    public string Name => "toy2d";

    public void Run(TextWriter output)
    {
        var settings = new Toy2DSettings { Repetitions = 100 };
        Toy2D.Run(settings with { Repetitions = 30 }); // warm-up: lets tiered JIT reach its optimized code
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        int collectionsBefore = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        var result = Toy2D.Run(settings);
        double seconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        double allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        int collections = GC.CollectionCount(0) - collectionsBefore;
        long steps = (long)settings.Repetitions * result.Dynamics.Count * settings.Steps;
        output.WriteLine($"{settings.Repetitions} repetitions × {result.Dynamics.Count} dynamics × {settings.Steps} steps on {Environment.ProcessorCount} cores: {seconds:F3} s");
        output.WriteLine($"CPU time {cpuSeconds:F3} s (wall time on a shared machine varies with other load)");
        output.WriteLine($"allocated {allocated / 1e6:F0} MB ({allocated / steps:F0} B per step), {collections} gen-0 collections");
        output.WriteLine($"{steps / seconds / 1e6:F2} M steps/s; time / {TargetSeconds} s target = {seconds / TargetSeconds:F3}");
    }
}
