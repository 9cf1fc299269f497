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

    [Fact]
    public void The_kernels_run_on_the_widest_vectors_the_cpu_accelerates()
    {
        int expected = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? 512 : 256;
        Assert.Equal(expected, FloatKernels.VectorBits);
    }
}
