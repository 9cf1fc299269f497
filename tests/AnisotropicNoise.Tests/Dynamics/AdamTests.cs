using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Dynamics;

public class AdamTests
{
    [Fact]
    public void FirstStepsMatchHandComputation()
    {
        var state = new Adam(0.1).Start(1);
        double[] theta = [1.0];

        // Step 1, g = 2: m = 0.2, v = 0.004, m̂ = 2, v̂ = 4, θ = 1 − 0.1 · 2 / (2 + 1e-8).
        state.Step(0, theta, [2.0]);
        double expected = 1 - 0.1 * 2 / (2 + 1e-8);
        Assert.Equal(expected, theta[0], 15);

        // Step 2, g = −1: m = 0.18 − 0.1 = 0.08, v = 0.003996 + 0.001 = 0.004996,
        // m̂ = 0.08 / (1 − 0.9²), v̂ = 0.004996 / (1 − 0.999²).
        state.Step(1, theta, [-1.0]);
        expected -= 0.1 * (0.08 / 0.19) / (Math.Sqrt(0.004996 / 0.001999) + 1e-8);
        Assert.Equal(expected, theta[0], 14);
        Assert.Equal(0.8733662967024315, theta[0], 14);
    }

    [Fact]
    public void FirstStepMovesEveryCoordinateByAboutTheLearningRate()
    {
        // m̂ = g and √v̂ = |g| on the first step: each coordinate moves by η |g| / (|g| + ε) against g.
        var state = new Adam(1e-3).Start(3);
        double[] theta = [0, 0, 0];
        double[] gradient = [5.0, -0.01, 300];
        state.Step(0, theta, gradient);
        for (int i = 0; i < 3; i++) Assert.Equal(-1e-3 * gradient[i] / (Math.Abs(gradient[i]) + 1e-8), theta[i], 1e-18);
    }

    [Fact]
    public void RunsThroughTheRunnerWithTheScheduleAndConverges()
    {
        var q = new Quadratic(Matrix<double>.Build.DenseOfDiagonalArray([1, 10]));
        var adam = new Adam(new LinearDecayRate(0.05, 400, 100));
        var run = DynamicsRunner.Run(q, [1.0, 1.0], Dynamic.GradientDescent, adam, 400, new RandomStream(1), Recording.FinalOnly);
        Assert.True(q.Loss(run.Final) < 1e-4, $"{q.Loss(run.Final)}");
    }

    [Fact]
    public void LinearDecayIsConstantThenFallsToZero()
    {
        var schedule = new LinearDecayRate(1e-3, 310, 100);
        Assert.Equal(1e-3, schedule.Rate(0));
        Assert.Equal(1e-3, schedule.Rate(210));
        Assert.Equal(0.99e-3, schedule.Rate(211), 1e-18);
        Assert.Equal(1e-5, schedule.Rate(309), 1e-18);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => schedule.Rate(310)).ParamName);
        Assert.Equal("decaySteps", Assert.Throws<ArgumentOutOfRangeException>(() => new LinearDecayRate(1, 10, 11)).ParamName);
    }

    [Fact]
    public void BadHyperparametersAreRejectedByName()
    {
        Assert.Equal("beta1", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(0.1, beta1: 1)).ParamName);
        Assert.Equal("beta2", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(0.1, beta2: -0.1)).ParamName);
        Assert.Equal("epsilon", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(0.1, epsilon: 0)).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(double.NaN)).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => new Adam(0.1).Start(2).Step(0, new double[2], new double[3])).ParamName);
    }
}
