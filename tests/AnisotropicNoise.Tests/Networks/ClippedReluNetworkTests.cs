using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Networks;

public class ClippedReluNetworkTests
{
    private static (ClippedReluNetwork Net, double[] Theta) SmallNet(long seed, int examples = 12, int hidden = 6)
    {
        var random = new RandomStream(seed);
        var inputs = new double[examples * 2];
        var labels = new double[examples];
        for (int i = 0; i < examples; i++)
        {
            inputs[2 * i] = random.NextUniform(-2, 2);
            inputs[2 * i + 1] = random.NextUniform(-2, 2);
            labels[i] = inputs[2 * i] >= inputs[2 * i + 1] ? 1 : 0;
        }
        var net = new ClippedReluNetwork(inputs, labels, 2, hidden);
        // Large enough weights that outputs sit inside (δ, 1 − δ) for most examples, so gradients are not all zero.
        var theta = new double[net.Dimension];
        for (int k = 0; k < theta.Length; k++) theta[k] = random.NextUniform(-0.4, 0.4) + 0.1;
        return (net, theta);
    }

    [Fact]
    public void Dimension_IsHiddenTimesInputsPlusBias_300ForThePaperNet()
    {
        var net = new ClippedReluNetwork(new double[2], [1.0], 2, 100);
        Assert.Equal(300, net.Dimension);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(2L)]
    [InlineData(3L)]
    public void Gradient_MatchesCentralFiniteDifferences(long seed)
    {
        var (net, theta) = SmallNet(seed);
        var gradient = new double[net.Dimension];
        net.Gradient(theta, gradient);
        Assert.Contains(gradient, g => Math.Abs(g) > 1e-3);
        const double h = 1e-6;
        for (int k = 0; k < theta.Length; k++)
        {
            var plus = (double[])theta.Clone(); plus[k] += h;
            var minus = (double[])theta.Clone(); minus[k] -= h;
            double fd = (net.Loss(plus) - net.Loss(minus)) / (2 * h);
            Assert.True(Math.Abs(fd - gradient[k]) <= 1e-7 * Math.Max(1, Math.Abs(fd)), $"θ[{k}]: analytic {gradient[k]}, finite difference {fd}");
        }
    }

    [Fact]
    public void Hessian_MatchesFiniteDifferencesOfTheGradient_SoGaussNewtonIsExact()
    {
        var (net, theta) = SmallNet(4);
        var hessian = net.Hessian(theta);
        int d = net.Dimension;
        const double h = 1e-6;
        var gPlus = new double[d];
        var gMinus = new double[d];
        for (int k = 0; k < d; k++)
        {
            var plus = (double[])theta.Clone(); plus[k] += h;
            var minus = (double[])theta.Clone(); minus[k] -= h;
            net.Gradient(plus, gPlus);
            net.Gradient(minus, gMinus);
            for (int r = 0; r < d; r++)
            {
                double fd = (gPlus[r] - gMinus[r]) / (2 * h);
                Assert.True(Math.Abs(fd - hessian[r, k]) <= 1e-6 * Math.Max(1, Math.Abs(fd)), $"H[{r},{k}]: exact {hessian[r, k]}, finite difference {fd}");
            }
        }
        Assert.True(hessian.FrobeniusNorm() > 1e-2);
    }

    [Fact]
    public void HessianVectorProduct_EqualsDenseHessianTimesVector()
    {
        var (net, theta) = SmallNet(5);
        var random = new RandomStream(9);
        var v = new double[net.Dimension];
        random.FillGaussian(v);
        var product = new double[net.Dimension];
        net.HessianVectorProduct(theta, v, product);
        var expected = net.Hessian(theta) * Vector<double>.Build.DenseOfArray(v);
        for (int k = 0; k < v.Length; k++) Assert.Equal(expected[k], product[k], 12);
    }

    [Fact]
    public void ExampleGradients_AverageToTheBatchGradient()
    {
        var (net, theta) = SmallNet(6);
        int[] batch = [0, 3, 3, 7];
        int d = net.Dimension;
        var rows = new double[batch.Length * d];
        net.ExampleGradients(theta, batch, rows);
        var batchGradient = new double[d];
        net.BatchGradient(theta, batch, batchGradient);
        for (int k = 0; k < d; k++)
        {
            double mean = 0;
            for (int r = 0; r < batch.Length; r++) mean += rows[r * d + k] / batch.Length;
            Assert.Equal(batchGradient[k], mean, 12);
        }
    }

    [Fact]
    public void Output_IsClippedAndHasZeroGradientWhenClipped()
    {
        // One unit with a huge positive pre-activation: raw output far above 1 − δ.
        var net = new ClippedReluNetwork([1.0, 0.0], [0.0], 2, 2, clip: 1e-3);
        double[] theta = [10, 0, 0, 0, 0, 0];
        Assert.Equal(1 - 1e-3, net.Output(theta, 0), 15);
        var gradient = new double[net.Dimension];
        net.Gradient(theta, gradient);
        Assert.All(gradient, g => Assert.Equal(0.0, g));
    }

    [Fact]
    public void BadInput_NamesTheArgument()
    {
        Assert.Equal("hiddenUnits", Assert.Throws<ArgumentOutOfRangeException>(() => new ClippedReluNetwork(new double[2], [1.0], 2, 3)).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentException>(() => new ClippedReluNetwork(new double[3], [1.0], 2, 2)).ParamName);
        Assert.Equal("clip", Assert.Throws<ArgumentOutOfRangeException>(() => new ClippedReluNetwork(new double[2], [1.0], 2, 2, 0.5)).ParamName);
        var net = new ClippedReluNetwork(new double[2], [1.0], 2, 2);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => net.Loss(new double[5])).ParamName);
    }
}
