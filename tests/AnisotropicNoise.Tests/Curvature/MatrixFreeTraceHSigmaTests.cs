using AnisotropicNoise.Curvature;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Curvature;

public class MatrixFreeTraceHSigmaTests
{
    [Fact]
    public void EqualsTheDenseTraceWithTheSampleCovarianceTo1e10InBProducts()
    {
        const int d = 60, b = 25;
        var random = new RandomStream(21);
        var h = TestMatrices.RandomSymmetric(d, random);
        var gradients = new double[b * d];
        random.FillGaussian(gradients);
        for (int i = 0; i < gradients.Length; i++) gradients[i] += 3; // a mean that centring must remove
        var rows = Matrix<double>.Build.Dense(b, d, (r, c) => gradients[r * d + c]);
        var mean = rows.ColumnSums() / b;
        var centred = Matrix<double>.Build.Dense(b, d, (r, c) => rows[r, c] - mean[c]);
        var sampleCovariance = centred.TransposeThisAndMultiply(centred) / (b - 1);
        sampleCovariance = (sampleCovariance + sampleCovariance.Transpose()) * 0.5;
        var counter = new CountingOperator(new DenseOperator(h));

        double matrixFree = MatrixFreeTraceHSigma.Compute(counter, gradients, b);

        Assert.True(TestMatrices.RelativeError(matrixFree, TraceHSigma.Of(h, sampleCovariance)) < 1e-10);
        Assert.Equal(b, counter.Count);
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        var op = new DenseOperator(Matrix<double>.Build.DenseIdentity(3));
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => MatrixFreeTraceHSigma.Compute(op, new double[3], 1)).ParamName);
        Assert.Equal("gradients", Assert.Throws<ArgumentException>(() => MatrixFreeTraceHSigma.Compute(op, new double[5], 2)).ParamName);
        Assert.Equal("gradients", Assert.Throws<ArgumentException>(() => MatrixFreeTraceHSigma.Compute(op, [1, 2, 3, 4, double.PositiveInfinity, 6], 2)).ParamName);
    }
}
