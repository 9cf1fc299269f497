using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Support;

/// <summary>Empirical moments of many draws, for comparing a sampler with the covariance it promises.</summary>
internal static class SampleCovariance
{
    /// <summary>The mean and the covariance (divisor n) of <paramref name="draws"/> draws of <paramref name="sampler"/>.</summary>
    public static (double[] Mean, Matrix<double> Covariance) Of(INoiseSampler sampler, int draws, long seed)
    {
        var random = new RandomStream(seed);
        int d = sampler.Dimension;
        var x = new double[d];
        var mean = new double[d];
        var second = Matrix<double>.Build.Dense(d, d);
        for (int n = 0; n < draws; n++)
        {
            sampler.Sample(random, x);
            for (int i = 0; i < d; i++)
            {
                mean[i] += x[i] / draws;
                for (int j = 0; j < d; j++) second[i, j] += x[i] * x[j] / draws;
            }
        }
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) second[i, j] -= mean[i] * mean[j];
        return (mean, second);
    }

    /// <summary>
    /// Asserts that <paramref name="sampler"/>'s draws have mean 0 and covariance <paramref name="expected"/>:
    /// each entry within 6 standard errors, <c>√((Σᵢᵢ Σⱼⱼ + Σᵢⱼ²)/n)</c>, and the trace reported matches.
    /// </summary>
    public static void AssertMatches(INoiseSampler sampler, Matrix<double> expected, int draws = 200_000, long seed = 11)
    {
        Assert.Equal(expected.Trace(), sampler.Trace, 1e-9 * Math.Max(1, expected.Trace()));
        var (mean, covariance) = Of(sampler, draws, seed);
        for (int i = 0; i < expected.RowCount; i++)
        {
            Assert.True(Math.Abs(mean[i]) <= 6 * Math.Sqrt(expected[i, i] / draws) + 1e-15, $"mean[{i}] = {mean[i]}");
            for (int j = 0; j < expected.ColumnCount; j++)
            {
                double error = Math.Sqrt((expected[i, i] * expected[j, j] + expected[i, j] * expected[i, j]) / draws);
                Assert.True(Math.Abs(covariance[i, j] - expected[i, j]) <= 6 * error + 1e-15,
                    $"covariance[{i},{j}] = {covariance[i, j]}, expected {expected[i, j]} ± {6 * error}");
            }
        }
    }
}
