using AnisotropicNoise.Networks;

namespace AnisotropicNoise.Tests.Networks;

public class NetworkDerivativeTests
{
    private const double H = 1e-5;

    private static NetworkObjective CnnObjective(int threads = -1) =>
        new(TinyNets.Cnn(), TinyNets.Data(37, 64, 4, seed: 1), threads);

    private static NetworkObjective MlpObjective()
    {
        var net = Mlp.Create([3, 6, 5, 1], new ClippedSquaredLoss(1, 1e-3));
        return new NetworkObjective(net, TinyNets.Data(23, 3, 2, seed: 2));
    }

    private static double[] MlpParameters(NetworkObjective objective)
    {
        var theta = TinyNets.Parameters(objective.Dimension, 0.15, seed: 4);
        theta[^1] = 0.5; // the output bias: keeps every output inside the clipping range, away from its kinks
        return theta;
    }

    public static TheoryData<string> Nets => ["cnn", "mlp", "vgg"];

    private static (NetworkObjective Objective, double[] Theta) Case(string name)
    {
        if (name == "cnn")
        {
            var cnn = CnnObjective();
            return (cnn, TinyNets.Parameters(cnn.Dimension, 0.5, seed: 3));
        }
        if (name == "vgg")
        {
            var vgg = new NetworkObjective(TinyNets.SmallVgg(), TinyNets.Data(19, 2 * 8 * 8, 3, seed: 6));
            return (vgg, TinyNets.Parameters(vgg.Dimension, 0.4, seed: 7));
        }
        var mlp = MlpObjective();
        return (mlp, MlpParameters(mlp));
    }

    [Theory]
    [MemberData(nameof(Nets))]
    public void GradientMatchesCentralDifferencesOfTheLoss(string name)
    {
        var (objective, theta) = Case(name);
        var gradient = new double[objective.Dimension];
        double loss = objective.Gradient(theta, gradient);
        Assert.Equal(objective.Loss(theta), loss, 12);
        var numeric = new double[objective.Dimension];
        var unit = new double[objective.Dimension];
        for (int j = 0; j < unit.Length; j++)
        {
            unit[j] = 1;
            numeric[j] = TinyNets.CentralDifference(t => [objective.Loss(t)], theta, unit, H)[0];
            unit[j] = 0;
        }
        Assert.True(TinyNets.RelativeError(gradient, numeric) < 1e-6, $"relative error {TinyNets.RelativeError(gradient, numeric):E2}");
    }

    [Theory]
    [MemberData(nameof(Nets))]
    public void HessianVectorProductMatchesCentralDifferencesOfTheGradient(string name)
    {
        var (objective, theta) = Case(name);
        var v = TinyNets.Parameters(objective.Dimension, 1, seed: 5);
        var product = new double[objective.Dimension];
        objective.HessianVectorProduct(theta, v, product);
        var numeric = TinyNets.CentralDifference(t =>
        {
            var g = new double[t.Length];
            objective.Gradient(t, g);
            return g;
        }, theta, v, H);
        Assert.True(TinyNets.RelativeError(product, numeric) < 1e-6, $"relative error {TinyNets.RelativeError(product, numeric):E2}");
    }

    [Fact]
    public void WithOneTrainableLayerTheDenseHessianIsTheGaussNewtonMatrixAndEqualsTheProducts()
    {
        // Fixed 4 → 3 map after a trainable dense layer and a ReLU, softmax on three classes: the outputs
        // are piecewise linear in θ, so the Gauss–Newton path applies and must equal the exact products.
        var mix = new FixedLinear([1, -0.5, 0.25, 2, 0.5, 1, -1, 0.75, -2, 0.3, 1.5, 1], 4, 3);
        var net = new Sequential([new Dense(5, 4, GlorotUniformInitializer.Instance), new Relu(4), mix], new SoftmaxCrossEntropy(3));
        var objective = new NetworkObjective(net, TinyNets.Data(17, 5, 3, seed: 8));
        var theta = TinyNets.Parameters(objective.Dimension, 0.8, seed: 9);
        var hessian = objective.Hessian(theta);
        Assert.Equal(hessian.ToColumnMajorArray(), new NetworkObjective(net, objective.Data, maxDegreeOfParallelism: 1).Hessian(theta).ToColumnMajorArray());
        var unit = new double[objective.Dimension];
        var column = new double[objective.Dimension];
        double scale = hessian.Enumerate().Max(Math.Abs);
        Assert.True(scale > 1e-3);
        for (int j = 0; j < unit.Length; j++)
        {
            unit[j] = 1;
            objective.HessianVectorProduct(theta, unit, column);
            unit[j] = 0;
            for (int i = 0; i < column.Length; i++)
            {
                Assert.True(Math.Abs(hessian[i, j] - column[i]) <= 1e-12 * scale, $"H[{i},{j}]: Gauss–Newton {hessian[i, j]}, product {column[i]}");
                Assert.Equal(hessian[i, j], hessian[j, i]);
            }
        }
    }

