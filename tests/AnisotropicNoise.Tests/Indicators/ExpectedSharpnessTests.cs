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

        var estimate = ExpectedSharpness.Estimate(q, theta, seed: 7, relativeError: 0.01, maxPairs: 20000);

        // Antithetic pairs cancel the linear term: each pair's mean is ½ νᵀHν, with variance σ⁴ Tr(H²)/2.
        double sigma2 = ExpectedSharpness.PaperSigma * ExpectedSharpness.PaperSigma;
        double expected = 0.5 * sigma2 * h.Trace();
        var signed = estimate.Signed;
        Assert.True(Math.Abs(signed.Mean - expected) < 4 * signed.StandardError, $"{signed.Mean} vs {expected} ± {signed.StandardError}");
        Assert.True(signed.StandardError <= 0.01 * signed.Mean, $"stopped at {estimate.Pairs} pairs with SE {signed.StandardError}");
        double exactSe = sigma2 * Math.Sqrt((h * h).Trace() / 2 / estimate.Pairs);
        Assert.InRange(signed.StandardError / exactSe, 0.8, 1.25);
        Assert.Equal(estimate, ExpectedSharpness.Estimate(q, theta, seed: 7, relativeError: 0.01, maxPairs: 20000));
    }

    [Fact]
    public void AtAMinimumOfAConvexQuadraticBothEstimatorsAgree()
    {
        // At the minimum of a PSD quadratic every rise is ≥ 0, so |ΔL| = ΔL draw by draw.
        var h = TestMatrices.RandomPsd(10, new RandomStream(4));
        var estimate = ExpectedSharpness.Estimate(new Quadratic(h), new double[10], seed: 3);
        Assert.Equal(estimate.Signed.Mean, estimate.Absolute.Mean, 1e-15);
        Assert.Equal(estimate.Signed.StandardError, estimate.Absolute.StandardError, 1e-15);
    }

    [Fact]
    public void OnALinearLossTheSignedRiseVanishesAndTheAbsoluteOneIsTheHalfNormalMean()
    {
        // L(θ) = gᵀθ: ΔL(ν) = gᵀν ~ N(0, σ²|g|²), so E ΔL = 0 exactly per pair, and E|ΔL| = σ|g|√(2/π).
        var g = new[] { 3.0, -4.0 };
        var linear = new LinearObjective(g);
        var estimate = ExpectedSharpness.Estimate(linear, [0.5, 0.5], seed: 9, maxPairs: 4000);
        Assert.Equal(0, estimate.Signed.Mean, 1e-12);
        double expected = ExpectedSharpness.PaperSigma * 5 * Math.Sqrt(2 / Math.PI);
        Assert.True(Math.Abs(estimate.Absolute.Mean - expected) < 4 * estimate.Absolute.StandardError, $"{estimate.Absolute.Mean} vs {expected}");
        Assert.Equal(4000, estimate.Pairs); // the signed estimate is 0, so its relative error never falls: the cap ends it
    }

    [Fact]
    public void BadInputIsRejectedByName()
    {
        var q = new Quadratic(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(2));
        Assert.Equal("sigma", Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedSharpness.Estimate(q, [0.0, 0], 1, -0.1)).ParamName);
        Assert.Equal("minPairs", Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedSharpness.Estimate(q, [0.0, 0], 1, minPairs: 1)).ParamName);
        Assert.Equal("maxPairs", Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedSharpness.Estimate(q, [0.0, 0], 1, minPairs: 10, maxPairs: 5)).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => ExpectedSharpness.Estimate(q, [0.0], 1)).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => ExpectedSharpness.Estimate(q, [0.0, double.NaN], 1)).ParamName);
    }

    private sealed class LinearObjective(double[] g) : IObjective
    {
        public int Dimension => g.Length;

        public double Loss(ReadOnlySpan<double> theta) => AnisotropicNoise.VectorKernels.DotOneAccumulator(g, theta);

        public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
        {
            g.CopyTo(gradient);
            return Loss(theta);
        }
    }
}
