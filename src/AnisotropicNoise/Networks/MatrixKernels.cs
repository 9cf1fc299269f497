using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AnisotropicNoise.Networks;

/// <summary>
/// Register-blocked dense products over row-major spans, SIMD through <see cref="Vector{T}"/>.
/// They accumulate (<c>C += …</c>) so callers decide whether to clear first. Sizes are the
/// caller's contract (checked by the layers that own the buffers), so the loops carry no checks.
/// </summary>
internal static class MatrixKernels
{
    private static int W => Vector<double>.Count;

    /// <summary>
    /// <c>C (m×n) += A (m×k) · B (k×n)</c>, or <c>C = A · B</c> when <paramref name="accumulate"/> is
    /// false, where A's element (i, l) is at <c>a[i·aRowStride + l·aColumnStride]</c>: stride (k, 1)
    /// is A, stride (1, m) is the transpose of a stored k×m matrix.
    /// </summary>
    public static void MultiplyAdd(ReadOnlySpan<double> a, int aRowStride, int aColumnStride,
        ReadOnlySpan<double> b, Span<double> c, int m, int k, int n, bool accumulate = true)
    {
        ref double ra = ref MemoryMarshal.GetReference(a);
        ref double rb = ref MemoryMarshal.GetReference(b);
        ref double rc = ref MemoryMarshal.GetReference(c);
        int i = 0;
        for (; i + 5 <= m; i += 5) FiveRows(ref ra, aRowStride, aColumnStride, ref rb, ref rc, i, k, n, accumulate);
        for (; i < m; i++) OneRow(ref ra, aRowStride, aColumnStride, ref rb, ref rc, i, k, n, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FiveRows(ref double a, int rs, int cs, ref double b, ref double c, int i, int k, int n, bool accumulate)
    {
        int w = W, j = 0;
        nuint r0 = (nuint)(i * n), r1 = r0 + (nuint)n, r2 = r1 + (nuint)n, r3 = r2 + (nuint)n, r4 = r3 + (nuint)n;
        nint s1 = rs, s2 = 2 * rs, s3 = 3 * rs, s4 = 4 * rs, step = cs, rowLength = n;
        for (; j + 2 * w <= n; j += 2 * w)
        {
            nuint o = (nuint)j, o2 = (nuint)(j + w);
            Vector<double> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default,
                c21 = default, c30 = default, c31 = default, c40 = default, c41 = default;
            if (accumulate)
            {
                c00 = Vector.LoadUnsafe(ref c, r0 + o); c01 = Vector.LoadUnsafe(ref c, r0 + o2);
                c10 = Vector.LoadUnsafe(ref c, r1 + o); c11 = Vector.LoadUnsafe(ref c, r1 + o2);
                c20 = Vector.LoadUnsafe(ref c, r2 + o); c21 = Vector.LoadUnsafe(ref c, r2 + o2);
                c30 = Vector.LoadUnsafe(ref c, r3 + o); c31 = Vector.LoadUnsafe(ref c, r3 + o2);
                c40 = Vector.LoadUnsafe(ref c, r4 + o); c41 = Vector.LoadUnsafe(ref c, r4 + o2);
            }
            // Walk A's column and B's rows by reference: no index arithmetic in the loop but the bumps.
            ref double ap = ref Unsafe.Add(ref a, i * rs);
            ref double bp = ref Unsafe.Add(ref b, j);
            for (int l = 0; l < k; l++)
            {
                Vector<double> b0 = Vector.LoadUnsafe(ref bp), b1 = Vector.LoadUnsafe(ref bp, (nuint)w);
                var a0 = new Vector<double>(ap);
                c00 = Vector.FusedMultiplyAdd(a0, b0, c00); c01 = Vector.FusedMultiplyAdd(a0, b1, c01);
                var a1 = new Vector<double>(Unsafe.Add(ref ap, s1));
                c10 = Vector.FusedMultiplyAdd(a1, b0, c10); c11 = Vector.FusedMultiplyAdd(a1, b1, c11);
                var a2 = new Vector<double>(Unsafe.Add(ref ap, s2));
                c20 = Vector.FusedMultiplyAdd(a2, b0, c20); c21 = Vector.FusedMultiplyAdd(a2, b1, c21);
                var a3 = new Vector<double>(Unsafe.Add(ref ap, s3));
                c30 = Vector.FusedMultiplyAdd(a3, b0, c30); c31 = Vector.FusedMultiplyAdd(a3, b1, c31);
                var a4 = new Vector<double>(Unsafe.Add(ref ap, s4));
                c40 = Vector.FusedMultiplyAdd(a4, b0, c40); c41 = Vector.FusedMultiplyAdd(a4, b1, c41);
                ap = ref Unsafe.Add(ref ap, step);
                bp = ref Unsafe.Add(ref bp, rowLength);
            }
            c00.StoreUnsafe(ref c, r0 + o); c01.StoreUnsafe(ref c, r0 + o2);
            c10.StoreUnsafe(ref c, r1 + o); c11.StoreUnsafe(ref c, r1 + o2);
            c20.StoreUnsafe(ref c, r2 + o); c21.StoreUnsafe(ref c, r2 + o2);
            c30.StoreUnsafe(ref c, r3 + o); c31.StoreUnsafe(ref c, r3 + o2);
            c40.StoreUnsafe(ref c, r4 + o); c41.StoreUnsafe(ref c, r4 + o2);
        }
        for (int row = i; row < i + 5; row++) ColumnTail(ref a, rs, cs, ref b, ref c, row, k, n, j, accumulate);
    }

    private static void OneRow(ref double a, int rs, int cs, ref double b, ref double c, int i, int k, int n, bool accumulate)
    {
        int w = W, j = 0;
        nuint r = (nuint)(i * n);
        for (; j + w <= n; j += w)
        {
            nuint o = (nuint)j;
            Vector<double> acc = accumulate ? Vector.LoadUnsafe(ref c, r + o) : default;
            int ai = i * rs;
            for (int l = 0; l < k; l++, ai += cs)
                acc = Vector.FusedMultiplyAdd(new Vector<double>(Unsafe.Add(ref a, ai)), Vector.LoadUnsafe(ref b, (nuint)(l * n) + o), acc);
            acc.StoreUnsafe(ref c, r + o);
        }
        ColumnTail(ref a, rs, cs, ref b, ref c, i, k, n, j, accumulate);
    }

    private static void ColumnTail(ref double a, int rs, int cs, ref double b, ref double c, int i, int k, int n, int from, bool accumulate)
    {
        for (int j = from; j < n; j++)
        {
            double sum = accumulate ? Unsafe.Add(ref c, i * n + j) : 0;
            for (int l = 0; l < k; l++) sum += Unsafe.Add(ref a, i * rs + l * cs) * Unsafe.Add(ref b, l * n + j);
            Unsafe.Add(ref c, i * n + j) = sum;
        }
    }

    /// <summary><c>C (m×k) += A (m×n) · Bᵀ</c> for a row-major <c>B (k×n)</c>: dot products along rows.</summary>
    public static void MultiplyTransposedAdd(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int n, int k)
    {
        ref double ra = ref MemoryMarshal.GetReference(a);
        ref double rb = ref MemoryMarshal.GetReference(b);
        ref double rc = ref MemoryMarshal.GetReference(c);
        int i = 0;
        for (; i + 5 <= m; i += 5)
        {
            int l = 0;
            for (; l + 2 <= k; l += 2) DotBlock5x2(ref ra, ref rb, ref rc, i, l, n, k);
            for (; l < k; l++)
                for (int r = i; r < i + 5; r++) Unsafe.Add(ref rc, r * k + l) += VectorKernels.Dot(ref ra, r * n, ref rb, l * n, n);
        }
        for (; i < m; i++)
            for (int l = 0; l < k; l++) Unsafe.Add(ref rc, i * k + l) += VectorKernels.Dot(ref ra, i * n, ref rb, l * n, n);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DotBlock5x2(ref double a, ref double b, ref double c, int i, int l, int n, int k)
    {
        int w = W, j = 0;
        // Walk the five rows of A and two rows of B by reference; the row offsets stay in registers.
        ref double a0 = ref Unsafe.Add(ref a, i * n);
        ref double b0 = ref Unsafe.Add(ref b, l * n);
        nint s1 = n, s2 = 2 * n, s3 = 3 * n, s4 = 4 * n;
        Vector<double> s00 = default, s01 = default, s10 = default, s11 = default, s20 = default,
            s21 = default, s30 = default, s31 = default, s40 = default, s41 = default;
        for (; j + w <= n; j += w)
        {
            Vector<double> x0 = Vector.LoadUnsafe(ref b0), x1 = Vector.LoadUnsafe(ref Unsafe.Add(ref b0, s1));
            Vector<double> y = Vector.LoadUnsafe(ref a0);
            s00 = Vector.FusedMultiplyAdd(y, x0, s00); s01 = Vector.FusedMultiplyAdd(y, x1, s01);
            y = Vector.LoadUnsafe(ref Unsafe.Add(ref a0, s1));
            s10 = Vector.FusedMultiplyAdd(y, x0, s10); s11 = Vector.FusedMultiplyAdd(y, x1, s11);
            y = Vector.LoadUnsafe(ref Unsafe.Add(ref a0, s2));
            s20 = Vector.FusedMultiplyAdd(y, x0, s20); s21 = Vector.FusedMultiplyAdd(y, x1, s21);
            y = Vector.LoadUnsafe(ref Unsafe.Add(ref a0, s3));
            s30 = Vector.FusedMultiplyAdd(y, x0, s30); s31 = Vector.FusedMultiplyAdd(y, x1, s31);
            y = Vector.LoadUnsafe(ref Unsafe.Add(ref a0, s4));
            s40 = Vector.FusedMultiplyAdd(y, x0, s40); s41 = Vector.FusedMultiplyAdd(y, x1, s41);
            a0 = ref Unsafe.Add(ref a0, w);
            b0 = ref Unsafe.Add(ref b0, w);
        }
        Span<double> sums = [Vector.Sum(s00), Vector.Sum(s01), Vector.Sum(s10), Vector.Sum(s11), Vector.Sum(s20),
            Vector.Sum(s21), Vector.Sum(s30), Vector.Sum(s31), Vector.Sum(s40), Vector.Sum(s41)];
        for (; j < n; j++)
            for (int r = 0; r < 5; r++)
            {
                double y = Unsafe.Add(ref a, (i + r) * n + j);
                sums[2 * r] += y * Unsafe.Add(ref b, l * n + j);
                sums[2 * r + 1] += y * Unsafe.Add(ref b, (l + 1) * n + j);
            }
        for (int r = 0; r < 5; r++)
        {
            Unsafe.Add(ref c, (i + r) * k + l) += sums[2 * r];
            Unsafe.Add(ref c, (i + r) * k + l + 1) += sums[2 * r + 1];
        }
    }
}
