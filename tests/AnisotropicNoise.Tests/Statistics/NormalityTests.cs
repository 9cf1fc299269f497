using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Tests.Statistics;

public class NormalityTests
{
    [Fact]
    public void JarqueBeraOnASmallSampleByHand()
    {
        // x = (−2, −1, −1, 0, 0, 0, 1, 3): mean 0, m2 = 16/8 = 2, m3 = 18/8 = 2.25, m4 = 100/8 = 12.5.
        double s = 2.25 / Math.Pow(2, 1.5), k = 12.5 / 4;
        double expected = 8 / 6.0 * (s * s + (k - 3) * (k - 3) / 4);
        var (statistic, p) = Normality.JarqueBera([-2, -1, -1, 0, 0, 0, 1, 3]);
        Assert.Equal(expected, statistic, 12);
        Assert.Equal(Math.Exp(-expected / 2), p, 12);
    }

    [Fact]
    public void GaussianSamplesPassAndHeavyTailedOnesFail()
    {
        var random = new RandomStream(8);
        var gaussian = new double[20_000];
        random.FillGaussian(gaussian);
        Assert.True(Normality.JarqueBera(gaussian).PValue > 0.001);
        var stable = new double[20_000];
        new SymmetricStable(1.8).Fill(random, stable);
        Assert.True(Normality.JarqueBera(stable).PValue < 1e-10);
    }

    [Fact]
    public void QqPointsOfAGaussianSampleLieOnTheDiagonalAndHeavyTailsLeaveItAtTheEnds()
    {
        var random = new RandomStream(9);
        var gaussian = new double[5_000];
        random.FillGaussian(gaussian);
        var points = Normality.QuantilePairs(gaussian);
        Assert.All(points.Skip(50).Take(4_900), p => Assert.InRange(p.Sample - p.Theoretical, -0.15, 0.15));
        Assert.Equal(-3.719, points[0].Theoretical, 3); // Φ⁻¹(0.5/5000) = Φ⁻¹(10⁻⁴)
        var stable = new double[5_000];
        new SymmetricStable(1.5).Fill(random, stable);
        var heavy = Normality.QuantilePairs(stable);
        Assert.True(Math.Abs(heavy[^1].Sample) > 2 * Math.Abs(heavy[^1].Theoretical) || Math.Abs(heavy[0].Sample) > 2 * Math.Abs(heavy[0].Theoretical));
    }

    [Fact]
    public void ThinnedQqPointsAreTheFullPlotsPointsNearestEachProbability()
    {
        var samples = new double[1_000];
        new RandomStream(10).FillGaussian(samples);
        var full = Normality.QuantilePairs(samples);
        var thinned = Normality.QuantilePairs(samples, [0.001, 0.5, 0.975, 0.9999]);
        Assert.Equal([full[1], full[500], full[975], full[999]], thinned);
        Assert.Equal(-3.2905, Normality.QuantilePairs(samples, [0.0005])[0].Theoretical, 4); // Φ⁻¹(0.5/1000)
        Assert.Equal("probabilities", Assert.Throws<ArgumentOutOfRangeException>(() => Normality.QuantilePairs(samples, [0.5, 1.0])).ParamName);
    }

    [Fact]
    public void TooFewOrConstantSamplesAreNamed()
    {
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => Normality.JarqueBera([1.0, 2.0])).ParamName);
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => Normality.JarqueBera(Enumerable.Repeat(1.0, 10).ToArray())).ParamName);
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => Normality.QuantilePairs([1.0, 1.0, 1.0])).ParamName);
    }
}
