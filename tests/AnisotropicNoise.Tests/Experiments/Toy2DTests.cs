using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments;
using AnisotropicNoise.Experiments.Toy2D;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Experiments;

public class Toy2DTests
{
    private static readonly Toy2DSettings Small = new() { Repetitions = 6, Steps = 200, TrajectoryEvery = 50, ContourPoints = 11 };

    private static string Fingerprint(Toy2DResult result) =>
        result.Table.ToCsv() + string.Join(";", result.Dynamics.SelectMany(d => d.FinalPositions).Select(p => $"{p[0]:R},{p[1]:R}"));

    [Fact]
    public void SameSeedGivesTheSameNumbersWithOneThreadAndWithAll()
    {
        var one = Toy2D.Run(Small with { MaxDegreeOfParallelism = 1 });
        var all = Toy2D.Run(Small with { MaxDegreeOfParallelism = -1 });
        Assert.Equal(Fingerprint(one), Fingerprint(all));
        Assert.NotEqual(Fingerprint(one), Fingerprint(Toy2D.Run(Small with { Seed = Small.Seed + 1 })));
    }

    [Fact]
    public void ADynamicGivesTheSameRunsWhateverElseRuns()
    {
        var full = Toy2D.Run(Small);
        var alone = Toy2D.Run(Small with { Dynamics = [PaperDynamic.GldHessian] });
        var fromFull = full.Dynamics.Single(d => d.Dynamic == PaperDynamic.GldHessian);
        Assert.Equal(fromFull.FinalPositions, alone.Dynamics.Single().FinalPositions);
        Assert.Equal(Toy2DDynamics.All, full.Dynamics.Select(d => d.Dynamic));
        var reordered = Toy2D.Run(Small with { Dynamics = Toy2DDynamics.All.Reverse().ToArray() });
        Assert.Equal(fromFull.FinalPositions, reordered.Dynamics.Single(d => d.Dynamic == PaperDynamic.GldHessian).FinalPositions);
    }

    [Fact]
    public void HeavyTailsOfTheSameShapeCarryIsotropicNoiseOutOfTheSharpMinimum()
    {
        // Gaussian GLD const escapes in about 3 % of runs (README, Fig. 2); the same shape with 1.5-stable tails in about 40 %.
        var settings = new Toy2DSettings { Repetitions = 200, Dynamics = [PaperDynamic.GldConst] };
        var gaussian = Toy2D.Run(settings).Dynamics.Single();
        var heavy = Toy2D.Run(settings with { NoiseTailIndex = 1.5 });
        Assert.True(heavy.Dynamics.Single().Interval.Low > gaussian.Interval.High,
            $"1.5-stable {heavy.Dynamics.Single().Rate:P1} vs Gaussian {gaussian.Rate:P1}");
        Assert.Contains("1.5-stable tails", heavy.Table.Caption);
        Assert.Equal(Fingerprint(Toy2D.Run(Small)), Fingerprint(Toy2D.Run(Small with { NoiseTailIndex = 2 })));
        Assert.Equal("NoiseTailIndex", Assert.Throws<ArgumentOutOfRangeException>(() => Toy2D.Run(Small with { NoiseTailIndex = 2.5 })).ParamName);
    }

    [Fact]
    public void TheReadmeQuotesFig2WithGaussianAndWithHeavyTailedNoise()
    {
        string root = AnisotropicNoise.Cli.Notebooks.NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        string readme = File.ReadAllText(Path.Combine(root, "docs", "results.md"));
        var settings = new Toy2DSettings { Repetitions = 400 };
        string Rate(Toy2DResult result, PaperDynamic dynamic) => FormattableString.Invariant($"{100 * result.Dynamics.Single(d => d.Dynamic == dynamic).Rate:F1} %");
        var gaussian = Toy2D.Run(settings);
        var heavy = Toy2D.Run(settings with { NoiseTailIndex = 1.5 });
        foreach (var dynamic in Toy2DDynamics.NoiseStructures)
            Assert.Contains($"{dynamic.DisplayName()} {Rate(heavy, dynamic)} ({Rate(gaussian, dynamic)})", readme);
    }

