using System.Diagnostics;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// Wall-clock and process CPU time of the fastest of several runs. On a machine shared with other
/// work the wall time varies with the load; CPU time (summed over this process's threads) varies far
/// less, so rates per CPU-second compare fairly within one run.
/// </summary>
internal readonly record struct Timing(double WallSeconds, double CpuSeconds)
{
    /// <summary>Runs <paramref name="action"/> twice to warm up (tiered compilation), then keeps the fastest of <paramref name="runs"/> timed runs.</summary>
    public static Timing Best(Action action, int runs = 7)
    {
        action();
        action();
        var best = new Timing(double.MaxValue, double.MaxValue);
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            action();
            double wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            best = new Timing(Math.Min(best.WallSeconds, wall), Math.Min(best.CpuSeconds, (process.TotalProcessorTime - cpu).TotalSeconds));
        }
        return best;
    }

    /// <summary>Times one run of <paramref name="action"/>, for work too long to repeat.</summary>
    public static Timing Once(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        double wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return new Timing(wall, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>GFLOP/s of wall-clock time for <paramref name="flops"/> operations.</summary>
    public double WallRate(double flops) => flops / WallSeconds / 1e9;

    /// <summary>GFLOP per CPU-second (per core busy) for <paramref name="flops"/> operations.</summary>
    public double CpuRate(double flops) => flops / CpuSeconds / 1e9;
}
