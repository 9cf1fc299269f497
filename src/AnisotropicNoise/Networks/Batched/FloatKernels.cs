using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// Single-precision kernels of the batched layers over row-major spans, on the widest vectors the CPU
/// accelerates (512-bit where <see cref="Vector512.IsHardwareAccelerated"/>, else 256-bit; the test is a
/// JIT-time constant, so each call compiles to one width). Sizes are the callers' contract.
/// </summary>
internal static class FloatKernels
{
    /// <summary>The vector width in bits that the kernels run on.</summary>
    public static int VectorBits => Vector512.IsHardwareAccelerated ? 512 : 256;

    /// <summary>
    /// <c>C (m×n) += A (m×k) · B (k×n)</c>, or <c>C = A · B</c> when <paramref name="accumulate"/> is false, where A's
    /// element (i, l) is <c>a[i·aRowStride + l·aColumnStride]</c> (stride (1, m) reads a stored k×m matrix transposed)
    /// and B and C are row-major with rows <paramref name="n"/> apart.
    /// </summary>
    public static void Multiply(ReadOnlySpan<float> a, int aRowStride, int aColumnStride, ReadOnlySpan<float> b, Span<float> c,
        int m, int k, int n, bool accumulate) =>
        Multiply(a, aRowStride, aColumnStride, b, n, c, n, m, k, n, accumulate);

    /// <summary>
    /// <see cref="Multiply(ReadOnlySpan{float}, int, int, ReadOnlySpan{float}, Span{float}, int, int, int, bool)"/> on
    /// column blocks: B's rows are <paramref name="ldb"/> apart and C's <paramref name="ldc"/> apart.
    /// </summary>
    public static void Multiply(ReadOnlySpan<float> a, int aRowStride, int aColumnStride, ReadOnlySpan<float> b, int ldb, Span<float> c, int ldc,
        int m, int k, int n, bool accumulate)
    {
        Span<int> rows = k <= MaxStackRows ? stackalloc int[k] : new int[k];
        Multiply(a, aRowStride, aColumnStride, b, RowMap.Strided(rows, ldb, n), c, ldc, m, k, accumulate);
    }

    /// <summary>
    /// <see cref="Multiply(ReadOnlySpan{float}, int, int, ReadOnlySpan{float}, int, Span{float}, int, int, int, int, bool)"/>
    /// with B where <paramref name="map"/> puts it (a convolution's patch matrix read in place): C has
    /// <see cref="RowMap.Columns"/> columns and rows <paramref name="ldc"/> apart. Each entry of C is the same chain of fused
    /// multiply-adds, in the same order, wherever B lies.
    /// </summary>
    public static void Multiply(ReadOnlySpan<float> a, int aRowStride, int aColumnStride, ReadOnlySpan<float> b, RowMap map, Span<float> c, int ldc,
        int m, int k, bool accumulate)
    {
        ref float ra = ref MemoryMarshal.GetReference(a);
        ref int rows = ref MemoryMarshal.GetReference(map.Rows);
        for (int s = 0; s < map.Segments; s++)
        {
            ref float rb = ref Unsafe.Add(ref MemoryMarshal.GetReference(b), s * map.SegmentStride);
            ref float rc = ref Unsafe.Add(ref MemoryMarshal.GetReference(c), s * map.Run);
            if (Vector512.IsHardwareAccelerated) Gemm<Lanes512, Vector512<float>>.Multiply(ref ra, aRowStride, aColumnStride, ref rb, ref rows, ref rc, ldc, m, k, map.Run, accumulate);
            else Gemm<Lanes256, Vector256<float>>.Multiply(ref ra, aRowStride, aColumnStride, ref rb, ref rows, ref rc, ldc, m, k, map.Run, accumulate);
        }
    }

    /// <summary><c>C (m×k) += A (m×n) · Bᵀ</c> for a row-major <c>B (k×n)</c>: dot products along rows.</summary>
    public static void MultiplyTransposed(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c, int m, int n, int k) =>
        MultiplyTransposed(a, n, b, n, c, m, n, k);

    /// <summary><see cref="MultiplyTransposed(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int, int, int)"/> on column blocks: A's rows <paramref name="lda"/> apart, B's <paramref name="ldb"/> apart.</summary>
    public static void MultiplyTransposed(ReadOnlySpan<float> a, int lda, ReadOnlySpan<float> b, int ldb, Span<float> c, int m, int n, int k)
    {
        Span<int> rows = k <= MaxStackRows ? stackalloc int[k] : new int[k];
        MultiplyTransposed(a, lda, b, RowMap.Strided(rows, ldb, n), c, m, k);
    }

    /// <summary>
    /// <see cref="MultiplyTransposed(ReadOnlySpan{float}, int, ReadOnlySpan{float}, int, Span{float}, int, int, int)"/> with
    /// B where <paramref name="map"/> puts it and A's <see cref="RowMap.Columns"/> columns contiguous. The vectors run along
    /// each segment in turn; a map of several segments gives the bits of its one-segment copy when <see cref="RowMap.Run"/>
    /// is a whole number of vectors (<see cref="RowMap.IsVectorAligned"/>).
    /// </summary>
    public static void MultiplyTransposed(ReadOnlySpan<float> a, int lda, ReadOnlySpan<float> b, RowMap map, Span<float> c, int m, int k)
    {
        ref float ra = ref MemoryMarshal.GetReference(a);
        ref float rb = ref MemoryMarshal.GetReference(b);
        ref int rows = ref MemoryMarshal.GetReference(map.Rows);
        ref float rc = ref MemoryMarshal.GetReference(c);
        var segments = new Segments(map.Run, map.Segments, map.SegmentStride);
        if (Vector512.IsHardwareAccelerated) Gemm<Lanes512, Vector512<float>>.MultiplyTransposed(ref ra, lda, ref rb, ref rows, segments, ref rc, m, k);
        else Gemm<Lanes256, Vector256<float>>.MultiplyTransposed(ref ra, lda, ref rb, ref rows, segments, ref rc, m, k);
    }

    // Row tables of plain matrices up to this many rows live on the stack.
    private const int MaxStackRows = 1024;

