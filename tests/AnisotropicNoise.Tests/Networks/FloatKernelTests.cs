using System.Runtime.Intrinsics;
using AnisotropicNoise.Networks.Batched;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Networks;

/// <summary>The single-precision products against textbook sums in double, at sizes that reach every tile and tail.</summary>
public class FloatKernelTests
{
    private static float[] Random(int length, long seed)
    {
        var values = new double[length];
        new RandomStream(seed).FillGaussian(values);
        return [.. values.Select(v => (float)v)];
    }

    [Theory]
    [InlineData(10, 25, 9216)]
    [InlineData(20, 7, 37)]
    [InlineData(13, 3, 16)]
    [InlineData(1, 1, 1)]
    [InlineData(11, 5, 33)]
    [InlineData(8, 9, 70)]
    [InlineData(14, 4, 40)]
    public void Products_match_the_textbook_sums(int m, int k, int n)
    {
        var a = Random(m * k, 1);
        var b = Random(k * n, 2);
        var c0 = Random(m * n, 3);
        var c = (float[])c0.Clone();
        FloatKernels.Multiply(a, k, 1, b, c, m, k, n, accumulate: true);
        var transposed = new float[k * m];
        for (int i = 0; i < m; i++)
            for (int l = 0; l < k; l++) transposed[l * m + i] = a[i * k + l];
        var overwritten = (float[])c0.Clone();
        FloatKernels.Multiply(transposed, 1, m, b, overwritten, m, k, n, accumulate: false);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                double sum = 0, scale = 0;
                for (int l = 0; l < k; l++)
                {
                    sum += (double)a[i * k + l] * b[l * n + j];
                    scale += Math.Abs((double)a[i * k + l] * b[l * n + j]);
                }
                double bound = 4 * k * float.Epsilon + 2 * k * 6e-8 * (scale + Math.Abs(c0[i * n + j]));
                Assert.Equal(c0[i * n + j] + sum, c[i * n + j], tolerance: bound);
                Assert.Equal(sum, overwritten[i * n + j], tolerance: bound);
            }
    }

    [Theory]
    [InlineData(10, 9216, 25)]
    [InlineData(7, 16, 3)]
    [InlineData(12, 37, 5)]
    [InlineData(1, 1, 1)]
    public void Transposed_products_match_the_textbook_sums(int m, int n, int k)
    {
        var a = Random(m * n, 4);
        var b = Random(k * n, 5);
        var c0 = Random(m * k, 6);
        var c = (float[])c0.Clone();
        FloatKernels.MultiplyTransposed(a, b, c, m, n, k);
        for (int i = 0; i < m; i++)
            for (int l = 0; l < k; l++)
            {
                double sum = 0, scale = 0;
                for (int j = 0; j < n; j++)
                {
                    sum += (double)a[i * n + j] * b[l * n + j];
                    scale += Math.Abs((double)a[i * n + j] * b[l * n + j]);
                }
                Assert.Equal(c0[i * k + l] + sum, c[i * k + l], tolerance: 2 * n * 6e-8 * (scale + Math.Abs(c0[i * k + l])) + 1e-30);
            }
    }

    /// <summary>
    /// The register tiles (ten, eight or four rows of C; five or four rows of A in dot products) are a matter of speed:
    /// each entry is the chain it would be computed by alone, so every split of m gives the bits of one row at a time.
    /// Columns 2·16 + 16 + 3 reach the two-vector, one-vector and scalar tails on both widths.
    /// </summary>
    [Theory]
    [InlineData(8, 9)]
    [InlineData(16, 72)]
    [InlineData(32, 144)]
    [InlineData(64, 288)]
    [InlineData(72, 16)]
    [InlineData(10, 25)]
    [InlineData(26, 7)]
    public void Every_split_into_tiles_gives_the_bits_of_one_row_at_a_time(int m, int k)
    {
        const int n = 51;
        var a = Random(m * k, 12);
        var b = Random(k * n, 13);
        var tiled = Random(m * n, 14);
        var byRow = (float[])tiled.Clone();
        FloatKernels.Multiply(a, k, 1, b, tiled, m, k, n, accumulate: true);
        for (int i = 0; i < m; i++) FloatKernels.Multiply(a.AsSpan(i * k, k), k, 1, b, byRow.AsSpan(i * n, n), 1, k, n, accumulate: true);
        Assert.Equal(byRow, tiled);

        var dots = Random(m * k, 15);
        var dotsByRow = (float[])dots.Clone();
        var rowsOfB = Random(k * n, 16);
        FloatKernels.MultiplyTransposed(Random(m * n, 17), rowsOfB, dots, m, n, k);
        var rowsOfA = Random(m * n, 17);
        for (int i = 0; i < m; i++) FloatKernels.MultiplyTransposed(rowsOfA.AsSpan(i * n, n), rowsOfB, dotsByRow.AsSpan(i * k, k), 1, n, k);
        Assert.Equal(dotsByRow, dots);
    }

    /// <summary>
    /// A patch-like B: row l, segment s starts at <c>x[rows[l] + s·stride]</c>, with rows in no regular order, and its
    /// row-major copy.
    /// </summary>
    private static (float[] X, int[] Rows, float[] Copy) PatchLike(int k, int run, int segments, int stride)
    {
        int[] rows = [.. Enumerable.Range(0, k).Select(l => (l * 37 + l % 3 * 11) % (5 * k + 1))];
        var x = Random(rows.Max() + (segments - 1) * stride + run, 7);
        var copy = new float[k * run * segments];
        for (int l = 0; l < k; l++)
            for (int s = 0; s < segments; s++) Array.Copy(x, rows[l] + s * stride, copy, (l * segments + s) * run, run);
        return (x, rows, copy);
    }

    [Theory]
    [InlineData(10, 25, 48, 3, 60)]
    [InlineData(13, 9, 37, 4, 41)]
    [InlineData(4, 3, 5, 2, 9)]
    public void Products_with_b_read_in_place_are_the_bits_of_products_with_its_copy(int m, int k, int run, int segments, int stride)
    {
        var (x, rows, copy) = PatchLike(k, run, segments, stride);
        int n = run * segments;
        var a = Random(m * k, 8);
        var inPlace = Random(m * n, 9);
        var copied = (float[])inPlace.Clone();
        FloatKernels.Multiply(a, k, 1, x, new RowMap(rows, run, segments, stride), inPlace, n, m, k, accumulate: true);
        FloatKernels.Multiply(a, k, 1, copy, copied, m, k, n, accumulate: true);
        Assert.Equal(copied, inPlace);
    }

    [Theory]
    [InlineData(10, 25, 48, 3, 60)]
    [InlineData(7, 6, 128, 1, 0)]
    [InlineData(12, 9, 16, 5, 20)]
    public void Dot_products_along_rows_read_in_place_are_the_bits_of_their_copy_when_segments_are_whole_vectors(int m, int k, int run, int segments, int stride)
    {
        var (x, rows, copy) = PatchLike(k, run, segments, stride);
        int n = run * segments;
        var map = new RowMap(rows, run, segments, stride);
        Assert.True(map.IsVectorAligned);
        var a = Random(m * n, 10);
        var inPlace = Random(m * k, 11);
        var copied = (float[])inPlace.Clone();
        FloatKernels.MultiplyTransposed(a, n, x, map, inPlace, m, k);
        FloatKernels.MultiplyTransposed(a, copy, copied, m, n, k);
        Assert.Equal(copied, inPlace);
    }

    [Fact]
    public void Dot_products_along_segments_that_are_not_whole_vectors_match_the_textbook_sums()
    {
        int m = 6, k = 5, run = 37, segments = 3, stride = 45, n = run * segments;
        var (x, rows, copy) = PatchLike(k, run, segments, stride);
        var map = new RowMap(rows, run, segments, stride);
        Assert.False(map.IsVectorAligned);
        var a = Random(m * n, 12);
        var c = new float[m * k];
        FloatKernels.MultiplyTransposed(a, n, x, map, c, m, k);
        for (int i = 0; i < m; i++)
            for (int l = 0; l < k; l++)
            {
                double sum = 0, scale = 0;
                for (int j = 0; j < n; j++)
                {
                    sum += (double)a[i * n + j] * copy[l * n + j];
                    scale += Math.Abs((double)a[i * n + j] * copy[l * n + j]);
                }
                Assert.Equal(sum, c[i * k + l], tolerance: 2 * n * 6e-8 * scale);
            }
    }

    [Fact]
    public void Lane_sums_of_several_vectors_are_the_bits_of_each_vector_summed_alone()
    {
        LaneSumsAreSums<Lanes256, Vector256<float>>();
        if (Vector512.IsHardwareAccelerated) LaneSumsAreSums<Lanes512, Vector512<float>>();
    }

    private static void LaneSumsAreSums<TL, TV>() where TL : struct, IFloatLanes<TV> where TV : struct
    {
        int w = TL.Count;
        var random = new RandomStream(13);
        for (int trial = 0; trial < 200; trial++)
        {
            // Lanes over twelve orders of magnitude and both signs, so that any other order of additions rounds differently.
            var lanes = new float[8 * w];
            for (int i = 0; i < lanes.Length; i++) lanes[i] = (float)(random.NextGaussian() * Math.Pow(10, random.NextInt(12) - 6));
            var v = Enumerable.Range(0, 8).Select(q => TL.Load(ref lanes[q * w])).ToArray();
            var sums = new float[w];
            TL.Store(LaneSums<TL, TV>.Of8(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]), ref sums[0]);
            for (int q = 0; q < 8; q++) Assert.Equal(TL.Sum(v[q]), sums[q]);
            TL.Store(LaneSums<TL, TV>.Of4(v[0], v[1], v[2], v[3]), ref sums[0]);
            for (int q = 0; q < 4; q++) Assert.Equal(TL.Sum(v[q]), sums[q]);
            TL.Store(LaneSums<TL, TV>.Of2(v[4], v[5]), ref sums[0]);
            for (int q = 0; q < 2; q++) Assert.Equal(TL.Sum(v[4 + q]), sums[q]);
            var byLane = new float[w];
            TL.Store(LaneSums<TL, TV>.PairSumsByLane(v[6], v[7]), ref byLane[0]);
            TL.Store(TL.PairSums(v[6], v[7]), ref sums[0]);
            Assert.Equal(byLane, sums);
        }
    }

    [Fact]
    public void The_kernels_run_on_the_widest_vectors_the_cpu_accelerates()
    {
        int expected = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? 512 : 256;
        Assert.Equal(expected, FloatKernels.VectorBits);
    }
}
