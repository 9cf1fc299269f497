using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Networks;

/// <summary>A block of Hessian-vector products in one pass equals the single products.</summary>
public class BlockHessianVectorTests
{
    private static void AssertBlockEqualsSingles(NetworkObjective objective, double[] theta, int block, long seed)
    {
        int d = objective.Dimension;
        var directions = new double[block * d];
        new RandomStream(seed).FillGaussian(directions);
        var products = new double[block * d];
        objective.HessianVectorProducts(theta, directions, products);
        var single = new double[d];
        for (int b = 0; b < block; b++)
        {
            objective.HessianVectorProduct(theta, directions.AsSpan(b * d, d), single);
            double error = TinyNets.RelativeError(products.AsSpan(b * d, d), single);
            Assert.True(error <= 1e-10, $"direction {b}: relative error {error}");
        }
    }

    [Fact]
    public void TheTinyCnnsBlockEqualsSingleProducts()
    {
        var objective = new NetworkObjective(TinyNets.Cnn(), TinyNets.Data(37, 64, 4, 3));
        AssertBlockEqualsSingles(objective, TinyNets.Parameters(objective.Dimension, 0.5, 4), block: 5, seed: 6);
    }

    [Fact]
    public void TheFashionMnistCnnsBlockEqualsSingleProducts() =>
        AssertBlockEqualsSingles(SmallCnnTrajectory.Objective, SmallCnnTrajectory.Theta, block: 4, seed: 7);

    [Fact]
    public void ABlockOfOneIsTheSingleProductAndTheThreadCountDoesNotMatter()
    {
        var data = TinyNets.Data(37, 64, 4, 3);
        var all = new NetworkObjective(TinyNets.Cnn(), data);
        var one = new NetworkObjective(TinyNets.Cnn(), data, maxDegreeOfParallelism: 1);
        var theta = TinyNets.Parameters(all.Dimension, 0.5, 4);
        var directions = new double[3 * all.Dimension];
        new RandomStream(8).FillGaussian(directions);
        var (a, b) = (new double[directions.Length], new double[directions.Length]);
        all.HessianVectorProducts(theta, directions, a);
        one.HessianVectorProducts(theta, directions, b);
        Assert.Equal(a, b);
        AssertBlockEqualsSingles(all, theta, block: 1, seed: 9);
    }

    [Fact]
    public void BadLengthsAreNamed()
    {
        var objective = new NetworkObjective(TinyNets.Cnn(), TinyNets.Data(5, 64, 4, 3));
        int d = objective.Dimension;
        var theta = new double[d];
        Assert.Equal("directions", Assert.Throws<ArgumentException>(() => objective.HessianVectorProducts(theta, new double[d + 1], new double[d + 1])).ParamName);
        Assert.Equal("directions", Assert.Throws<ArgumentException>(() => objective.HessianVectorProducts(theta, [], [])).ParamName);
        Assert.Equal("products", Assert.Throws<ArgumentException>(() => objective.HessianVectorProducts(theta, new double[2 * d], new double[d])).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => objective.HessianVectorProducts(new double[d - 1], new double[d], new double[d])).ParamName);
    }
}
