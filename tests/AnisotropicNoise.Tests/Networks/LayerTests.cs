using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Networks;

public class LayerTests
{
    [Fact]
    public void ThePapersCnnHasExactly11330Parameters()
    {
        var cnn = SmallCnn.Create();
        Assert.Equal(11_330, cnn.ParameterCount);
        Assert.Equal([260, 0, 0, 2_510, 0, 0, 8_050, 0, 510], cnn.Layers.Select(l => l.ParameterCount));
        Assert.Equal(784, cnn.InputSize);
        Assert.Equal(160, cnn.Layers[6].InputSize);
    }

    [Fact]
    public void TheScriptsVgg11HasExactly9750922ParametersAndKeepsTheImageSizeUntilEachPool()
    {
        var vgg = Vgg.Vgg11();
        Assert.Equal(9_750_922, vgg.ParameterCount);
        Assert.Equal(3 * 32 * 32, vgg.InputSize);
        var convs = vgg.Layers.OfType<Conv2D>().ToArray();
        Assert.Equal([64, 128, 256, 256, 512, 512, 512, 512], convs.Select(c => c.Output.Channels));
        Assert.Equal([32, 16, 8, 8, 4, 4, 2, 2], convs.Select(c => c.Output.Height));
        Assert.Equal([512, 512, 512], vgg.Layers.OfType<Dense>().Select(d => d.Inputs));
        Assert.Throws<ArgumentException>(() => Vgg.Create(new ImageShape(1, 4, 4), [2, Vgg.Pool, 2, Vgg.Pool, 2, Vgg.Pool], [], 10));
    }

    [Fact]
    public void VggStartsAsTheScriptConvolutionsHeNormalOverTheFanOutWithZeroBiasesDenseWeightsAndBiasesUniformOverTheFanIn()
    {
        var vgg = Vgg.Create(new ImageShape(3, 8, 8), [32, Vgg.Pool], [64], 10);
        var theta = vgg.InitializeParameters(seed: 5);
        var conv = vgg.Layers.OfType<Conv2D>().Single();
        int convAt = vgg.ParameterOffset(vgg.Layers.ToList().IndexOf(conv)), convWeights = 32 * 3 * 9;
        var w = theta.AsSpan(convAt, convWeights).ToArray();
        double sd = Math.Sqrt(w.Average(x => x * x)), expected = Math.Sqrt(2.0 / (9 * 32));
        Assert.InRange(sd, expected * 0.93, expected * 1.07); // 864 draws: the sd's relative error is about 2.4 %
        Assert.All(theta.AsSpan(convAt + convWeights, 32).ToArray(), b => Assert.Equal(0, b));
        var dense = vgg.Layers.OfType<Dense>().First();
        int denseAt = vgg.ParameterOffset(vgg.Layers.ToList().IndexOf(dense));
        var d = theta.AsSpan(denseAt, dense.Inputs * 64).ToArray();
        double r = 1 / Math.Sqrt(dense.Inputs);
        Assert.All(d, x => Assert.InRange(x, -r, r));
        Assert.InRange(Math.Sqrt(d.Average(x => x * x)), r / Math.Sqrt(3) * 0.97, r / Math.Sqrt(3) * 1.03);
        var biases = theta.AsSpan(denseAt + dense.Inputs * 64, 64).ToArray();
        Assert.All(biases, b => Assert.InRange(b, -r, r));
        Assert.Equal(64, biases.Distinct().Count());
        Assert.InRange(biases.Average(), -4 * r / Math.Sqrt(3 * 64), 4 * r / Math.Sqrt(3 * 64)); // mean of 64 uniform draws: sd r/√(3·64)
    }

