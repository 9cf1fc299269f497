using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Dynamics.ContinuousTime;
using AnisotropicNoise.Experiments.EscapingEfficiency;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Dynamics;

public class ContinuousTimeTests
{
    private static (Quadratic Q, Matrix<double> Sigma) Instance(int seed, int d = 10)
    {
        var random = new RandomStream(seed);
        var spectrum = Enumerable.Range(0, d).Select(_ => random.NextUniform(0.5, 5)).ToArray();
        var center = Enumerable.Range(0, d).Select(_ => random.NextGaussian()).ToArray();
        return (new Quadratic(TestMatrices.WithSpectrum(spectrum, random), center, minimum: 2), TestMatrices.RandomPsd(d, random));
    }

    [Fact]
    public void TransitionCovarianceSolvesTheLyapunovEquation()
    {
        // C = ∫₀^Δ e^{−Hs} Σ e^{−Hs} ds satisfies H C + C H = Σ − e^{−HΔ} Σ e^{−HΔ}.
        var (q, sigma) = Instance(1);
        var h = q.HessianMatrix;
        var c = new OrnsteinUhlenbeckTransition(q, sigma, 0.3).Covariance;
        var (lambda, u) = SymmetricEigen.Decompose(h, "h");
        var decay = u * Matrix<double>.Build.DenseOfDiagonalArray(lambda.Select(l => Math.Exp(-0.3 * l)).ToArray()) * u.Transpose();
        Assert.True((h * c + c * h - (sigma - decay * sigma * decay)).InfinityNorm() < 1e-12);
    }

    [Fact]
    public void FlatDirectionAccumulatesNoiseLinearly()
    {
        // λ = 0 along e₁: the transition there is a random walk with variance Σ₁₁ Δ.
        var h = Matrix<double>.Build.DenseOfDiagonalArray([0, 2]);
        var sigma = Matrix<double>.Build.DenseOfDiagonalArray([0.5, 0.5]);
        var c = new OrnsteinUhlenbeckTransition(new Quadratic(h), sigma, 3).Covariance;
        Assert.Equal(1.5, c[0, 0], 14);
        Assert.Equal(0.5 * (1 - Math.Exp(-12)) / 4, c[1, 1], 14);
    }

    [Fact]
    public void MonteCarloEscapeMatchesTheClosedFormAndTheDiscreteSum()
    {
        var (q, sigma) = Instance(2);
        var settings = new EscapeSettings(LearningRate: 2e-3, Steps: 500, RecordEvery: 50, Runs: 1000, Seed: 5);

        var curve = EscapeSimulation.Run(q, sigma, settings);

        Assert.Equal(11, curve.Times.Length);
        Assert.Equal(1.0, curve.Times[^1], 12);
        for (int j = 1; j < curve.Times.Length; j++)
        {
            double continuousError = Math.Abs(curve.ContinuousMean[j] - curve.ClosedForm[j]);
            Assert.True(continuousError < 3 * curve.ContinuousStandardError[j], $"OU at t = {curve.Times[j]}: {curve.ContinuousMean[j]} vs {curve.ClosedForm[j]} ± {curve.ContinuousStandardError[j]}");
            double discreteError = Math.Abs(curve.DiscreteMean[j] - curve.DiscreteExact[j]);
            Assert.True(discreteError < 3 * curve.DiscreteStandardError[j], $"discrete at t = {curve.Times[j]}: {curve.DiscreteMean[j]} vs {curve.DiscreteExact[j]} ± {curve.DiscreteStandardError[j]}");
            double eulerError = Math.Abs(curve.DiscreteMean[j] - curve.ClosedForm[j]);
            Assert.True(eulerError < 3 * curve.DiscreteStandardError[j], $"Euler–Maruyama at t = {curve.Times[j]}: {curve.DiscreteMean[j]} vs {curve.ClosedForm[j]}");
        }
        var small = settings with { Runs = 40 };
        var first = EscapeSimulation.Run(q, sigma, small);
        var second = EscapeSimulation.Run(q, sigma, small);
        Assert.Equal(first.ContinuousMean, second.ContinuousMean);
        Assert.Equal(first.DiscreteMean, second.DiscreteMean);
    }

    [Fact]
    public void EulerMaruyamaWithoutNoiseIsGradientDescentWithStepDt()
    {
        var (q, _) = Instance(3, 4);
        double[] start = [1, 2, 3, 4];
        var silent = new IsotropicGaussian(4, 0);
        var run = EulerMaruyama.Run(q, start, silent, 0.01, 50, new RandomStream(1), Recording.FinalOnly);
        var expected = DynamicsRunner.Run(q, start, Dynamic.GradientDescent, new GradientStep(0.01), 50, new RandomStream(1), Recording.FinalOnly);
        Assert.Equal(expected.Final, run.Final);
    }

    [Fact]
    public void EulerMaruyamaIncrementHasCovarianceDtSigma()
    {
        // On a flat landscape θ_n − θ_0 is a sum of n draws of N(0, Δt Σ): variance n Δt Σ_ii.
        var flat = new Quadratic(Matrix<double>.Build.Dense(2, 2));
        var diffusion = new DiagonalGaussian([4.0, 0.25]);
        const int runs = 4000;
        var ends = Enumerable.Range(0, runs)
            .Select(i => EulerMaruyama.Run(flat, [0.0, 0.0], diffusion, 0.05, 20, RandomStream.ForTask(9, i), Recording.FinalOnly).Final)
            .ToArray();
        double[] expected = [20 * 0.05 * 4, 20 * 0.05 * 0.25];
        for (int c = 0; c < 2; c++)
        {
            double variance = ends.Average(e => e[c] * e[c]);
            // The sample variance of a Gaussian has relative standard error √(2/runs) ≈ 2.2%.
            Assert.InRange(variance / expected[c], 1 - 3 * Math.Sqrt(2.0 / runs), 1 + 3 * Math.Sqrt(2.0 / runs));
        }
    }

    [Fact]
    public void BadInputIsRejectedByName()
    {
        var (q, sigma) = Instance(4, 3);
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => new OrnsteinUhlenbeckTransition(q, sigma, 0)).ParamName);
        Assert.Equal("covariance", Assert.Throws<ArgumentException>(() => new OrnsteinUhlenbeckTransition(q, -sigma, 1)).ParamName);
        Assert.Equal("covariance", Assert.Throws<ArgumentException>(() => new OrnsteinUhlenbeckTransition(q, Matrix<double>.Build.DenseIdentity(2), 1)).ParamName);
        Assert.Equal("timeStep", Assert.Throws<ArgumentOutOfRangeException>(() => EulerMaruyama.Run(q, new double[3], new IsotropicGaussian(3, 1), -1, 5, new RandomStream(1))).ParamName);
        Assert.Equal("sampler.Dimension", Assert.Throws<ArgumentException>(() => EulerMaruyama.Run(q, new double[3], new IsotropicGaussian(2, 1), 0.1, 5, new RandomStream(1))).ParamName);
        Assert.Throws<ArgumentException>(() => EscapeSimulation.Run(q, sigma, new EscapeSettings(Steps: 10, RecordEvery: 3)));
    }
}