    /// <summary><c>target = gate &gt; 0 ? source : 0</c>, entry by entry (ReLU and its derivatives).</summary>
    public static void Gate(ReadOnlySpan<float> gate, ReadOnlySpan<float> source, Span<float> target)
    {
        if (Vector512.IsHardwareAccelerated) Elementwise<Lanes512, Vector512<float>>.Gate(gate, source, target);
        else Elementwise<Lanes256, Vector256<float>>.Gate(gate, source, target);
    }

    /// <summary><c>y += x</c>.</summary>
    public static void Add(ReadOnlySpan<float> x, Span<float> y)
    {
        if (Vector512.IsHardwareAccelerated) Elementwise<Lanes512, Vector512<float>>.Add(x, y);
        else Elementwise<Lanes256, Vector256<float>>.Add(x, y);
    }

    /// <summary>The sum of the entries, added in double precision.</summary>
    public static double Sum(ReadOnlySpan<float> x)
    {
        int w = Vector256<float>.Count, j = 0;
        ref float rx = ref MemoryMarshal.GetReference(x);
        var sum = Vector256<double>.Zero;
        for (; j + w <= x.Length; j += w)
        {
            var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref rx, (nuint)j));
            sum += lower + upper;
        }
        double total = Vector256.Sum(sum);
        for (; j < x.Length; j++) total += Unsafe.Add(ref rx, j);
        return total;
    }

    /// <summary><c>y += x</c>, single into double precision.</summary>
    public static void AddInto(ReadOnlySpan<float> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++) y[i] += x[i];
    }

    /// <summary>Rounds <paramref name="x"/> to single precision.</summary>
    public static void Narrow(ReadOnlySpan<double> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++) y[i] = (float)x[i];
    }
}

/// <summary>A <see cref="RowMap"/>'s segments: <c>Count</c> runs of <c>Run</c> columns, <c>Stride</c> apart in B and contiguous in A.</summary>
internal readonly record struct Segments(int Run, int Count, int Stride);

/// <summary>The matrix products on one vector width. Row <c>l</c> of B starts at <c>b[rows[l]]</c>.</summary>
internal static class Gemm<TL, TV> where TL : struct, IFloatLanes<TV> where TV : struct
{
    public static void Multiply(ref float a, int rs, int cs, ref float b, ref int rows, ref float c, int ldc, int m, int k, int n, bool accumulate)
    {
        // Every tile computes each entry of C as the same chain of fused multiply-adds along k, so the split into tiles
        // changes the speed, never the bits: ten rows where they fit m, else eight where those do (8·2^j channels).
        int i = 0;
        if (m % 10 == 0 || m % 8 != 0)
            for (; i + 10 <= m; i += 10) TenRows(ref a, rs, cs, ref b, ref rows, ref c, ldc, i, k, n, accumulate);
        for (; i + 8 <= m; i += 8) EightRows(ref a, rs, cs, ref b, ref rows, ref c, ldc, i, k, n, accumulate);
        for (; i + 4 <= m; i += 4) FourRows(ref a, rs, cs, ref b, ref rows, ref c, ldc, i, k, n, accumulate);
        for (; i < m; i++) Columns(ref a, rs, cs, ref b, ref rows, ref c, ldc, i, k, n, 0, accumulate);
    }

    // Four rows of C by two vectors (the rows left over from TenRows): 8 accumulators, enough to keep both FMA units busy.
    // Unrolled by hand like TenRows: the JIT keeps named locals in registers, not arrays.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FourRows(ref float a, int rs, int cs, ref float b, ref int rows, ref float c, int ldc, int i, int k, int n, bool accumulate)
    {
        int w = TL.Count, j = 0;
        nint s1 = rs, s2 = 2 * rs, s3 = 3 * rs;
        for (; j + 2 * w <= n; j += 2 * w)
        {
            ref float c0 = ref Unsafe.Add(ref c, i * ldc + j);
            TV x00, x01, x10, x11, x20, x21, x30, x31;
            if (accumulate)
            {
                x00 = TL.Load(ref c0); x01 = TL.Load(ref Unsafe.Add(ref c0, w));
                x10 = TL.Load(ref Unsafe.Add(ref c0, ldc)); x11 = TL.Load(ref Unsafe.Add(ref c0, ldc + w));
                x20 = TL.Load(ref Unsafe.Add(ref c0, 2 * ldc)); x21 = TL.Load(ref Unsafe.Add(ref c0, 2 * ldc + w));
                x30 = TL.Load(ref Unsafe.Add(ref c0, 3 * ldc)); x31 = TL.Load(ref Unsafe.Add(ref c0, 3 * ldc + w));
            }
            else x00 = x01 = x10 = x11 = x20 = x21 = x30 = x31 = TL.Zero;
            ref float ap = ref Unsafe.Add(ref a, i * rs);
            ref float bj = ref Unsafe.Add(ref b, j);
            for (int l = 0; l < k; l++)
            {
                ref float bp = ref Unsafe.Add(ref bj, Unsafe.Add(ref rows, l));
                TV b0 = TL.Load(ref bp), b1 = TL.Load(ref Unsafe.Add(ref bp, w));
                TV y = TL.Splat(ap); x00 = TL.MultiplyAdd(y, b0, x00); x01 = TL.MultiplyAdd(y, b1, x01);
                y = TL.Splat(Unsafe.Add(ref ap, s1)); x10 = TL.MultiplyAdd(y, b0, x10); x11 = TL.MultiplyAdd(y, b1, x11);
                y = TL.Splat(Unsafe.Add(ref ap, s2)); x20 = TL.MultiplyAdd(y, b0, x20); x21 = TL.MultiplyAdd(y, b1, x21);
                y = TL.Splat(Unsafe.Add(ref ap, s3)); x30 = TL.MultiplyAdd(y, b0, x30); x31 = TL.MultiplyAdd(y, b1, x31);
                ap = ref Unsafe.Add(ref ap, cs);
            }
            TL.Store(x00, ref c0); TL.Store(x01, ref Unsafe.Add(ref c0, w));
            TL.Store(x10, ref Unsafe.Add(ref c0, ldc)); TL.Store(x11, ref Unsafe.Add(ref c0, ldc + w));
            TL.Store(x20, ref Unsafe.Add(ref c0, 2 * ldc)); TL.Store(x21, ref Unsafe.Add(ref c0, 2 * ldc + w));
            TL.Store(x30, ref Unsafe.Add(ref c0, 3 * ldc)); TL.Store(x31, ref Unsafe.Add(ref c0, 3 * ldc + w));
        }
        for (int row = i; row < i + 4; row++) Columns(ref a, rs, cs, ref b, ref rows, ref c, ldc, row, k, n, j, accumulate);
    }