    [Fact]
    public void ZeroPaddingSurroundsEachChannelWithZerosAndItsGradientIsTheCrop()
    {
        var pad = new ZeroPad2D(new ImageShape(2, 2, 3), 1);
        Assert.Equal(new ImageShape(2, 4, 5), pad.Output);
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        var y = new double[pad.OutputSize];
        pad.Forward([], x, y, null);
        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 4, 5, 6, 0, 0, 0, 0, 0, 0,
                      0, 0, 0, 0, 0, 0, 7, 8, 9, 0, 0, 10, 11, 12, 0, 0, 0, 0, 0, 0], y);
        var dx = new double[pad.InputSize];
        pad.Backward([], x, y.Select(v => 10 * v + 0.5 * (v == 0 ? 1 : 0)).ToArray(), dx, [], null);
        Assert.Equal(x.Select(v => 10 * v), dx); // the border's gradient goes nowhere
    }

    [Fact]
    public void CnnWeightsAreTruncatedNormalAndBiasesZero()
    {
        var cnn = SmallCnn.Create();
        var theta = cnn.InitializeParameters(seed: 9);
        var conv1 = theta.AsSpan(0, 250).ToArray();
        var dense1 = theta.AsSpan(cnn.ParameterOffset(6), 8000).ToArray();
        var weights = conv1.Concat(dense1).ToArray();
        Assert.All(weights, w => Assert.InRange(Math.Abs(w), 0, 0.04));
        Assert.All(theta.AsSpan(250, 10).ToArray(), b => Assert.Equal(0, b));
        Assert.All(theta.AsSpan(cnn.ParameterOffset(6) + 8000, 50).ToArray(), b => Assert.Equal(0, b));
        // N(0, 0.02²) truncated at ±2σ has standard deviation 0.02·√(1 − 2·2φ(2)/(2Φ(2) − 1)) = 0.02 × 0.8796.
        double sd = Math.Sqrt(weights.Average(w => w * w));
        Assert.InRange(sd, 0.02 * 0.8796 * 0.97, 0.02 * 0.8796 * 1.03);
        Assert.Equal(theta, cnn.InitializeParameters(seed: 9));
    }

    [Fact]
    public void The_scripts_draw_draws_all_80_cnn_biases_from_the_weights_truncated_normal()
    {
        var cnn = SmallCnn.Create(drawBiases: true);
        var theta = cnn.InitializeParameters(seed: 9);
        static int Biases(Layer layer) => layer switch { Conv2D conv => conv.Output.Channels, Dense dense => dense.Outputs, _ => 0 };
        var biases = Enumerable.Range(0, cnn.Layers.Count)
            .SelectMany(l => theta.AsSpan(cnn.ParameterOffset(l) + cnn.Layers[l].ParameterCount - Biases(cnn.Layers[l]), Biases(cnn.Layers[l])).ToArray())
            .ToArray();
        Assert.Equal(80, biases.Length);
        Assert.All(biases, b => Assert.InRange(Math.Abs(b), 1e-12, 0.04));
        // The first layer's weights come first from the stream: the same as without the bias draw.
        Assert.Equal(SmallCnn.Create().InitializeParameters(seed: 9).AsSpan(0, 250).ToArray(), theta.AsSpan(0, 250).ToArray());
    }

    [Fact]
    public void ConvolutionMatchesTheDirectSum()
    {
        var conv = new Conv2D(new ImageShape(2, 5, 6), 3, 3, new TruncatedNormalInitializer(1));
        var random = new RandomStream(4);
        var w = new double[conv.ParameterCount];
        random.FillGaussian(w);
        var x = new double[conv.InputSize];
        random.FillGaussian(x);
        var y = new double[conv.OutputSize];
        conv.Forward(w, x, y, conv.CreateScratch());
        Assert.Equal(new ImageShape(3, 3, 4), conv.Output);
        for (int o = 0; o < 3; o++)
            for (int r = 0; r < 3; r++)
                for (int c = 0; c < 4; c++)
                {
                    double sum = w[3 * 18 + o];
                    for (int i = 0; i < 2; i++)
                        for (int dr = 0; dr < 3; dr++)
                            for (int dc = 0; dc < 3; dc++)
                                sum += w[((o * 2 + i) * 3 + dr) * 3 + dc] * x[(i * 5 + r + dr) * 6 + c + dc];
                    Assert.Equal(sum, y[(o * 3 + r) * 4 + c], 12);
                }
    }

    [Fact]
    public void MaxPoolTakesWindowMaximaAndRoutesGradientsToThem()
    {
        var pool = new MaxPool2D(new ImageShape(1, 3, 4), 2);
        double[] x = [1, 5, 2, 0,
                      3, 4, 8, 7,
                      9, 9, 9, 9];
        var y = new double[pool.OutputSize];
        var scratch = pool.CreateScratch();
        pool.Forward([], x, y, scratch);
        Assert.Equal([5.0, 8.0], y);
        var dx = new double[x.Length];
        pool.Backward([], x, [10, 20], dx, [], scratch);
        Assert.Equal([0, 10, 0, 0, 0, 0, 20, 0, 0, 0, 0, 0.0], dx);
    }

    [Fact]
    public void LargerWindowsPoolTheirMaximaToo()
    {
        var pool = new MaxPool2D(new ImageShape(2, 3, 3), 3);
        double[] x = [1, 2, 3, 4, 9, 5, 6, 7, 8,
                      -5, -4, -3, -2, -1, -6, -7, -8, -9];
        var y = new double[pool.OutputSize];
        var scratch = pool.CreateScratch();
        pool.Forward([], x, y, scratch);
        Assert.Equal([9.0, -1.0], y);
        var dx = new double[x.Length];
        pool.Backward([], x, [1, 2], dx, [], scratch);
        Assert.Equal(1, dx[4]);
        Assert.Equal(2, dx[13]);
        Assert.Equal(3, dx.Sum());
    }

    [Fact]
    public void SoftmaxCrossEntropyHasItsClosedForm()
    {
        var loss = new SoftmaxCrossEntropy(3);
        double[] z = [1000, 1001, 999];
        double logSum = 1001 + Math.Log(Math.Exp(-1) + 1 + Math.Exp(-2));
        var dz = new double[3];
        Assert.Equal(logSum - 1000, loss.Gradient(z, 0, dz), 12);
        double[] p = [Math.Exp(1000 - logSum), Math.Exp(1001 - logSum), Math.Exp(999 - logSum)];
        Assert.Equal([p[0] - 1, p[1], p[2]], dz, new Tolerance(1e-15));
        double[] rz = [0.3, -0.2, 0.5];
        var rdz = new double[3];
        loss.RGradient(z, rz, 0, rdz);
        for (int i = 0; i < 3; i++)
        {
            double expected = 0;
            for (int j = 0; j < 3; j++) expected += ((i == j ? p[i] : 0) - p[i] * p[j]) * rz[j];
            Assert.Equal(expected, rdz[i], 15);
        }
        Assert.Equal(1, loss.Predict(z));
    }

    [Fact]
    public void ClippedSquaredLossIsFlatOutsideTheClippingRange()
    {
        var loss = new ClippedSquaredLoss(1, 0.001);
        var dz = new double[1];
        Assert.Equal(0.5 * 0.3 * 0.3, loss.Gradient([0.7], 1, dz), 15);
        Assert.Equal(-0.3, dz[0], 15);
        Assert.Equal(0.5 * 0.999 * 0.999, loss.Gradient([2.5], 0, dz), 15);
        Assert.Equal(0, dz[0]);
        Assert.Equal(0.5 * 0.999 * 0.999, loss.Gradient([-4], 1, dz), 15);
        Assert.Equal(0, dz[0]);
        Assert.Equal(1, loss.Predict([0.5]));
        Assert.Equal(0, loss.Predict([0.49]));

        var fig4 = new ClippedSquaredLoss(1, 0.001, coefficient: 1); // ℓ = (f − y)²
        Assert.Equal(0.3 * 0.3, fig4.Gradient([0.7], 1, dz), 15);
        Assert.Equal(-0.6, dz[0], 15);
        var rdz = new double[1];
        fig4.RGradient([0.7], [0.25], 1, rdz);
        Assert.Equal(0.5, rdz[0], 15);
    }

    [Fact]
    public void MismatchedLayersAreRejectedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => new Sequential([new Dense(4, 3, GlorotUniformInitializer.Instance), new Relu(2)], new SoftmaxCrossEntropy(2)));
        Assert.Equal("layers", error.ParamName);
        Assert.Contains("gives 3 outputs", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Conv2D(new ImageShape(1, 4, 4), 2, 5, GlorotUniformInitializer.Instance));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClippedSquaredLoss(1, 0.5));
        Assert.Equal("coefficient", Assert.Throws<ArgumentOutOfRangeException>(() => new ClippedSquaredLoss(1, 0.1, coefficient: -1)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedNormalInitializer(double.NaN));
    }

    private sealed class Tolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(double value) => 0;
    }
}
