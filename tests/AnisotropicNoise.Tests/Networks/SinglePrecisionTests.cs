using AnisotropicNoise.Data;
using AnisotropicNoise.Networks;

namespace AnisotropicNoise.Tests.Networks;

/// <summary>
/// The single-precision objective against the double-precision one on the same network and data: loss, accuracy,
/// gradients (full, minibatch, per example) and Hessian-vector products agree to single precision's rounding,
/// results do not depend on the thread count nor on the passes kept between products at one point, and a layer without a
/// batched form is refused by name.
/// </summary>
public class SinglePrecisionTests
{
    public static TheoryData<string> Networks() => new() { "paper-cnn", "tiny-cnn", "small-vgg" };

    private static (NetworkObjective Single, NetworkObjective Double, double[] Theta) Pair(string name, int maxDegreeOfParallelism = -1)
    {
        var (network, data, theta) = name switch
        {
            "paper-cnn" => Paper(),
            "tiny-cnn" => (TinyNets.Cnn(), TinyNets.Data(37, 64, 4, seed: 1), TinyNets.Parameters(TinyNets.Cnn().ParameterCount, 0.5, seed: 2)),
            _ => (TinyNets.SmallVgg(), TinyNets.Data(35, 128, 3, seed: 3), TinyNets.Parameters(TinyNets.SmallVgg().ParameterCount, 0.5, seed: 4)),
        };
        return (new NetworkObjective(network, data, maxDegreeOfParallelism, NetworkPrecision.Single),
            new NetworkObjective(network, data, maxDegreeOfParallelism, NetworkPrecision.Double), theta);
    }

    // The paper's CNN, 11,330 parameters, on 100 synthetic 28×28 images at its initialisation.
    private static (Sequential, LabeledExamples, double[]) Paper()
    {
        var network = SmallCnn.Create();
        return (network, SyntheticImages.Generate(100, seed: 1).ToExamples(), network.InitializeParameters(seed: 2));
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void Loss_accuracy_and_gradients_agree_with_double_precision(string name)
    {
        var (single, reference, theta) = Pair(name);
        Assert.Equal(reference.Loss(theta), single.Loss(theta), tolerance: 1e-6 * Math.Abs(reference.Loss(theta)));
        Assert.Equal(reference.Accuracy(theta), single.Accuracy(theta));

        var expected = new double[theta.Length];
        var actual = new double[theta.Length];
        double lossExpected = reference.Gradient(theta, expected), lossActual = single.Gradient(theta, actual);
        Assert.Equal(lossExpected, lossActual, tolerance: 1e-6 * Math.Abs(lossExpected));
        Assert.True(TinyNets.RelativeError(actual, expected) <= 1e-5, $"gradient: relative error {TinyNets.RelativeError(actual, expected):E2}");

        int[] batch = [.. Enumerable.Range(0, 20).Select(i => i * 7 % reference.Count)];
        reference.BatchGradient(theta, batch, expected);
        single.BatchGradient(theta, batch, actual);
        Assert.True(TinyNets.RelativeError(actual, expected) <= 1e-5, $"minibatch gradient: relative error {TinyNets.RelativeError(actual, expected):E2}");

        int[] examples = [3, 0, 5];
        var rowsExpected = new double[examples.Length * theta.Length];
        var rowsActual = new double[rowsExpected.Length];
        reference.ExampleGradients(theta, examples, rowsExpected);
        single.ExampleGradients(theta, examples, rowsActual);
        for (int k = 0; k < examples.Length; k++)
        {
            var row = rowsActual.AsSpan(k * theta.Length, theta.Length);
            Assert.True(TinyNets.RelativeError(row, rowsExpected.AsSpan(k * theta.Length, theta.Length)) <= 1e-5, $"example {examples[k]}");
        }
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void Hessian_vector_products_agree_with_double_precision_and_a_block_with_single_products(string name)
    {
        var (single, reference, theta) = Pair(name);
        int d = theta.Length;
        var directions = TinyNets.Parameters(3 * d, 1, seed: 9);
        var expected = new double[d];
        var actual = new double[d];
        var block = new double[3 * d];
        single.HessianVectorProducts(theta, directions, block);
        for (int b = 0; b < 3; b++)
        {
            var v = directions.AsSpan(b * d, d);
            reference.HessianVectorProduct(theta, v, expected);
            single.HessianVectorProduct(theta, v, actual);
            Assert.True(TinyNets.RelativeError(actual, expected) <= 1e-5, $"product {b}: relative error {TinyNets.RelativeError(actual, expected):E2}");
            Assert.True(TinyNets.RelativeError(block.AsSpan(b * d, d), actual) <= 1e-6, $"block row {b}");
        }
    }

    [Fact]
    public void Results_are_the_same_bits_on_one_thread_and_on_every_core()
    {
        var (one, _, theta) = Pair("paper-cnn", maxDegreeOfParallelism: 1);
        var (all, _, _) = Pair("paper-cnn");
        var g1 = new double[theta.Length];
        var g2 = new double[theta.Length];
        Assert.Equal(one.Gradient(theta, g1), all.Gradient(theta, g2));
        Assert.Equal(g1, g2);
        var v = TinyNets.Parameters(theta.Length, 1, seed: 5);
        one.HessianVectorProduct(theta, v, g1);
        all.HessianVectorProduct(theta, v, g2);
        Assert.Equal(g1, g2);
        Assert.Equal(one.Loss(theta), all.Loss(theta));
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void Products_at_one_point_reuse_its_passes_with_the_bits_of_computing_them_afresh(string name)
    {
        var (kept, _, theta) = Pair(name);
        var moved = (double[])theta.Clone();
        moved[0] += 0.25;
        var v1 = TinyNets.Parameters(theta.Length, 1, seed: 6);
        var v2 = TinyNets.Parameters(theta.Length, 1, seed: 7);
        // One objective answers a run of products at θ, then at another point, then at θ again, and two at once from two
        // threads; each must equal a fresh objective's single product.
        var runs = new (double[] Theta, double[] V)[] { (theta, v1), (theta, v2), (moved, v1), (theta, v2) };
        foreach (var (at, v) in runs) Assert.Equal(Fresh(name, at, v), Product(kept, at, v));
        var both = new double[2][];
        Parallel.For(0, 2, k => both[k] = Product(kept, k == 0 ? theta : moved, v1));
        Assert.Equal(Fresh(name, theta, v1), both[0]);
        Assert.Equal(Fresh(name, moved, v1), both[1]);
    }

    private static double[] Product(NetworkObjective objective, double[] theta, double[] v)
    {
        var product = new double[theta.Length];
        objective.HessianVectorProduct(theta, v, product);
        return product;
    }

    private static double[] Fresh(string name, double[] theta, double[] v) => Product(Pair(name).Single, theta, v);

    [Fact]
    public void A_layer_without_a_single_precision_form_is_named()
    {
        var network = new Sequential([new FixedLinear(new double[6], 3, 2), new Dense(2, 2, new TruncatedNormalInitializer(1))], new SoftmaxCrossEntropy(2));
        var e = Assert.Throws<NotSupportedException>(() =>
            new NetworkObjective(network, TinyNets.Data(4, 3, 2, seed: 1), precision: NetworkPrecision.Single));
        Assert.Contains("FixedLinear", e.Message);
        Assert.Equal(NetworkPrecision.Double, new NetworkObjective(network, TinyNets.Data(4, 3, 2, seed: 1)).Precision);
    }
}
