using AnisotropicNoise.Data;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Networks;

public class NetworkObjectiveTests
{
    [Fact]
    public void BadArgumentsAreRejectedByName()
    {
        var net = TinyNets.Cnn();
        var objective = new NetworkObjective(net, TinyNets.Data(5, 64, 4, seed: 1));
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => objective.Loss(new double[3])).ParamName);
        Assert.Equal("indices", Assert.Throws<ArgumentOutOfRangeException>(() =>
            objective.BatchGradient(new double[net.ParameterCount], [0, 5], new double[net.ParameterCount])).ParamName);
        Assert.Equal("gradients", Assert.Throws<ArgumentException>(() =>
            objective.ExampleGradients(new double[net.ParameterCount], [0, 1], new double[net.ParameterCount])).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new NetworkObjective(net, TinyNets.Data(5, 63, 4, seed: 1))).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new NetworkObjective(net, TinyNets.Data(5, 64, 5, seed: 1))).ParamName);
        Assert.Equal("features", Assert.Throws<ArgumentException>(() => new LabeledExamples([double.NaN], 1, [0], 2)).ParamName);
    }

    [Fact]
    public void AtZeroParametersEveryClassIsEquallyLikely()
    {
        var net = TinyNets.Cnn();
        var objective = new NetworkObjective(net, TinyNets.Data(40, 64, 4, seed: 1));
        var theta = new double[net.ParameterCount];
        Assert.Equal(Math.Log(4), objective.Loss(theta), 14);
        // All logits tie, so every prediction is class 0.
        Assert.Equal(objective.Data.Labels.Count(l => l == 0) / 40.0, objective.Accuracy(theta), 15);
    }

    [Fact]
    public void TheDynamicsRunnerStepsTheNetworkExactlyAsGradientDescent()
    {
        var net = TinyNets.Cnn();
        var objective = new NetworkObjective(net, TinyNets.Data(21, 64, 4, seed: 1));
        var theta = TinyNets.Parameters(net.ParameterCount, 0.5, seed: 3);
        var expected = (double[])theta.Clone();
        var gradient = new double[theta.Length];
        for (int step = 0; step < 3; step++)
        {
            objective.Gradient(expected, gradient);
            for (int j = 0; j < expected.Length; j++) expected[j] -= 0.05 * gradient[j];
        }
        var trajectory = DynamicsRunner.Run(objective, theta, Dynamic.GradientDescent, new GradientStep(0.05), 3, new RandomStream(4), Recording.FinalOnly);
        Assert.Equal(expected, trajectory.Final);
        Assert.True(objective.Loss(expected) < objective.Loss(theta));
    }

    [Fact]
    public void AnSgdStepIsAStepAlongTheMinibatchGradientOfTheDrawnBatch()
    {
        var net = TinyNets.Cnn();
        var objective = new NetworkObjective(net, TinyNets.Data(50, 64, 4, seed: 1));
        var theta = TinyNets.Parameters(net.ParameterCount, 0.5, seed: 3);
        var batch = new int[20];
        new MinibatchGradient(20).Draw(objective.Count, new RandomStream(8), batch);
        var gradient = new double[theta.Length];
        objective.BatchGradient(theta, batch, gradient);
        var expected = theta.Select((t, j) => t - 0.07 * gradient[j]).ToArray();
        var trajectory = DynamicsRunner.Run(objective, theta, Dynamic.Sgd(20), new GradientStep(0.07), 1, new RandomStream(8), Recording.FinalOnly);
        Assert.Equal(expected, trajectory.Final);
    }

    [Fact]
    public void ConcurrentCallersGetTheSameBitsAsASingleCaller()
    {
        var net = TinyNets.Cnn();
        var objective = new NetworkObjective(net, TinyNets.Data(40, 64, 4, seed: 1));
        var thetas = Enumerable.Range(0, 6).Select(i => TinyNets.Parameters(net.ParameterCount, 0.5, seed: 10 + i)).ToArray();
        double[] Evaluate(double[] theta)
        {
            var result = new double[theta.Length + 1];
            result[0] = objective.Gradient(theta, result.AsSpan(1));
            return result;
        }
        var sequential = thetas.Select(Evaluate).ToArray();
        var concurrent = new double[thetas.Length][];
        Parallel.For(0, thetas.Length, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i => concurrent[i] = Evaluate(thetas[i]));
        Assert.Equal(sequential, concurrent);
    }
}