    [Fact]
    public void GradientDescentConvergesToTheSharpMinimumOfEachRepetitionsData()
    {
        // All examples sit in the sharp well near (1, 1), where the mean loss is a quadratic with
        // minimum (1, 1) + mean(x); with η·λ ∈ {0.1, 1} GD reaches it to rounding in 200 steps.
        var result = Toy2D.Run(Small with { Dynamics = [PaperDynamic.Gd] });
        var gd = result.Dynamics.Single();
        for (int r = 0; r < Small.Repetitions; r++)
        {
            var data = TwoWellLandscape.Generate(Small.Examples, RandomStream.ForTask(RandomStream.DeriveSeed(Small.Seed, r), 0)).Data;
            double meanX = 0, meanY = 0;
            for (int i = 0; i < Small.Examples; i++)
            {
                meanX += data[2 * i] / Small.Examples;
                meanY += data[2 * i + 1] / Small.Examples;
            }
            Assert.Equal(1 + meanX, gd.FinalPositions[r][0], 1e-9);
            Assert.Equal(1 + meanY, gd.FinalPositions[r][1], 1e-9);
        }
        Assert.Equal(0, gd.Successes);
    }

    [Fact]
    public void SummariesAgreeWithTheRuns()
    {
        var progress = new List<ExperimentProgress>();
        var result = Toy2D.Run(Small with { NoiseTrace = 0.05 }, new SynchronousProgress(progress));
        Assert.Equal(Enumerable.Range(1, Small.Repetitions), progress.Select(p => p.Completed).Order());
        Assert.All(progress, p => Assert.Equal(Small.Repetitions, p.Total));
        foreach (var d in result.Dynamics)
        {
            Assert.Equal(d.FinalPositions.Count(p => p[0] < -0.5 && p[1] < -0.5), d.Successes);
            Assert.Equal(AnisotropicNoise.Statistics.WilsonInterval.Of(d.Successes, Small.Repetitions), d.Interval);
            Assert.All(d.Runs, run => Assert.Equal([0, 50, 100, 150, 200], run.Steps));
            Assert.All(d.Runs, run => Assert.Equal(run.Final, run.Parameters[^1]));
        }
        Assert.Equal(11, result.Landscape.X.Length);
        Assert.Equal(-2, result.Landscape.X[0]);
    }

    [Fact]
    public void CsvHasTheAgreedHeaderAndOneRowPerDynamic()
    {
        var result = Toy2D.Run(Small with { Dynamics = [PaperDynamic.Gd, PaperDynamic.GldEigenvector] });
        var lines = result.Table.ToCsv().TrimEnd('\n').Split('\n');
        Assert.Equal("dynamic,successes,repetitions,rate,ci_low,ci_high", lines[0]);
        Assert.Equal("GD,0,6,0,0,0.390334", lines[1]);
        Assert.StartsWith("GLD 1st eigvec(H),", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Theory]
    [InlineData("LearningRate", -0.1, 0.01)]
    [InlineData("LearningRate", double.NaN, 0.01)]
    [InlineData("NoiseTrace", 0.005, -1.0)]
    [InlineData("NoiseTrace", 0.005, double.PositiveInfinity)]
    public void RejectsBadHyperparameters(string name, double eta, double s)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => Toy2D.Run(Small with { LearningRate = eta, NoiseTrace = s }));
        Assert.Equal(name, e.ParamName);
    }

    [Fact]
    public void RejectsBadSettings()
    {
        Assert.Equal("Repetitions", Assert.ThrowsAny<ArgumentException>(() => Toy2D.Run(Small with { Repetitions = 0 })).ParamName);
        Assert.Equal("SgdBatchSize", Assert.ThrowsAny<ArgumentException>(() => Toy2D.Run(Small with { SgdBatchSize = 101 })).ParamName);
        Assert.Equal("MaxDegreeOfParallelism", Assert.ThrowsAny<ArgumentException>(() => Toy2D.Run(Small with { MaxDegreeOfParallelism = 0 })).ParamName);
        var outside = Assert.ThrowsAny<ArgumentException>(() => Toy2D.Run(Small with { Dynamics = [PaperDynamic.Gd, PaperDynamic.GldDynamic] }));
        Assert.Equal("Dynamics", outside.ParamName);
        Assert.Contains("GldDynamic is not a dynamic of the 2-D experiment", outside.Message);
        Assert.Equal("Dynamics", Assert.ThrowsAny<ArgumentException>(() => Toy2D.Run(Small with { Dynamics = [PaperDynamic.Gd, PaperDynamic.Gd] })).ParamName);
    }

    [Fact]
    public void DivergenceNamesTheDynamicAndTheStep()
    {
        // η = 1.5 puts both wells outside GD's stable range η·λ < 2 (λ = 20, 200 and 2).
        var e = Assert.Throws<AnisotropicNoise.Dynamics.DivergenceException>(() => Toy2D.Run(Small with { LearningRate = 1.5, Steps = 2000, Dynamics = [PaperDynamic.Gd] }));
        Assert.Equal("GD", e.Dynamic);
        Assert.True(e.Step > 1);
    }

    private sealed class SynchronousProgress(List<ExperimentProgress> sink) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value)
        {
            lock (sink) sink.Add(value);
        }
    }
}
