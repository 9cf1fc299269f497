using AnisotropicNoise.Curvature;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Networks;

/// <summary>
/// Single against double precision at the real FashionMNIST sharp minimum of Fig. 3: the double-precision GD phase's end,
/// committed in <c>results/06-fashion-mnist/gd-phase/</c> (the start of the saved runs), on the real images.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Experiments)]
public class SharpMinimumPrecisionTests
{
    [Fact]
    public async Task Gradient_products_and_the_top_20_eigenvalues_agree_with_double_precision()
    {
        var settings = FashionMnistSettings.Paper with { Precision = NetworkPrecision.Double };
        var data = await FashionMnistData.LoadAsync(settings);
        Assert.False(data.IsStandIn, data.Description);
        string root = AnisotropicNoise.Cli.Notebooks.NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        string folder = Directory.CreateTempSubdirectory("gd-phase-").FullName;
        foreach (string file in Directory.GetFiles(Path.Combine(root, "results", "06-fashion-mnist", "gd-phase")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var (reference, start) = FashionMnistExperiment.SharpMinimum(settings, data, folder);
        Assert.Equal(2625, start.Iterations);
        var single = new NetworkObjective(reference.Network, reference.Data, precision: NetworkPrecision.Single);
        var theta = start.Theta;
        int d = theta.Length;
        var expected = new double[d];
        var actual = new double[d];
        reference.Gradient(theta, expected);
        single.Gradient(theta, actual);
        double gradientError = TinyNets.RelativeError(actual, expected);
        var v = TinyNets.Parameters(d, 1, seed: 3);
        reference.HessianVectorProduct(theta, v, expected);
        single.HessianVectorProduct(theta, v, actual);
        double productError = TinyNets.RelativeError(actual, expected);
        var top = Lanczos.Top(new HessianOperator(reference, theta), 20, new RandomStream(7), tolerance: 1e-8, maxIterations: 200);
        var topSingle = Lanczos.Top(new HessianOperator(single, theta), 20, new RandomStream(7), tolerance: 1e-6, maxIterations: 200);
        double worst = top.Values.Zip(topSingle.Values, (a, b) => Math.Abs(a - b)).Max() / Math.Abs(top.Values[0]);
        Console.WriteLine($"gradient {gradientError:E2}, HVP {productError:E2}, top-20 worst {worst:E2}·|λ₁|; λ: {string.Join(", ", top.Values.Take(5).Select(x => x.ToString("G6")))}");
        Assert.True(gradientError <= 1e-5, $"gradient: relative error {gradientError:E2}");
        Assert.True(productError <= 1e-5, $"HVP: relative error {productError:E2}");
        Assert.True(worst <= 1e-3, $"top-20 eigenvalues: worst difference {worst:E2}·|λ₁|");
    }
}
