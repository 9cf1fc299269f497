using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AnisotropicNoise;

/// <summary>
/// The package's one home for vector kernels over spans, SIMD through <see cref="Vector{T}"/>; those that
/// write take the target last, <c>(alpha, x, y)</c>.
/// </summary>
/// <remarks>
/// <see cref="DotOneAccumulator"/> and <see cref="AddScaledUnfused"/> round differently from
/// <see cref="Dot(ReadOnlySpan{double}, ReadOnlySpan{double})"/> and <see cref="AddScaled"/> (one accumulator,
/// no fused multiply-add). The eigensolvers, the trace estimators and the gradient norm use them, and the
/// committed FashionMNIST runs (λ₁, Tr H, GLD Hessian and GLD 1st eigvec(H) trajectories) were computed with
/// them: merging the pairs changes those runs' bits, so it waits until they are recomputed.
/// </remarks>
internal static class VectorKernels
{
    private static int W => Vector<double>.Count;

    /// <summary>The dot product with one SIMD accumulator and plain multiply-adds (see the remarks).</summary>
    public static double DotOneAccumulator(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int width = W, i = 0;
        var sum = Vector<double>.Zero;
        for (; i <= a.Length - width; i += width)
            sum += new Vector<double>(a[i..]) * new Vector<double>(b[i..]);
        double total = Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }

    /// <summary>The Euclidean norm, <c>√(a·a)</c> with <see cref="DotOneAccumulator"/>.</summary>
    public static double NormOneAccumulator(ReadOnlySpan<double> a) => Math.Sqrt(DotOneAccumulator(a, a));

    /// <summary><c>y += alpha · x</c>, the product rounded before the sum (see the remarks).</summary>
    public static void AddScaledUnfused(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < y.Length; i++) y[i] += alpha * x[i];
    }

    /// <summary>The dot product of <paramref name="n"/> entries from each reference (the matrix kernels' rows), two fused accumulators.</summary>
    internal static double Dot(ref double x, int xOffset, ref double y, int yOffset, int n)
    {
        int w = W, j = 0;
        Vector<double> s0 = default, s1 = default;
        ref double rx = ref Unsafe.Add(ref x, xOffset);
        ref double ry = ref Unsafe.Add(ref y, yOffset);
        for (; j + 2 * w <= n; j += 2 * w)
        {
            s0 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref rx, (nuint)j), Vector.LoadUnsafe(ref ry, (nuint)j), s0);
            s1 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref rx, (nuint)(j + w)), Vector.LoadUnsafe(ref ry, (nuint)(j + w)), s1);
        }
        double sum = Vector.Sum(s0 + s1);
        for (; j < n; j++) sum += Unsafe.Add(ref rx, j) * Unsafe.Add(ref ry, j);
        return sum;
    }

    /// <summary>The dot product of two equal-length spans.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y) =>
        Dot(ref MemoryMarshal.GetReference(x), 0, ref MemoryMarshal.GetReference(y), 0, x.Length);

    /// <summary><c>y += alpha · x</c> for equal-length spans.</summary>
    public static void AddScaled(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        int w = W, j = 0;
        var va = new Vector<double>(alpha);
        ref double rx = ref MemoryMarshal.GetReference(x);
        ref double ry = ref MemoryMarshal.GetReference(y);
        for (; j + w <= x.Length; j += w)
            Vector.FusedMultiplyAdd(va, Vector.LoadUnsafe(ref rx, (nuint)j), Vector.LoadUnsafe(ref ry, (nuint)j)).StoreUnsafe(ref ry, (nuint)j);
        for (; j < x.Length; j++) Unsafe.Add(ref ry, j) += alpha * Unsafe.Add(ref rx, j);
    }

    /// <summary><c>y += x</c> for equal-length spans.</summary>
    public static void Add(ReadOnlySpan<double> x, Span<double> y)
    {
        int w = W, j = 0;
        ref double rx = ref MemoryMarshal.GetReference(x);
        ref double ry = ref MemoryMarshal.GetReference(y);
        for (; j + w <= x.Length; j += w)
            (Vector.LoadUnsafe(ref rx, (nuint)j) + Vector.LoadUnsafe(ref ry, (nuint)j)).StoreUnsafe(ref ry, (nuint)j);
        for (; j < x.Length; j++) Unsafe.Add(ref ry, j) += Unsafe.Add(ref rx, j);
    }

    /// <summary><c>y *= alpha</c>.</summary>
    public static void Scale(double alpha, Span<double> y)
    {
        int w = W, j = 0;
        var va = new Vector<double>(alpha);
        ref double ry = ref MemoryMarshal.GetReference(y);
        for (; j + w <= y.Length; j += w) (va * Vector.LoadUnsafe(ref ry, (nuint)j)).StoreUnsafe(ref ry, (nuint)j);
        for (; j < y.Length; j++) Unsafe.Add(ref ry, j) *= alpha;
    }

    /// <summary>The sum of the entries, in a fixed order.</summary>
    public static double Sum(ReadOnlySpan<double> x)
    {
        int w = W, j = 0;
        Vector<double> s0 = default, s1 = default;
        ref double rx = ref MemoryMarshal.GetReference(x);
        for (; j + 2 * w <= x.Length; j += 2 * w)
        {
            s0 += Vector.LoadUnsafe(ref rx, (nuint)j);
            s1 += Vector.LoadUnsafe(ref rx, (nuint)(j + w));
        }
        double sum = Vector.Sum(s0 + s1);
        for (; j < x.Length; j++) sum += Unsafe.Add(ref rx, j);
        return sum;
    }
}
