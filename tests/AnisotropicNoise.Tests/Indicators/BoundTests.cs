using AnisotropicNoise.Experiments.Anisotropy;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Indicators;

public class BoundTests
{
    [Fact]
    public void IllConditioningExponentsOfAnExactSpectrum()
    {
        double[] spectrum = [0.01, 1, 0.0001, 0.001]; // any order; D = 4
        Assert.Equal(Math.Log(100) / Math.Log(4), IllConditioning.Exponent(spectrum, 1), 12);
        var profile = IllConditioning.Profile(spectrum);
        double[] expected = [Math.Log(100) / Math.Log(4), Math.Log(1000) / Math.Log(4), Math.Log(10000) / Math.Log(4)];
        Assert.Equal(3, profile.Length);
        for (int k = 0; k < 3; k++) Assert.Equal(expected[k], profile[k], 12);
        Assert.Equal(double.PositiveInfinity, IllConditioning.Exponent([2, 1, 0], 2));
    }

    [Fact]
    public void BoundsFollowTheirFormulas()
    {
        // a D / (k + D^{1−d})² with D = 100, k = 2, d = 1.5: 0.5 · 100 / (2 + 0.1)².
        Assert.Equal(50 / (2.1 * 2.1), AnisotropyBound.Lower(0.5, 100, 2, 1.5), 12);
        Assert.Equal(0.5 * 100 / 4, AnisotropyBound.Lower(0.5, 100, 2, double.PositiveInfinity), 12);
        Assert.Equal(0.5 * 4 * 100 / 25, AnisotropyBound.Intermediate(0.5, 2, 5, 100), 12);
        var (bound, k, d) = AnisotropyBound.Best(1, [1, 1e-4, 1e-4, 1e-4]);
        Assert.Equal((1, Math.Log(1e4) / Math.Log(4)), (k, d));
        Assert.Equal(AnisotropyBound.Lower(1, 4, 1, d), bound, 14);
    }

    [Fact]
    public void RatioIsNeverBelowTheBoundOnInstancesMeetingTheConditions()
    {
        for (int seed = 0; seed < 120; seed++)
        {
            var random = new RandomStream(seed);
            int dimension = 10 + random.NextInt(90);
            int k = 1 + random.NextInt(4);
            double d = random.NextUniform(0.51, 2);
            double a = random.NextUniform(0.01, 1);
            var m = AnisotropyInstance.Aligned(dimension, k, d, a, random, rotate: seed % 2 == 0).Measure();

            Assert.Equal(a, m.MeasuredA, 8);
            Assert.True(m.MeasuredExponent >= d, $"seed {seed}: d_k = {m.MeasuredExponent} < {d}");
            Assert.True(m.Ratio >= m.Intermediate * (1 - 1e-10), $"seed {seed}: ratio {m.Ratio} < intermediate {m.Intermediate}");
            Assert.True(m.Intermediate >= m.Bound * (1 - 1e-10), $"seed {seed}: intermediate {m.Intermediate} < bound {m.Bound}");
        }
    }

    [Fact]
    public void InstancesViolatingAConditionFallBelowTheNominalBound()
    {
        // With D = 200, k = 1, d = 1, a = 0.5 the nominal bound is 0.5 · 200 / 4 = 25.
        var misaligned = AnisotropyInstance.Misaligned(200, 1, 1, 0.5, new RandomStream(1), rotate: false).Measure();
        Assert.Equal(25, misaligned.Bound, 12);
        Assert.Equal(0, misaligned.MeasuredA, 12);
        Assert.True(misaligned.Ratio < 1, $"noise on flat directions only: ratio {misaligned.Ratio}");

        var flat = AnisotropyInstance.WellConditioned(200, 1, 1, 0.5, new RandomStream(2), rotate: false).Measure();
        Assert.Equal(0.5, flat.MeasuredA, 8);
        Assert.True(flat.MeasuredExponent < 0.2, $"d_1 = {flat.MeasuredExponent}");
        Assert.True(flat.Ratio <= 2, $"a flat spectrum caps the ratio at λ₁D/Tr H ≤ 2: {flat.Ratio}");
    }

    [Fact]
    public void SweepGivesOneRowPerCombinationAndTheRatioGrowsWithD()
    {
        var rows = AnisotropySweep.Run(new AnisotropySweepSettings([10, 100, 300], [1.0], [1.0], Seed: 3));
        Assert.Equal([10, 100, 300], rows.Select(r => r.Dimension));
        Assert.All(rows, r => Assert.True(r.Ratio >= r.Bound));
        Assert.True(rows[2].Ratio > rows[0].Ratio);
    }

    [Fact]
    public void SweepWithABuilderMeasuresThatBuildersInstancesOnTheSameStreams()
    {
        var settings = new AnisotropySweepSettings([20, 200], [0.5], [1.0], Seed: 4);
        var misaligned = AnisotropySweep.Run(settings, AnisotropyInstance.Misaligned);
        Assert.Equal([20, 200], misaligned.Select(r => r.Dimension));
        for (int i = 0; i < misaligned.Count; i++)
        {
            var direct = AnisotropyInstance.Misaligned(settings.Dimensions[i], 1, 1.0, 0.5, RandomStream.ForTask(4, i), rotate: false).Measure();
            Assert.Equal(direct, misaligned[i]);
            Assert.Equal(0, misaligned[i].MeasuredA, 12);
            Assert.True(misaligned[i].Ratio < misaligned[i].Bound, $"D = {misaligned[i].Dimension}: misaligned ratio {misaligned[i].Ratio} ≥ bound {misaligned[i].Bound}");
        }
        Assert.Equal(AnisotropySweep.Run(settings), AnisotropySweep.Run(settings, AnisotropyInstance.Aligned));
    }

    [Fact]
    public void BadInputIsRejectedByName()
    {
        Assert.Equal("spectrum", Assert.Throws<ArgumentException>(() => IllConditioning.Exponent([1, -0.1, 0], 1)).ParamName);
        Assert.Equal("spectrum", Assert.Throws<ArgumentException>(() => IllConditioning.Exponent([1, double.NaN], 1)).ParamName);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => IllConditioning.Exponent([1, 0.5, 0.1], 3)).ParamName);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => AnisotropyBound.Lower(1, 10, 11, 1)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentOutOfRangeException>(() => AnisotropyBound.Lower(-1, 10, 1, 1)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentOutOfRangeException>(() => AnisotropyInstance.Aligned(10, 1, 1, 50, new RandomStream(1))).ParamName);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => AnisotropyInstance.Aligned(10, 10, 1, 0.5, new RandomStream(1))).ParamName);
    }
}