    // Ten rows of C by two vectors: 20 accumulators, two loads of B and ten broadcasts of A per step of k.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TenRows(ref float a, int rs, int cs, ref float b, ref int rows, ref float c, int ldc, int i, int k, int n, bool accumulate)
    {
        int w = TL.Count, j = 0;
        nint s1 = rs, s2 = 2 * rs, s3 = 3 * rs, s4 = 4 * rs, s5 = 5 * rs, s6 = 6 * rs, s7 = 7 * rs, s8 = 8 * rs, s9 = 9 * rs;
        for (; j + 2 * w <= n; j += 2 * w)
        {
            ref float c0 = ref Unsafe.Add(ref c, i * ldc + j);
            TV x00, x01, x10, x11, x20, x21, x30, x31, x40, x41, x50, x51, x60, x61, x70, x71, x80, x81, x90, x91;
            if (accumulate)
            {
                x00 = TL.Load(ref c0); x01 = TL.Load(ref Unsafe.Add(ref c0, w));
                x10 = TL.Load(ref Unsafe.Add(ref c0, ldc)); x11 = TL.Load(ref Unsafe.Add(ref c0, ldc + w));
                x20 = TL.Load(ref Unsafe.Add(ref c0, 2 * ldc)); x21 = TL.Load(ref Unsafe.Add(ref c0, 2 * ldc + w));
                x30 = TL.Load(ref Unsafe.Add(ref c0, 3 * ldc)); x31 = TL.Load(ref Unsafe.Add(ref c0, 3 * ldc + w));
                x40 = TL.Load(ref Unsafe.Add(ref c0, 4 * ldc)); x41 = TL.Load(ref Unsafe.Add(ref c0, 4 * ldc + w));
                x50 = TL.Load(ref Unsafe.Add(ref c0, 5 * ldc)); x51 = TL.Load(ref Unsafe.Add(ref c0, 5 * ldc + w));
                x60 = TL.Load(ref Unsafe.Add(ref c0, 6 * ldc)); x61 = TL.Load(ref Unsafe.Add(ref c0, 6 * ldc + w));
                x70 = TL.Load(ref Unsafe.Add(ref c0, 7 * ldc)); x71 = TL.Load(ref Unsafe.Add(ref c0, 7 * ldc + w));
                x80 = TL.Load(ref Unsafe.Add(ref c0, 8 * ldc)); x81 = TL.Load(ref Unsafe.Add(ref c0, 8 * ldc + w));
                x90 = TL.Load(ref Unsafe.Add(ref c0, 9 * ldc)); x91 = TL.Load(ref Unsafe.Add(ref c0, 9 * ldc + w));
            }
            else
            {
                x00 = x01 = x10 = x11 = x20 = x21 = x30 = x31 = x40 = x41 = TL.Zero;
                x50 = x51 = x60 = x61 = x70 = x71 = x80 = x81 = x90 = x91 = TL.Zero;
            }
            ref float ap = ref Unsafe.Add(ref a, i * rs);
            ref float bj = ref Unsafe.Add(ref b, j);
            for (int l = 0; l < k; l++)
            {
                ref float bp = ref Unsafe.Add(ref bj, Unsafe.Add(ref rows, l));
                TV b0 = TL.Load(ref bp), b1 = TL.Load(ref Unsafe.Add(ref bp, w));
                TV y = TL.Splat(ap); x00 = TL.MultiplyAdd(y, b0, x00); x01 = TL.MultiplyAdd(y, b1, x01);
                y = TL.Splat(Unsafe.Add(ref ap, s1)); x10 = TL.MultiplyAdd(y, b0, x10); x11 = TL.MultiplyAdd(y, b1, x11);
                y = TL.Splat(Unsafe.Add(ref ap, s2)); x20 = TL.MultiplyAdd(y, b0, x20); x21 = TL.MultiplyAdd(y, b1, x21);
                y = TL.Splat(Unsafe.Add(ref ap, s3)); x30 = TL.MultiplyAdd(y, b0, x30); x31 = TL.MultiplyAdd(y, b1, x31);
                y = TL.Splat(Unsafe.Add(ref ap, s4)); x40 = TL.MultiplyAdd(y, b0, x40); x41 = TL.MultiplyAdd(y, b1, x41);
                y = TL.Splat(Unsafe.Add(ref ap, s5)); x50 = TL.MultiplyAdd(y, b0, x50); x51 = TL.MultiplyAdd(y, b1, x51);
                y = TL.Splat(Unsafe.Add(ref ap, s6)); x60 = TL.MultiplyAdd(y, b0, x60); x61 = TL.MultiplyAdd(y, b1, x61);
                y = TL.Splat(Unsafe.Add(ref ap, s7)); x70 = TL.MultiplyAdd(y, b0, x70); x71 = TL.MultiplyAdd(y, b1, x71);
                y = TL.Splat(Unsafe.Add(ref ap, s8)); x80 = TL.MultiplyAdd(y, b0, x80); x81 = TL.MultiplyAdd(y, b1, x81);
                y = TL.Splat(Unsafe.Add(ref ap, s9)); x90 = TL.MultiplyAdd(y, b0, x90); x91 = TL.MultiplyAdd(y, b1, x91);
                ap = ref Unsafe.Add(ref ap, cs);
            }
            TL.Store(x00, ref c0); TL.Store(x01, ref Unsafe.Add(ref c0, w));
            TL.Store(x10, ref Unsafe.Add(ref c0, ldc)); TL.Store(x11, ref Unsafe.Add(ref c0, ldc + w));
            TL.Store(x20, ref Unsafe.Add(ref c0, 2 * ldc)); TL.Store(x21, ref Unsafe.Add(ref c0, 2 * ldc + w));
            TL.Store(x30, ref Unsafe.Add(ref c0, 3 * ldc)); TL.Store(x31, ref Unsafe.Add(ref c0, 3 * ldc + w));
            TL.Store(x40, ref Unsafe.Add(ref c0, 4 * ldc)); TL.Store(x41, ref Unsafe.Add(ref c0, 4 * ldc + w));
            TL.Store(x50, ref Unsafe.Add(ref c0, 5 * ldc)); TL.Store(x51, ref Unsafe.Add(ref c0, 5 * ldc + w));
            TL.Store(x60, ref Unsafe.Add(ref c0, 6 * ldc)); TL.Store(x61, ref Unsafe.Add(ref c0, 6 * ldc + w));
            TL.Store(x70, ref Unsafe.Add(ref c0, 7 * ldc)); TL.Store(x71, ref Unsafe.Add(ref c0, 7 * ldc + w));
            TL.Store(x80, ref Unsafe.Add(ref c0, 8 * ldc)); TL.Store(x81, ref Unsafe.Add(ref c0, 8 * ldc + w));
            TL.Store(x90, ref Unsafe.Add(ref c0, 9 * ldc)); TL.Store(x91, ref Unsafe.Add(ref c0, 9 * ldc + w));
        }
        if (j + w <= n)
        {
            TenRowsOneVector(ref a, rs, cs, ref b, ref rows, ref c, ldc, i, k, j, accumulate);
            j += w;
        }
        for (int row = i; row < i + 10; row++) Columns(ref a, rs, cs, ref b, ref rows, ref c, ldc, row, k, n, j, accumulate);
    }

