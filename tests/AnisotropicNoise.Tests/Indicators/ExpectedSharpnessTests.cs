using AnisotropicNoise.Indicators;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Indicators;

public class ExpectedSharpnessTests
{
    [Fact]
    public void QuadraticSharpnessIsHalfSigmaSquaredTimesTraceH()
    {
        var random = new RandomStream(2);
        var h = TestMatrices.RandomPsd(20, random);
        var q = new Quadratic(h);
        var theta = Enumerable.Range(0, 20).Select(_ => 0.01 * random.NextGaussian()).ToArray(); // off the minimum: adds a zero-mean linear term

        var estimate = ExpectedSharpness.Estimate(q, theta, 4000, seed: 7);

        double expected = 0.5 * ExpectedSharpness.PaperSigma * ExpectedSharpness.PaperSigma * h.Trace();
        Assert.True(Math.Abs(estimate.Mean - expected) < 3 * estimate.StandardError, $"{estimate.Mean} vs {expected} ± {estimate.StandardError}");
        Assert.Equal(4000, estimate.Draws);
        Assert.Equal(estimate, ExpectedSharpness.Estimate(q, theta, 4000, seed: 7));
    }

    [Fact]
    public void BadInputIsRejectedByName()
    {
        var q = new Quadratic(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(2));
        Assert.Equal("sigma", Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedSharpness.Estimate(q, [0.0, 0], 10, 1, -0.1)).ParamName);
        Assert.Equal("draws", Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedSharpness.Estimate(q, [0.0, 0], 0, 1)).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => ExpectedSharpness.Estimate(q, [0.0], 10, 1)).ParamName);
    }
}