    [Fact]
    public void DenseHessianFromProductsMatchesTheHessianBuiltColumnByColumnFromGradients()
    {
        var objective = CnnObjective();
        var theta = TinyNets.Parameters(objective.Dimension, 0.5, seed: 3);
        var hessian = objective.Hessian(theta);
        var unit = new double[objective.Dimension];
        double diff = 0, norm = 0, asymmetry = 0;
        for (int j = 0; j < unit.Length; j++)
        {
            unit[j] = 1;
            var column = TinyNets.CentralDifference(t =>
            {
                var g = new double[t.Length];
                objective.Gradient(t, g);
                return g;
            }, theta, unit, H);
            unit[j] = 0;
            for (int i = 0; i < column.Length; i++)
            {
                diff += Math.Pow(hessian[i, j] - column[i], 2);
                norm += column[i] * column[i];
                asymmetry = Math.Max(asymmetry, Math.Abs(column[i] - hessian[j, i]));
            }
        }
        Assert.True(Math.Sqrt(diff / norm) < 1e-6, $"relative Frobenius error {Math.Sqrt(diff / norm):E2}");
        Assert.True(asymmetry < 1e-6 * Math.Sqrt(norm), $"finite-difference Hessian departs from symmetry by {asymmetry:E2}");
    }

    [Fact]
    public void BatchAndExampleGradientsAverageToTheSameMean()
    {
        var objective = CnnObjective();
        var theta = TinyNets.Parameters(objective.Dimension, 0.5, seed: 3);
        int d = objective.Dimension;
        int[] batch = [3, 17, 3, 36, 0];
        var rows = new double[batch.Length * d];
        objective.ExampleGradients(theta, batch, rows);
        var mean = new double[d];
        double loss = objective.BatchGradient(theta, batch, mean);
        var expected = new double[d];
        double expectedLoss = 0;
        var single = new double[d];
        for (int k = 0; k < batch.Length; k++)
        {
            expectedLoss += objective.BatchGradient(theta, [batch[k]], single) / batch.Length;
            for (int j = 0; j < d; j++)
            {
                Assert.Equal(single[j], rows[k * d + j], 14);
                expected[j] += rows[k * d + j] / batch.Length;
            }
        }
        Assert.Equal(expectedLoss, loss, 12);
        Assert.True(TinyNets.RelativeError(mean, expected) < 1e-13);
    }

    [Fact]
    public void ResultsAreBitIdenticalWhateverTheThreadCount()
    {
        var theta = TinyNets.Parameters(CnnObjective().Dimension, 0.5, seed: 3);
        var v = TinyNets.Parameters(theta.Length, 1, seed: 5);
        int[] batch = [.. Enumerable.Range(0, 20).Select(i => i * 7 % 37)];
        double[] Run(int threads, int kind)
        {
            var objective = CnnObjective(threads);
            var result = new double[theta.Length + 1];
            switch (kind)
            {
                case 0: result[0] = objective.Gradient(theta, result.AsSpan(1)); break;
                case 1: objective.HessianVectorProduct(theta, v, result.AsSpan(1)); break;
                case 2: result[0] = objective.BatchGradient(theta, batch, result.AsSpan(1)); break;
                default: result[0] = objective.Loss(theta); break;
            }
            return result;
        }
        for (int kind = 0; kind < 4; kind++)
        {
            var one = Run(1, kind);
            Assert.Equal(one, Run(2, kind));
            Assert.Equal(one, Run(5, kind));
        }
    }
}