    // The same ten rows by one vector (a dense layer's block of 16 examples is one 512-bit vector wide).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TenRowsOneVector(ref float a, int rs, int cs, ref float b, ref int rows, ref float c, int ldc, int i, int k, int j, bool accumulate)
    {
        nint s1 = rs, s2 = 2 * rs, s3 = 3 * rs, s4 = 4 * rs, s5 = 5 * rs, s6 = 6 * rs, s7 = 7 * rs, s8 = 8 * rs, s9 = 9 * rs;
        ref float c0 = ref Unsafe.Add(ref c, i * ldc + j);
        TV x0, x1, x2, x3, x4, x5, x6, x7, x8, x9;
        if (accumulate)
        {
            x0 = TL.Load(ref c0); x1 = TL.Load(ref Unsafe.Add(ref c0, ldc)); x2 = TL.Load(ref Unsafe.Add(ref c0, 2 * ldc));
            x3 = TL.Load(ref Unsafe.Add(ref c0, 3 * ldc)); x4 = TL.Load(ref Unsafe.Add(ref c0, 4 * ldc)); x5 = TL.Load(ref Unsafe.Add(ref c0, 5 * ldc));
            x6 = TL.Load(ref Unsafe.Add(ref c0, 6 * ldc)); x7 = TL.Load(ref Unsafe.Add(ref c0, 7 * ldc)); x8 = TL.Load(ref Unsafe.Add(ref c0, 8 * ldc));
            x9 = TL.Load(ref Unsafe.Add(ref c0, 9 * ldc));
        }
        else x0 = x1 = x2 = x3 = x4 = x5 = x6 = x7 = x8 = x9 = TL.Zero;
        ref float ap = ref Unsafe.Add(ref a, i * rs);
        ref float bj = ref Unsafe.Add(ref b, j);
        for (int l = 0; l < k; l++)
        {
            TV b0 = TL.Load(ref Unsafe.Add(ref bj, Unsafe.Add(ref rows, l)));
            x0 = TL.MultiplyAdd(TL.Splat(ap), b0, x0); x1 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s1)), b0, x1);
            x2 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s2)), b0, x2); x3 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s3)), b0, x3);
            x4 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s4)), b0, x4); x5 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s5)), b0, x5);
            x6 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s6)), b0, x6); x7 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s7)), b0, x7);
            x8 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s8)), b0, x8); x9 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s9)), b0, x9);
            ap = ref Unsafe.Add(ref ap, cs);
        }
        TL.Store(x0, ref c0); TL.Store(x1, ref Unsafe.Add(ref c0, ldc)); TL.Store(x2, ref Unsafe.Add(ref c0, 2 * ldc));
        TL.Store(x3, ref Unsafe.Add(ref c0, 3 * ldc)); TL.Store(x4, ref Unsafe.Add(ref c0, 4 * ldc)); TL.Store(x5, ref Unsafe.Add(ref c0, 5 * ldc));
        TL.Store(x6, ref Unsafe.Add(ref c0, 6 * ldc)); TL.Store(x7, ref Unsafe.Add(ref c0, 7 * ldc)); TL.Store(x8, ref Unsafe.Add(ref c0, 8 * ldc));
        TL.Store(x9, ref Unsafe.Add(ref c0, 9 * ldc));
    }

    // Eight rows of C by two vectors (channel counts 8·2^j): 16 accumulators, two loads of B and eight broadcasts of A per step of k.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void EightRows(ref float a, int rs, int cs, ref float b, ref int rows, ref float c, int ldc, int i, int k, int n, bool accumulate)
    {
        int w = TL.Count, j = 0;
        nint s1 = rs, s2 = 2 * rs, s3 = 3 * rs, s4 = 4 * rs, s5 = 5 * rs, s6 = 6 * rs, s7 = 7 * rs;
        for (; j + 2 * w <= n; j += 2 * w)
        {
            ref float c0 = ref Unsafe.Add(ref c, i * ldc + j);
            TV x00, x01, x10, x11, x20, x21, x30, x31, x40, x41, x50, x51, x60, x61, x70, x71;
            if (accumulate)
            {
                x00 = TL.Load(ref c0); x01 = TL.Load(ref Unsafe.Add(ref c0, w));
                x10 = TL.Load(ref Unsafe.Add(ref c0, ldc)); x11 = TL.Load(ref Unsafe.Add(ref c0, ldc + w));
                x20 = TL.Load(ref Unsafe.Add(ref c0, 2 * ldc)); x21 = TL.Load(ref Unsafe.Add(ref c0, 2 * ldc + w));
                x30 = TL.Load(ref Unsafe.Add(ref c0, 3 * ldc)); x31 = TL.Load(ref Unsafe.Add(ref c0, 3 * ldc + w));
                x40 = TL.Load(ref Unsafe.Add(ref c0, 4 * ldc)); x41 = TL.Load(ref Unsafe.Add(ref c0, 4 * ldc + w));
                x50 = TL.Load(ref Unsafe.Add(ref c0, 5 * ldc)); x51 = TL.Load(ref Unsafe.Add(ref c0, 5 * ldc + w));
                x60 = TL.Load(ref Unsafe.Add(ref c0, 6 * ldc)); x61 = TL.Load(ref Unsafe.Add(ref c0, 6 * ldc + w));
                x70 = TL.Load(ref Unsafe.Add(ref c0, 7 * ldc)); x71 = TL.Load(ref Unsafe.Add(ref c0, 7 * ldc + w));
            }
            else
            {
                x00 = x01 = x10 = x11 = x20 = x21 = x30 = x31 = x40 = x41 = TL.Zero;
                x50 = x51 = x60 = x61 = x70 = x71 = TL.Zero;
            }
            ref float ap = ref Unsafe.Add(ref a, i * rs);
            ref float bj = ref Unsafe.Add(ref b, j);
            for (int l = 0; l < k; l++)
            {
                ref float bp = ref Unsafe.Add(ref bj, Unsafe.Add(ref rows, l));
                TV b0 = TL.Load(ref bp), b1 = TL.Load(ref Unsafe.Add(ref bp, w));
                TV y = TL.Splat(ap); x00 = TL.MultiplyAdd(y, b0, x00); x01 = TL.MultiplyAdd(y, b1, x01);
                y = TL.Splat(Unsafe.Add(ref ap, s1)); x10 = TL.MultiplyAdd(y, b0, x10); x11 = TL.MultiplyAdd(y, b1, x11);
                y = TL.Splat(Unsafe.Add(ref ap, s2)); x20 = TL.MultiplyAdd(y, b0, x20); x21 = TL.MultiplyAdd(y, b1, x21);
                y = TL.Splat(Unsafe.Add(ref ap, s3)); x30 = TL.MultiplyAdd(y, b0, x30); x31 = TL.MultiplyAdd(y, b1, x31);
                y = TL.Splat(Unsafe.Add(ref ap, s4)); x40 = TL.MultiplyAdd(y, b0, x40); x41 = TL.MultiplyAdd(y, b1, x41);
                y = TL.Splat(Unsafe.Add(ref ap, s5)); x50 = TL.MultiplyAdd(y, b0, x50); x51 = TL.MultiplyAdd(y, b1, x51);
                y = TL.Splat(Unsafe.Add(ref ap, s6)); x60 = TL.MultiplyAdd(y, b0, x60); x61 = TL.MultiplyAdd(y, b1, x61);
                y = TL.Splat(Unsafe.Add(ref ap, s7)); x70 = TL.MultiplyAdd(y, b0, x70); x71 = TL.MultiplyAdd(y, b1, x71);
                ap = ref Unsafe.Add(ref ap, cs);
            }
            TL.Store(x00, ref c0); TL.Store(x01, ref Unsafe.Add(ref c0, w));
            TL.Store(x10, ref Unsafe.Add(ref c0, ldc)); TL.Store(x11, ref Unsafe.Add(ref c0, ldc + w));
            TL.Store(x20, ref Unsafe.Add(ref c0, 2 * ldc)); TL.Store(x21, ref Unsafe.Add(ref c0, 2 * ldc + w));
            TL.Store(x30, ref Unsafe.Add(ref c0, 3 * ldc)); TL.Store(x31, ref Unsafe.Add(ref c0, 3 * ldc + w));
            TL.Store(x40, ref Unsafe.Add(ref c0, 4 * ldc)); TL.Store(x41, ref Unsafe.Add(ref c0, 4 * ldc + w));
            TL.Store(x50, ref Unsafe.Add(ref c0, 5 * ldc)); TL.Store(x51, ref Unsafe.Add(ref c0, 5 * ldc + w));
            TL.Store(x60, ref Unsafe.Add(ref c0, 6 * ldc)); TL.Store(x61, ref Unsafe.Add(ref c0, 6 * ldc + w));
            TL.Store(x70, ref Unsafe.Add(ref c0, 7 * ldc)); TL.Store(x71, ref Unsafe.Add(ref c0, 7 * ldc + w));
        }
        if (j + w <= n)
        {
            EightRowsOneVector(ref a, rs, cs, ref b, ref rows, ref c, ldc, i, k, j, accumulate);
            j += w;
        }
        for (int row = i; row < i + 8; row++) Columns(ref a, rs, cs, ref b, ref rows, ref c, ldc, row, k, n, j, accumulate);
    }

    // The same eight rows by one vector.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void EightRowsOneVector(ref float a, int rs, int cs, ref float b, ref int rows, ref float c, int ldc, int i, int k, int j, bool accumulate)
    {
        nint s1 = rs, s2 = 2 * rs, s3 = 3 * rs, s4 = 4 * rs, s5 = 5 * rs, s6 = 6 * rs, s7 = 7 * rs;
        ref float c0 = ref Unsafe.Add(ref c, i * ldc + j);
        TV x0, x1, x2, x3, x4, x5, x6, x7;
        if (accumulate)
        {
            x0 = TL.Load(ref c0); x1 = TL.Load(ref Unsafe.Add(ref c0, ldc)); x2 = TL.Load(ref Unsafe.Add(ref c0, 2 * ldc));
            x3 = TL.Load(ref Unsafe.Add(ref c0, 3 * ldc)); x4 = TL.Load(ref Unsafe.Add(ref c0, 4 * ldc)); x5 = TL.Load(ref Unsafe.Add(ref c0, 5 * ldc));
            x6 = TL.Load(ref Unsafe.Add(ref c0, 6 * ldc)); x7 = TL.Load(ref Unsafe.Add(ref c0, 7 * ldc));
        }
        else x0 = x1 = x2 = x3 = x4 = x5 = x6 = x7 = TL.Zero;
        ref float ap = ref Unsafe.Add(ref a, i * rs);
        ref float bj = ref Unsafe.Add(ref b, j);
        for (int l = 0; l < k; l++)
        {
            TV b0 = TL.Load(ref Unsafe.Add(ref bj, Unsafe.Add(ref rows, l)));
            x0 = TL.MultiplyAdd(TL.Splat(ap), b0, x0); x1 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s1)), b0, x1);
            x2 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s2)), b0, x2); x3 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s3)), b0, x3);
            x4 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s4)), b0, x4); x5 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s5)), b0, x5);
            x6 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s6)), b0, x6); x7 = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref ap, s7)), b0, x7);
            ap = ref Unsafe.Add(ref ap, cs);
        }
        TL.Store(x0, ref c0); TL.Store(x1, ref Unsafe.Add(ref c0, ldc)); TL.Store(x2, ref Unsafe.Add(ref c0, 2 * ldc));
        TL.Store(x3, ref Unsafe.Add(ref c0, 3 * ldc)); TL.Store(x4, ref Unsafe.Add(ref c0, 4 * ldc)); TL.Store(x5, ref Unsafe.Add(ref c0, 5 * ldc));
        TL.Store(x6, ref Unsafe.Add(ref c0, 6 * ldc)); TL.Store(x7, ref Unsafe.Add(ref c0, 7 * ldc));
    }

    /// <summary>Row <paramref name="i"/> of C from column <paramref name="from"/> on: one vector at a time, then one column at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Columns(ref float a, int rs, int cs, ref float b, ref int rows, ref float c, int ldc, int i, int k, int n, int from, bool accumulate)
    {
        int w = TL.Count, j = from;
        for (; j + w <= n; j += w)
        {
            ref float cp = ref Unsafe.Add(ref c, i * ldc + j);
            TV sum = accumulate ? TL.Load(ref cp) : TL.Zero;
            for (int l = 0; l < k; l++)
                sum = TL.MultiplyAdd(TL.Splat(Unsafe.Add(ref a, i * rs + l * cs)), TL.Load(ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l) + j)), sum);
            TL.Store(sum, ref cp);
        }
        for (; j < n; j++)
        {
            float sum = accumulate ? Unsafe.Add(ref c, i * ldc + j) : 0;
            for (int l = 0; l < k; l++) sum = MathF.FusedMultiplyAdd(Unsafe.Add(ref a, i * rs + l * cs), Unsafe.Add(ref b, Unsafe.Add(ref rows, l) + j), sum);
            Unsafe.Add(ref c, i * ldc + j) = sum;
        }
    }

    public static void MultiplyTransposed(ref float a, int lda, ref float b, ref int rows, Segments segments, ref float c, int m, int k)
    {
        // Each tile's dot products are Dot's chains, reduced in Dot's lane order (LaneSums): the split into tiles changes
        // the speed, never the bits. Five rows where they fit m, else four where those do (8·2^j channels).
        int i = 0;
        if (m % 5 == 0 || m % 4 != 0)
            for (; i + 5 <= m; i += 5)
            {
                int l = 0;
                for (; l + 4 <= k; l += 4) Dots5x4(ref a, lda, ref b, ref rows, segments, ref c, i, l, k);
                for (; l + 2 <= k; l += 2) Dots5x2(ref a, lda, ref b, ref rows, segments, ref c, i, l, k);
                for (; l < k; l++) Dots(ref a, lda, ref b, ref rows, segments, ref c, i, 5, l, k);
            }
        for (; i + 4 <= m; i += 4)
        {
            int l = 0;
            for (; l + 4 <= k; l += 4) Dots4x4(ref a, lda, ref b, ref rows, segments, ref c, i, l, k);
            for (; l < k; l++) Dots(ref a, lda, ref b, ref rows, segments, ref c, i, 4, l, k);
        }
        for (; i < m; i++)
            for (int l = 0; l < k; l++) Dots(ref a, lda, ref b, ref rows, segments, ref c, i, 1, l, k);
    }

    // Rows i … i + count − 1 of A against row l of B, one dot product at a time.
    private static void Dots(ref float a, int lda, ref float b, ref int rows, Segments segments, ref float c, int i, int count, int l, int k)
    {
        for (int r = i; r < i + count; r++)
            Unsafe.Add(ref c, r * k + l) += Dot(ref Unsafe.Add(ref a, r * lda), ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l)), segments);
    }

    // Five rows of A against two rows of B: ten dot products, seven loads per ten fused multiply-adds.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Dots5x2(ref float a, int lda, ref float b, ref int rows, Segments segments, ref float c, int i, int l, int k)
    {
        int w = TL.Count, vectorEnd = segments.Run - segments.Run % w;
        nint s1 = lda, s2 = 2 * lda, s3 = 3 * lda, s4 = 4 * lda;
        TV d00 = TL.Zero, d01 = TL.Zero, d10 = TL.Zero, d11 = TL.Zero, d20 = TL.Zero, d21 = TL.Zero, d30 = TL.Zero, d31 = TL.Zero, d40 = TL.Zero, d41 = TL.Zero;
        for (int s = 0; s < segments.Count; s++)
        {
            ref float a0 = ref Unsafe.Add(ref a, i * lda + s * segments.Run);
            ref float b0 = ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l) + s * segments.Stride);
            ref float b1 = ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l + 1) + s * segments.Stride);
            for (int j = 0; j < vectorEnd; j += w)
            {
                TV x0 = TL.Load(ref Unsafe.Add(ref b0, j)), x1 = TL.Load(ref Unsafe.Add(ref b1, j));
                TV y = TL.Load(ref Unsafe.Add(ref a0, j)); d00 = TL.MultiplyAdd(y, x0, d00); d01 = TL.MultiplyAdd(y, x1, d01);
                y = TL.Load(ref Unsafe.Add(ref a0, s1 + j)); d10 = TL.MultiplyAdd(y, x0, d10); d11 = TL.MultiplyAdd(y, x1, d11);
                y = TL.Load(ref Unsafe.Add(ref a0, s2 + j)); d20 = TL.MultiplyAdd(y, x0, d20); d21 = TL.MultiplyAdd(y, x1, d21);
                y = TL.Load(ref Unsafe.Add(ref a0, s3 + j)); d30 = TL.MultiplyAdd(y, x0, d30); d31 = TL.MultiplyAdd(y, x1, d31);
                y = TL.Load(ref Unsafe.Add(ref a0, s4 + j)); d40 = TL.MultiplyAdd(y, x0, d40); d41 = TL.MultiplyAdd(y, x1, d41);
            }
        }
        Span<float> sums = stackalloc float[2 * TL.Count];
        StoreSums(sums, d00, d01, d10, d11, d20, d21, d30, d31, d40, d41);
        AddTails(ref a, lda, ref b, ref rows, segments, sums, i, 5, l, 2);
        for (int r = 0; r < 5; r++)
        {
            Unsafe.Add(ref c, (i + r) * k + l) += sums[2 * r];
            Unsafe.Add(ref c, (i + r) * k + l + 1) += sums[2 * r + 1];
        }
    }

    // Five rows of A against four rows of B: twenty dot products, nine loads per twenty fused multiply-adds.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Dots5x4(ref float a, int lda, ref float b, ref int rows, Segments segments, ref float c, int i, int l, int k)
    {
        int w = TL.Count, vectorEnd = segments.Run - segments.Run % w;
        nint s1 = lda, s2 = 2 * lda, s3 = 3 * lda, s4 = 4 * lda;
        TV d00 = TL.Zero, d01 = TL.Zero, d02 = TL.Zero, d03 = TL.Zero, d10 = TL.Zero, d11 = TL.Zero, d12 = TL.Zero, d13 = TL.Zero,
            d20 = TL.Zero, d21 = TL.Zero, d22 = TL.Zero, d23 = TL.Zero, d30 = TL.Zero, d31 = TL.Zero, d32 = TL.Zero, d33 = TL.Zero,
            d40 = TL.Zero, d41 = TL.Zero, d42 = TL.Zero, d43 = TL.Zero;
        for (int s = 0; s < segments.Count; s++)
        {
            ref float a0 = ref Unsafe.Add(ref a, i * lda + s * segments.Run);
            ref float b0 = ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l) + s * segments.Stride);
            ref float b1 = ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l + 1) + s * segments.Stride);
            ref float b2 = ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l + 2) + s * segments.Stride);
            ref float b3 = ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l + 3) + s * segments.Stride);
            for (int j = 0; j < vectorEnd; j += w)
            {
                TV x0 = TL.Load(ref Unsafe.Add(ref b0, j)), x1 = TL.Load(ref Unsafe.Add(ref b1, j));
                TV x2 = TL.Load(ref Unsafe.Add(ref b2, j)), x3 = TL.Load(ref Unsafe.Add(ref b3, j));
                TV y = TL.Load(ref Unsafe.Add(ref a0, j));
                d00 = TL.MultiplyAdd(y, x0, d00); d01 = TL.MultiplyAdd(y, x1, d01); d02 = TL.MultiplyAdd(y, x2, d02); d03 = TL.MultiplyAdd(y, x3, d03);
                y = TL.Load(ref Unsafe.Add(ref a0, s1 + j));
                d10 = TL.MultiplyAdd(y, x0, d10); d11 = TL.MultiplyAdd(y, x1, d11); d12 = TL.MultiplyAdd(y, x2, d12); d13 = TL.MultiplyAdd(y, x3, d13);
                y = TL.Load(ref Unsafe.Add(ref a0, s2 + j));
                d20 = TL.MultiplyAdd(y, x0, d20); d21 = TL.MultiplyAdd(y, x1, d21); d22 = TL.MultiplyAdd(y, x2, d22); d23 = TL.MultiplyAdd(y, x3, d23);
                y = TL.Load(ref Unsafe.Add(ref a0, s3 + j));
                d30 = TL.MultiplyAdd(y, x0, d30); d31 = TL.MultiplyAdd(y, x1, d31); d32 = TL.MultiplyAdd(y, x2, d32); d33 = TL.MultiplyAdd(y, x3, d33);
                y = TL.Load(ref Unsafe.Add(ref a0, s4 + j));
                d40 = TL.MultiplyAdd(y, x0, d40); d41 = TL.MultiplyAdd(y, x1, d41); d42 = TL.MultiplyAdd(y, x2, d42); d43 = TL.MultiplyAdd(y, x3, d43);
            }
        }
        Span<float> sums = stackalloc float[16 + TL.Count];
        StoreSums(sums, d00, d01, d02, d03, d10, d11, d12, d13, d20, d21, d22, d23, d30, d31, d32, d33, d40, d41, d42, d43);
        AddTails(ref a, lda, ref b, ref rows, segments, sums, i, 5, l, 4);
        for (int r = 0; r < 5; r++)
            for (int q = 0; q < 4; q++) Unsafe.Add(ref c, (i + r) * k + l + q) += sums[4 * r + q];
    }

    // Four rows of A against four rows of B: sixteen dot products, eight loads per sixteen fused multiply-adds.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Dots4x4(ref float a, int lda, ref float b, ref int rows, Segments segments, ref float c, int i, int l, int k)
    {
        int w = TL.Count, vectorEnd = segments.Run - segments.Run % w;
        nint s1 = lda, s2 = 2 * lda, s3 = 3 * lda;
        TV d00 = TL.Zero, d01 = TL.Zero, d02 = TL.Zero, d03 = TL.Zero, d10 = TL.Zero, d11 = TL.Zero, d12 = TL.Zero, d13 = TL.Zero,
            d20 = TL.Zero, d21 = TL.Zero, d22 = TL.Zero, d23 = TL.Zero, d30 = TL.Zero, d31 = TL.Zero, d32 = TL.Zero, d33 = TL.Zero;
        for (int s = 0; s < segments.Count; s++)
        {
            ref float a0 = ref Unsafe.Add(ref a, i * lda + s * segments.Run);
            ref float b0 = ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l) + s * segments.Stride);
            ref float b1 = ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l + 1) + s * segments.Stride);
            ref float b2 = ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l + 2) + s * segments.Stride);
            ref float b3 = ref Unsafe.Add(ref b, Unsafe.Add(ref rows, l + 3) + s * segments.Stride);
            for (int j = 0; j < vectorEnd; j += w)
            {
                TV x0 = TL.Load(ref Unsafe.Add(ref b0, j)), x1 = TL.Load(ref Unsafe.Add(ref b1, j));
                TV x2 = TL.Load(ref Unsafe.Add(ref b2, j)), x3 = TL.Load(ref Unsafe.Add(ref b3, j));
                TV y = TL.Load(ref Unsafe.Add(ref a0, j));
                d00 = TL.MultiplyAdd(y, x0, d00); d01 = TL.MultiplyAdd(y, x1, d01); d02 = TL.MultiplyAdd(y, x2, d02); d03 = TL.MultiplyAdd(y, x3, d03);
                y = TL.Load(ref Unsafe.Add(ref a0, s1 + j));
                d10 = TL.MultiplyAdd(y, x0, d10); d11 = TL.MultiplyAdd(y, x1, d11); d12 = TL.MultiplyAdd(y, x2, d12); d13 = TL.MultiplyAdd(y, x3, d13);
                y = TL.Load(ref Unsafe.Add(ref a0, s2 + j));
                d20 = TL.MultiplyAdd(y, x0, d20); d21 = TL.MultiplyAdd(y, x1, d21); d22 = TL.MultiplyAdd(y, x2, d22); d23 = TL.MultiplyAdd(y, x3, d23);
                y = TL.Load(ref Unsafe.Add(ref a0, s3 + j));
                d30 = TL.MultiplyAdd(y, x0, d30); d31 = TL.MultiplyAdd(y, x1, d31); d32 = TL.MultiplyAdd(y, x2, d32); d33 = TL.MultiplyAdd(y, x3, d33);
            }
        }
        Span<float> sums = stackalloc float[8 + TL.Count];
        StoreSums(sums, d00, d01, d02, d03, d10, d11, d12, d13, d20, d21, d22, d23, d30, d31, d32, d33);
        AddTails(ref a, lda, ref b, ref rows, segments, sums, i, 4, l, 4);
        for (int r = 0; r < 4; r++)
            for (int q = 0; q < 4; q++) Unsafe.Add(ref c, (i + r) * k + l + q) += sums[4 * r + q];
    }

    // Out of line: inlined, the reduction's registers would push the dot products' accumulators out of theirs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreSums(Span<float> sums, TV d0, TV d1, TV d2, TV d3, TV d4, TV d5, TV d6, TV d7, TV d8, TV d9)
    {
        TL.Store(LaneSums<TL, TV>.Of8(d0, d1, d2, d3, d4, d5, d6, d7), ref sums[0]);
        TL.Store(LaneSums<TL, TV>.Of2(d8, d9), ref sums[8]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreSums(Span<float> sums, TV d0, TV d1, TV d2, TV d3, TV d4, TV d5, TV d6, TV d7, TV d8, TV d9,
        TV d10, TV d11, TV d12, TV d13, TV d14, TV d15, TV d16, TV d17, TV d18, TV d19)
    {
        TL.Store(LaneSums<TL, TV>.Of8(d0, d1, d2, d3, d4, d5, d6, d7), ref sums[0]);
        TL.Store(LaneSums<TL, TV>.Of8(d8, d9, d10, d11, d12, d13, d14, d15), ref sums[8]);
        TL.Store(LaneSums<TL, TV>.Of4(d16, d17, d18, d19), ref sums[16]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreSums(Span<float> sums, TV d0, TV d1, TV d2, TV d3, TV d4, TV d5, TV d6, TV d7, TV d8, TV d9,
        TV d10, TV d11, TV d12, TV d13, TV d14, TV d15)
    {
        TL.Store(LaneSums<TL, TV>.Of8(d0, d1, d2, d3, d4, d5, d6, d7), ref sums[0]);
        TL.Store(LaneSums<TL, TV>.Of8(d8, d9, d10, d11, d12, d13, d14, d15), ref sums[8]);
    }

    /// <summary>Adds the products of each segment's columns past its last whole vector to <paramref name="sums"/> (rows × columns, row-major).</summary>
    private static void AddTails(ref float a, int lda, ref float b, ref int rows, Segments segments, Span<float> sums, int i, int aRows, int l, int bRows)
    {
        int vectorEnd = segments.Run - segments.Run % TL.Count;
        for (int s = 0; s < segments.Count; s++)
            for (int j = vectorEnd; j < segments.Run; j++)
                for (int r = 0; r < aRows; r++)
                {
                    float y = Unsafe.Add(ref a, (i + r) * lda + s * segments.Run + j);
                    for (int q = 0; q < bRows; q++) sums[bRows * r + q] += y * Unsafe.Add(ref b, Unsafe.Add(ref rows, l + q) + s * segments.Stride + j);
                }
    }

    private static float Dot(ref float x, ref float y, Segments segments)
    {
        int w = TL.Count, vectorEnd = segments.Run - segments.Run % w;
        TV sum = TL.Zero;
        for (int s = 0; s < segments.Count; s++)
        {
            ref float xs = ref Unsafe.Add(ref x, s * segments.Run);
            ref float ys = ref Unsafe.Add(ref y, s * segments.Stride);
            for (int j = 0; j < vectorEnd; j += w) sum = TL.MultiplyAdd(TL.Load(ref Unsafe.Add(ref xs, j)), TL.Load(ref Unsafe.Add(ref ys, j)), sum);
        }
        float total = TL.Sum(sum);
        for (int s = 0; s < segments.Count; s++)
            for (int j = vectorEnd; j < segments.Run; j++) total += Unsafe.Add(ref x, s * segments.Run + j) * Unsafe.Add(ref y, s * segments.Stride + j);
        return total;
    }
}

/// <summary>Entry-by-entry kernels on one vector width.</summary>
internal static class Elementwise<TL, TV> where TL : struct, IFloatLanes<TV> where TV : struct
{
    public static void Gate(ReadOnlySpan<float> gate, ReadOnlySpan<float> source, Span<float> target)
    {
        int w = TL.Count, j = 0;
        ref float g = ref MemoryMarshal.GetReference(gate);
        ref float s = ref MemoryMarshal.GetReference(source);
        ref float t = ref MemoryMarshal.GetReference(target);
        for (; j + w <= target.Length; j += w)
            TL.Store(TL.Keep(TL.PositiveMask(TL.Load(ref Unsafe.Add(ref g, j))), TL.Load(ref Unsafe.Add(ref s, j))), ref Unsafe.Add(ref t, j));
        for (; j < target.Length; j++) Unsafe.Add(ref t, j) = Unsafe.Add(ref g, j) > 0 ? Unsafe.Add(ref s, j) : 0;
    }

    public static void Add(ReadOnlySpan<float> x, Span<float> y)
    {
        int w = TL.Count, j = 0;
        ref float rx = ref MemoryMarshal.GetReference(x);
        ref float ry = ref MemoryMarshal.GetReference(y);
        for (; j + w <= y.Length; j += w) TL.Store(TL.Add(TL.Load(ref Unsafe.Add(ref rx, j)), TL.Load(ref Unsafe.Add(ref ry, j))), ref Unsafe.Add(ref ry, j));
        for (; j < y.Length; j++) Unsafe.Add(ref ry, j) += Unsafe.Add(ref rx, j);
    }
}
