using AnisotropicNoise.Indicators;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Indicators;

public class EscapingEfficiencyTests
{
    private static (Matrix<double> H, Matrix<double> Sigma) Instance(int seed, int d = 10)
    {
        var random = new RandomStream(seed);
        var spectrum = Enumerable.Range(0, d).Select(_ => random.NextUniform(0.2, 5)).ToArray();
        return (TestMatrices.WithSpectrum(spectrum, random), TestMatrices.RandomPsd(d, random));
    }

    [Fact]
    public void ClosedFormOfIsotropicCurvatureAndItsLimit()
    {
        // H = λI: ¼ Tr[(I − e^{−2λt}) Σ] = ¼ (1 − e^{−2λt}) Tr Σ; as t → ∞ it tends to ¼ Tr Σ for any H ≻ 0.
        var h = Matrix<double>.Build.DenseIdentity(4) * 3;
        var sigma = TestMatrices.RandomPsd(4, new RandomStream(1));
        var values = EscapingEfficiency.ClosedForm(h, sigma, [0, 0.1, 1e3]);
        Assert.Equal(0, values[0]);
        Assert.Equal(0.25 * (1 - Math.Exp(-0.6)) * sigma.Trace(), values[1], 12);
        var (general, generalSigma) = Instance(2);
        Assert.Equal(0.25 * generalSigma.Trace(), EscapingEfficiency.ClosedForm(general, generalSigma, [1e3])[0], 10);
    }

    [Fact]
    public void TaylorTermsAgreeToTheirOrder()
    {
        var (h, sigma) = Instance(3);
        double[] times = [1e-2, 5e-3];
        var exact = EscapingEfficiency.ClosedForm(h, sigma, times);
        var first = EscapingEfficiency.FirstOrder(h, sigma, times);
        var second = EscapingEfficiency.SecondOrder(h, sigma, times);
        Assert.Equal(0.5 * times[0] * (h * sigma).Trace(), first[0], 12);
        // Errors O(t²) and O(t³): halving t divides them by about 4 and 8.
        Assert.InRange((exact[0] - first[0]) / (exact[1] - first[1]), 3.8, 4.2);
        Assert.InRange((exact[0] - second[0]) / (exact[1] - second[1]), 7.6, 8.4);
    }

    [Fact]
    public void DiscreteSumEqualsExactCovariancePropagation()
    {
        // δ_{t+1} = (I − ηH) δ_t + ε_t gives Cov δ_{t+1} = (I − ηH) C_t (I − ηH) + Σ, and E[L_t − L_0] = ½ Tr(H C_t).
        var (h, sigma) = Instance(4);
        const double eta = 0.05;
        var discrete = EscapingEfficiency.Discrete(h, sigma, eta, 60);
        var contraction = Matrix<double>.Build.DenseIdentity(10) - eta * h;
        var c = Matrix<double>.Build.Dense(10, 10);
        for (int t = 0; t <= 60; t++)
        {
            Assert.Equal(0.5 * (h * c).Trace(), discrete[t], 11);
            c = contraction * c * contraction + sigma;
        }
    }

    [Fact]
    public void DiscreteSumTendsToTheClosedFormAsTheStepShrinks()
    {
        var (h, sigma) = Instance(5);
        // Per-step noise ηΣ over t/η steps approximates the continuous process at time t, with error O(η).
        double closed = EscapingEfficiency.ClosedForm(h, sigma, [0.5])[0];
        double coarse = EscapingEfficiency.Discrete(h, sigma * 0.01, 0.01, 50)[50];
        double fine = EscapingEfficiency.Discrete(h, sigma * 0.001, 0.001, 500)[500];
        Assert.True(Math.Abs(fine - closed) < Math.Abs(coarse - closed) / 8);
        Assert.True(TestMatrices.RelativeError(fine, closed) < 1e-2);
    }

    [Fact]
    public void BadInputIsRejectedByName()
    {
        var (h, sigma) = Instance(6, 3);
        var indefinite = Matrix<double>.Build.DenseOfDiagonalArray([1, -1, 1]);
        Assert.Equal("covariance", Assert.Throws<ArgumentException>(() => EscapingEfficiency.ClosedForm(h, indefinite, [1.0])).ParamName);
        Assert.Equal("times[1]", Assert.Throws<ArgumentOutOfRangeException>(() => EscapingEfficiency.ClosedForm(h, sigma, [1.0, -1])).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => EscapingEfficiency.Discrete(h, sigma, 0, 3)).ParamName);
        Assert.Equal("stepCovariance", Assert.Throws<ArgumentException>(() => EscapingEfficiency.Discrete(h, Matrix<double>.Build.DenseIdentity(2), 0.1, 3)).ParamName);
    }
}
