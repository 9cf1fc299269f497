using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Networks;

public class MatrixKernelTests
{
    private static double[] Random(int length, long seed)
    {
        var values = new double[length];
        new RandomStream(seed).FillGaussian(values);
        return values;
    }

    // Sizes that exercise the 5-row blocks, the single rows, the 2-vector column blocks and the scalar tails.
    [Theory]
    [InlineData(10, 25, 576)]
    [InlineData(7, 3, 13)]
    [InlineData(1, 1, 1)]
    [InlineData(12, 5, 9)]
    public void ProductsMatchTheTextbookSums(int m, int k, int n)
    {
        var a = Random(m * k, 1);
        var b = Random(k * n, 2);
        var c0 = Random(m * n, 3);
        var c = (double[])c0.Clone();
        MatrixKernels.MultiplyAdd(a, k, 1, b, c, m, k, n);
        var transposed = new double[k * m];
        for (int i = 0; i < m; i++)
            for (int l = 0; l < k; l++) transposed[l * m + i] = a[i * k + l];
        var overwritten = (double[])c0.Clone();
        MatrixKernels.MultiplyAdd(transposed, 1, m, b, overwritten, m, k, n, accumulate: false);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int l = 0; l < k; l++) sum += a[i * k + l] * b[l * n + j];
                Assert.Equal(c0[i * n + j] + sum, c[i * n + j], tolerance: 1e-11);
                Assert.Equal(sum, overwritten[i * n + j], tolerance: 1e-11);
            }

        // C (m×k) += A (m×n) · Bᵀ with B (k×n).
        var left = Random(m * n, 4);
        var dw0 = Random(m * k, 5);
        var dw = (double[])dw0.Clone();
        MatrixKernels.MultiplyTransposedAdd(left, b, dw, m, n, k);
        for (int i = 0; i < m; i++)
            for (int l = 0; l < k; l++)
            {
                double sum = 0;
                for (int j = 0; j < n; j++) sum += left[i * n + j] * b[l * n + j];
                Assert.Equal(dw0[i * k + l] + sum, dw[i * k + l], tolerance: 1e-11);
            }
        Assert.Equal(b.Sum(), VectorKernels.Sum(b), tolerance: 1e-11);
    }
}
