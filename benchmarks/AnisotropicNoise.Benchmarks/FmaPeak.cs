using System.Runtime.Intrinsics;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// This CPU's fused-multiply-add rate: register-resident FMA chains on every core at once, at a given vector
/// width and precision. The yardstick of every share the benchmarks print is the widest accelerated width.
/// </summary>
internal static class FmaPeak
{
    private const long Iterations = 100_000_000;

    /// <summary>The widest vector width, in bits, the CPU accelerates (512 with AVX-512, else 256).</summary>
    public static int WidestBits => Vector512.IsHardwareAccelerated ? 512 : 256;

    /// <summary>The peak in GFLOP/s (wall clock, every core) at <paramref name="bits"/> in single or double precision.</summary>
    public static double Measure(int bits, bool single) => (bits, single) switch
    {
        (512, true) => Run<Single512>(),
        (512, false) => Run<Double512>(),
        (256, true) => Run<Single256>(),
        (256, false) => Run<Double256>(),
        _ => throw new ArgumentOutOfRangeException(nameof(bits), bits, "bits must be 256 or 512."),
    };

    private static double Run<T>() where T : struct, IFmaVector<T>
    {
        int threads = Environment.ProcessorCount;
        var sums = new double[threads];
        var timing = Timing.Best(() =>
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t => sums[t] = Loop<T>(Iterations)), runs: 3);
        if (double.IsNaN(sums.Sum())) Console.WriteLine("NaN"); // keeps the loops' results alive
        return timing.WallRate(threads * (double)Iterations * 10 * T.Lanes * 2);
    }

    // Ten independent accumulators cover the FMA latency × throughput product of current cores.
    private static double Loop<T>(long iterations) where T : struct, IFmaVector<T>
    {
        T a = T.Of(0.999999), b = T.Of(1e-9), c0 = T.Of(1), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0, c8 = c0, c9 = c0;
        for (long i = 0; i < iterations; i++)
        {
            c0 = T.Fma(c0, a, b); c1 = T.Fma(c1, a, b); c2 = T.Fma(c2, a, b); c3 = T.Fma(c3, a, b); c4 = T.Fma(c4, a, b);
            c5 = T.Fma(c5, a, b); c6 = T.Fma(c6, a, b); c7 = T.Fma(c7, a, b); c8 = T.Fma(c8, a, b); c9 = T.Fma(c9, a, b);
        }
        return T.Sum(c0) + T.Sum(c1) + T.Sum(c2) + T.Sum(c3) + T.Sum(c4) + T.Sum(c5) + T.Sum(c6) + T.Sum(c7) + T.Sum(c8) + T.Sum(c9);
    }

    /// <summary>One vector type's FMA, for <see cref="Loop{T}"/>: the JIT compiles one loop per type, with no indirection.</summary>
    private interface IFmaVector<TSelf> where TSelf : struct, IFmaVector<TSelf>
    {
        static abstract int Lanes { get; }
        static abstract TSelf Of(double value);
        static abstract TSelf Fma(TSelf a, TSelf b, TSelf addend);
        static abstract double Sum(TSelf value);
    }

    private readonly record struct Single512(Vector512<float> V) : IFmaVector<Single512>
    {
        public static int Lanes => Vector512<float>.Count;
        public static Single512 Of(double value) => new(Vector512.Create((float)value));
        public static Single512 Fma(Single512 a, Single512 b, Single512 addend) => new(Vector512.FusedMultiplyAdd(a.V, b.V, addend.V));
        public static double Sum(Single512 value) => Vector512.Sum(value.V);
    }

    private readonly record struct Double512(Vector512<double> V) : IFmaVector<Double512>
    {
        public static int Lanes => Vector512<double>.Count;
        public static Double512 Of(double value) => new(Vector512.Create(value));
        public static Double512 Fma(Double512 a, Double512 b, Double512 addend) => new(Vector512.FusedMultiplyAdd(a.V, b.V, addend.V));
        public static double Sum(Double512 value) => Vector512.Sum(value.V);
    }

    private readonly record struct Single256(Vector256<float> V) : IFmaVector<Single256>
    {
        public static int Lanes => Vector256<float>.Count;
        public static Single256 Of(double value) => new(Vector256.Create((float)value));
        public static Single256 Fma(Single256 a, Single256 b, Single256 addend) => new(Vector256.FusedMultiplyAdd(a.V, b.V, addend.V));
        public static double Sum(Single256 value) => Vector256.Sum(value.V);
    }

    private readonly record struct Double256(Vector256<double> V) : IFmaVector<Double256>
    {
        public static int Lanes => Vector256<double>.Count;
        public static Double256 Of(double value) => new(Vector256.Create(value));
        public static Double256 Fma(Double256 a, Double256 b, Double256 addend) => new(Vector256.FusedMultiplyAdd(a.V, b.V, addend.V));
        public static double Sum(Double256 value) => Vector256.Sum(value.V);
    }
}
