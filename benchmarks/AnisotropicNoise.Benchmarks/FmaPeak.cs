using System.Numerics;

namespace AnisotropicNoise.Benchmarks;

/// <summary>This CPU's double-precision fused-multiply-add rate: register-resident FMA chains on every core at once.</summary>
internal static class FmaPeak
{
    /// <summary>The flops of one measurement (an FMA counts as two).</summary>
    public static double Flops(long iterations) => Environment.ProcessorCount * (double)iterations * 10 * Vector<double>.Count * 2;

    /// <summary>Runs the loop on every core at once.</summary>
    public static Timing Measure(long iterations) => Timing.Best(() =>
    {
        int threads = Environment.ProcessorCount;
        var sums = new double[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t => sums[t] = Loop(iterations));
        if (double.IsNaN(sums.Sum())) Console.WriteLine("NaN"); // keeps the loops' results alive
    }, runs: 3);

    // Ten independent accumulators cover the FMA latency × throughput product of current cores.
    private static double Loop(long iterations)
    {
        var a = new Vector<double>(0.999999);
        var b = new Vector<double>(1e-9);
        Vector<double> c0 = Vector<double>.One, c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0, c8 = c0, c9 = c0;
        for (long i = 0; i < iterations; i++)
        {
            c0 = Vector.FusedMultiplyAdd(c0, a, b); c1 = Vector.FusedMultiplyAdd(c1, a, b);
            c2 = Vector.FusedMultiplyAdd(c2, a, b); c3 = Vector.FusedMultiplyAdd(c3, a, b);
            c4 = Vector.FusedMultiplyAdd(c4, a, b); c5 = Vector.FusedMultiplyAdd(c5, a, b);
            c6 = Vector.FusedMultiplyAdd(c6, a, b); c7 = Vector.FusedMultiplyAdd(c7, a, b);
            c8 = Vector.FusedMultiplyAdd(c8, a, b); c9 = Vector.FusedMultiplyAdd(c9, a, b);
        }
        return Vector.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9);
    }
}
