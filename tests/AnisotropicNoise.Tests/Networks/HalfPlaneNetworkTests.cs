using AnisotropicNoise.Experiments.OneHiddenLayer;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Networks;

/// <summary>The Fig. 4 net built from the general layers against the hand-coded oracle.</summary>
public class HalfPlaneNetworkTests
{
    private const int Examples = 40, Hidden = 8;

    private static (NetworkObjective General, ClippedReluNetwork Oracle, double[] Theta) Pair(long seed)
    {
        var random = new RandomStream(seed);
        var data = HalfPlaneTask.Data(Examples, random);
        var features = new double[2 * Examples];
        var labels = new double[Examples];
        for (int i = 0; i < Examples; i++)
        {
            data.Features(i).CopyTo(features.AsSpan(2 * i, 2));
            labels[i] = data.Label(i);
        }
        var general = new NetworkObjective(HalfPlaneTask.Network(Hidden, 1e-3), data);
        var oracle = new ClippedReluNetwork(features, labels, 2, Hidden, 1e-3);
        // Biases that favour the +1 units, so most outputs sit inside (δ, 1 − δ) and some are clipped: both branches are compared.
        var theta = new double[general.Dimension];
        for (int k = 0; k < theta.Length; k++) theta[k] = random.NextUniform(-0.3, 0.3);
        for (int j = 0; j < Hidden; j++) theta[2 * Hidden + j] = j < Hidden / 2 ? 0.15 : -0.15;
        return (general, oracle, theta);
    }

    private static void Close(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        double scale = 0;
        foreach (double e in expected) scale = Math.Max(scale, Math.Abs(e));
        Assert.True(scale > 1e-6, $"{what}: the oracle's values are all zero; the comparison would say nothing");
        for (int k = 0; k < expected.Length; k++)
            Assert.True(Math.Abs(expected[k] - actual[k]) <= 1e-12 * scale, $"{what}[{k}]: oracle {expected[k]}, layers {actual[k]}");
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(2L)]
    [InlineData(3L)]
    public void TheLayeredNetEqualsTheHandCodedOne_LossGradientsHessianAndAccuracy(long seed)
    {
        var (general, oracle, theta) = Pair(seed);
        Assert.Equal(oracle.Dimension, general.Dimension);
        Assert.Equal(oracle.Loss(theta), general.Loss(theta), 13);
        Assert.Equal(oracle.Accuracy(theta), general.Accuracy(theta));
        Assert.InRange(oracle.Accuracy(theta), 0.05, 0.95); // neither all right nor all wrong: the predictions are compared
        var outputs = Enumerable.Range(0, Examples).Select(i => oracle.Output(theta, i)).ToArray();
        Assert.True(outputs.Count(f => f > 1e-3 && f < 1 - 1e-3) >= 5, string.Join(", ", outputs));
        Assert.Contains(outputs, f => f <= 1e-3 || f >= 1 - 1e-3);

        int d = general.Dimension;
        var expected = new double[d];
        var actual = new double[d];
        oracle.Gradient(theta, expected);
        general.Gradient(theta, actual);
        Close(expected, actual, "gradient");

        int[] batch = [3, 17, 17, 0, 39];
        var expectedRows = new double[batch.Length * d];
        var actualRows = new double[batch.Length * d];
        oracle.ExampleGradients(theta, batch, expectedRows);
        general.ExampleGradients(theta, batch, actualRows);
        Close(expectedRows, actualRows, "example gradients");

        var v = new double[d];
        var random = new RandomStream(seed + 100);
        for (int k = 0; k < d; k++) v[k] = random.NextGaussian();
        oracle.HessianVectorProduct(theta, v, expected);
        general.HessianVectorProduct(theta, v, actual);
        Close(expected, actual, "Hv");

        Close(oracle.Hessian(theta).ToColumnMajorArray(), general.Hessian(theta).ToColumnMajorArray(), "Hessian");
    }

    [Fact]
    public void TheFig4NetHas300ParametersAndOutputsTheSignedSumOfItsUnits()
    {
        var net = HalfPlaneTask.Network(100, 1e-3);
        Assert.Equal(300, net.ParameterCount);
        var sum = FixedLinear.SignedSum(4);
        Assert.Equal([1.0, 1.0, -1.0, -1.0], Enumerable.Range(0, 4).Select(j => sum[0, j]));
        Assert.Equal(0, sum.ParameterCount);
        Assert.Equal("inputs", Assert.Throws<ArgumentOutOfRangeException>(() => FixedLinear.SignedSum(3)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => new FixedLinear([1.0, double.NaN], 2, 1)).ParamName);
        Assert.Equal("matrix", Assert.Throws<ArgumentException>(() => new FixedLinear([1.0, 2.0, 3.0], 2, 1)).ParamName);
    }
}
