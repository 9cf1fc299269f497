using AnisotropicNoise.Curvature;
using AnisotropicNoise.Dynamics;
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
    /// <summary>The real data and the committed double-precision sharp minimum (2,625 GD steps), with its double-precision objective.</summary>
    private static async Task<(FashionMnistData Data, NetworkObjective Reference, FashionMnistStart Start)> CommittedSharpMinimum()
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
        return (data, reference, start);
    }

    [Fact]
    public async Task Gradient_products_and_the_top_20_eigenvalues_agree_with_double_precision()
    {
        var (_, reference, start) = await CommittedSharpMinimum();
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

    /// <summary>
    /// The <c>Quick</c> preset's eight dynamics and three seeds from the committed sharp minimum, in both precisions, to
    /// the preset's first recorded point (50 iterations, where every dynamic that leaves has left: at the start all 200
    /// random labels are fitted, leavers keep 8–36 % of them): each run reaches the same verdict, stay (every random label
    /// still fitted) or leave, and each dynamic's mean training loss and random-label fit in single precision lie within
    /// the spread of its double-precision seeds, or 2 % of their mean where the seeds agree closer than that.
    /// </summary>
    [Fact]
    public async Task The_quick_presets_runs_stay_or_leave_alike_in_single_and_double_precision()
    {
        const int iterations = 50;
        var (data, reference, start) = await CommittedSharpMinimum();
        var quick = FashionMnistSettings.Quick;
        var corrupted = data.Training.Subset([.. Enumerable.Range(quick.CorruptedFrom, quick.CorruptedImages)]).ToExamples();
        (double Loss, double Random) Run(PaperDynamic which, int seed, NetworkPrecision precision)
        {
            var training = new NetworkObjective(reference.Network, reference.Data, precision: precision);
            var settings = quick with { Precision = precision };
            var theta = DynamicsRunner.Run(training, start.Theta, FashionMnistDynamics.Create(which, settings), new GradientStep(settings.LearningRate),
                iterations, new RandomStream(seed), Recording.FinalOnly).Final;
            return (training.Loss(theta), new NetworkObjective(reference.Network, corrupted, precision: precision).Accuracy(theta));
        }
        static bool Stays((double Loss, double Random) outcome) => outcome.Random == 1;
        foreach (var which in PaperDynamics.All)
        {
            IReadOnlyList<int> seeds = which == PaperDynamic.Gd ? [quick.Seeds[0]] : quick.Seeds;
            var single = seeds.Select(seed => Run(which, seed, NetworkPrecision.Single)).ToArray();
            var reference64 = seeds.Select(seed => Run(which, seed, NetworkPrecision.Double)).ToArray();
            Console.WriteLine($"{which}: single {string.Join(", ", single.Select(o => $"{o.Loss:G3}/{o.Random:P0}"))}; double {string.Join(", ", reference64.Select(o => $"{o.Loss:G3}/{o.Random:P0}"))}");
            Assert.Equal(reference64.Select(Stays), single.Select(Stays));
            foreach (var value in new Func<(double Loss, double Random), double>[] { o => o.Loss, o => o.Random })
            {
                double[] expected = [.. reference64.Select(value)];
                double spread = Math.Max(expected.Max() - expected.Min(), 0.02 * Math.Abs(expected.Average()));
                Assert.InRange(single.Select(value).Average(), expected.Average() - spread, expected.Average() + spread);
            }
        }
    }
}
