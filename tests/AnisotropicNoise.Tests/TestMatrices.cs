using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests;

/// <summary>Random matrices with known structure for tests.</summary>
internal static class TestMatrices
{
    public static Matrix<double> Rotation(int n, RandomStream random) =>
        Matrix<double>.Build.Dense(n, n, (_, _) => random.NextGaussian()).QR().Q;

    /// <summary>A symmetric matrix with exactly the eigenvalues <paramref name="spectrum"/> and random eigenvectors.</summary>
    public static Matrix<double> WithSpectrum(double[] spectrum, RandomStream random)
    {
        var q = Rotation(spectrum.Length, random);
        var m = q * Matrix<double>.Build.DenseOfDiagonalArray(spectrum) * q.Transpose();
        return (m + m.Transpose()) * 0.5;
    }

    /// <summary>A random full-rank PSD matrix <c>G Gᵀ / n</c>.</summary>
    public static Matrix<double> RandomPsd(int n, RandomStream random)
    {
        var g = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextGaussian());
        var m = g * g.Transpose() / n;
        return (m + m.Transpose()) * 0.5;
    }

    public static Matrix<double> RandomSymmetric(int n, RandomStream random)
    {
        var g = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextGaussian());
        return (g + g.Transpose()) * 0.5;
    }

    public static double RelativeError(double actual, double expected) =>
        Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), double.Epsilon);
}
