using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Noise;

/// <summary>Draws of a noise, one per row, whose statistics match the noise's covariance.</summary>
public sealed class NoiseSamplesTests
{
    [Fact]
    public void The_sample_covariance_of_many_draws_matches_the_covariance_within_sampling_error()
    {
        var sigma = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0.9 }, { 0.9, 1.0 } });
        const int n = 40_000;
        var draws = NoiseSamples.Draw(FactorGaussian.FromCovariance(sigma), n, new RandomStream(7));
        Assert.Equal((n, 2), (draws.RowCount, draws.ColumnCount));
        var empirical = draws.TransposeThisAndMultiply(draws) / n;
        // Each entry's standard error is at most sqrt((σ_ii σ_jj + σ_ij²) / n) ≤ sqrt(2 / n) ≈ 0.007; allow 5 of them.
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                Assert.InRange(empirical[i, j] - sigma[i, j], -0.035, 0.035);
    }

    [Fact]
    public void The_same_seed_gives_the_same_draws()
    {
        var noise = new IsotropicGaussian(3, 0.5);
        Assert.Equal(NoiseSamples.Draw(noise, 5, new RandomStream(3)), NoiseSamples.Draw(noise, 5, new RandomStream(3)));
    }

    [Fact]
    public void A_count_below_one_is_rejected_by_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => NoiseSamples.Draw(new IsotropicGaussian(2, 1), 0, new RandomStream(1)));
        Assert.Equal("count", e.ParamName);
    }
}
