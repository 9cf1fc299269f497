using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Tests.Networks;

/// <summary>A network's minibatch gradients side by side are its single minibatch gradients, bit for bit, for any thread count.</summary>
public class BatchGradientsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public void EachRowIsTheBatchGradientBitForBit(int threads)
    {
        var objective = new NetworkObjective(TinyNets.Cnn(), TinyNets.Data(37, 64, 4, 3), threads);
        var theta = TinyNets.Parameters(objective.Dimension, 0.5, 4);
        var order = Enumerable.Range(0, 37).ToArray();
        new RandomStream(5).Shuffle<int>(order);
        int d = objective.Dimension, batchSize = 6, batches = 6;
        var rows = new double[batches * d];
        ((IFiniteSumObjective)objective).BatchGradients(theta, order.AsSpan(0, batches * batchSize), batchSize, rows);
        var single = new double[d];
        for (int b = 0; b < batches; b++)
        {
            objective.BatchGradient(theta, order.AsSpan(b * batchSize, batchSize), single);
            Assert.Equal(single, rows[(b * d)..((b + 1) * d)]);
        }
    }

    [Fact]
    public void BatchesThatDoNotDivideTheIndicesOrRowsOfTheWrongLengthAreNamed()
    {
        IFiniteSumObjective objective = new NetworkObjective(TinyNets.Cnn(), TinyNets.Data(12, 64, 4, 3));
        var theta = TinyNets.Parameters(objective.Dimension, 0.5, 4);
        int d = objective.Dimension;
        Assert.Equal("batchSize", Assert.Throws<ArgumentException>(() => objective.BatchGradients(theta, new int[10], 4, new double[2 * d])).ParamName);
        Assert.Equal("gradients", Assert.Throws<ArgumentException>(() => objective.BatchGradients(theta, new int[8], 4, new double[d])).ParamName);
        Assert.Equal("indices", Assert.Throws<ArgumentOutOfRangeException>(() => objective.BatchGradients(theta, [0, 1, 2, 12], 2, new double[2 * d])).ParamName);
    }
}
