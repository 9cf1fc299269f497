using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Experiments;

[Trait(TestCategory.Name, TestCategory.Experiments)]
public class FashionMnistGdPhaseTests
{
    private static readonly FashionMnistSettings Small = TinyFashionMnistRun.Settings with { TrainingImages = 60, CorruptedFrom = 50, CorruptedImages = 10 };

    private static NetworkObjective Training(FashionMnistSettings settings) =>
        new(SmallCnn.Create(), FashionMnistData.StandIn(settings).Training.ToExamples());

    [Fact]
    public void StepsRuleTakesExactlyThatManySteps()
    {
        var settings = Small with { GdStop = GdStopRule.Steps, GdMaxIterations = 7 };
        var training = Training(settings);
        var start = FashionMnistGdPhase.Run(training, settings, "test");
        Assert.Equal(7, start.Iterations);
        // The same as seven plain gradient steps from the seeded initialisation.
        var theta = training.Network.InitializeParameters(settings.Seed);
        var gradient = new double[theta.Length];
        for (int t = 0; t < 7; t++)
        {
            training.Gradient(theta, gradient);
            for (int i = 0; i < theta.Length; i++) theta[i] -= settings.GdLearningRate * gradient[i];
        }
        Assert.Equal(theta, start.Theta);
    }

    [Fact]
    public void LossRuleStopsAtTheFirstStepAtOrBelowTheThreshold()
    {
        var reference = FashionMnistGdPhase.Run(Training(Small), Small with { GdStop = GdStopRule.Steps, GdMaxIterations = 40 }, "test");
        var training = Training(Small);
        double threshold = training.Loss(reference.Theta) + 1e-12;
        var start = FashionMnistGdPhase.Run(training, Small with { GdStop = GdStopRule.Loss, GdLossThreshold = threshold }, "test");
        Assert.True(start.TrainLoss <= threshold);
        Assert.InRange(start.Iterations, 1, 40);
        var before = FashionMnistGdPhase.Run(training, Small with { GdStop = GdStopRule.Steps, GdMaxIterations = start.Iterations - 1 }, "test");
        Assert.True(before.TrainLoss > threshold, $"step {start.Iterations - 1} already had loss {before.TrainLoss} ≤ {threshold}");
    }

    [Fact]
    public void TheStopRuleIsPartOfTheCheckpointKey()
    {
        var data = FashionMnistData.StandIn(Small);
        Assert.NotEqual(FashionMnistCheckpoint.Key(Small, data), FashionMnistCheckpoint.Key(Small with { GdStop = GdStopRule.Steps }, data));
        Assert.Equal(FashionMnistCheckpoint.Key(Small, data), FashionMnistCheckpoint.Key(Small with { GdLossThreshold = 0.5 }, data)); // unused by Fit
        Assert.NotEqual(FashionMnistCheckpoint.Key(Small with { GdStop = GdStopRule.Loss }, data),
            FashionMnistCheckpoint.Key(Small with { GdStop = GdStopRule.Loss, GdLossThreshold = 0.5 }, data));
    }
}

public class FashionMnistRunKeyTests
{
    [Fact]
    public void ARunsKeyChangesWithItsOwnNoiseSettingsOnly()
    {
        var paper = FashionMnistSettings.Paper.WithSavedRunNumerics();
        string Key(FashionMnistSettings s, PaperDynamic d) => FashionMnistRunStore.Key(s, "start", d, 1);
        var budget = paper with { LanczosBudget = 80 };
        Assert.NotEqual(Key(paper, PaperDynamic.GldHessian), Key(budget, PaperDynamic.GldHessian));
        Assert.Equal(Key(paper, PaperDynamic.Sgd), Key(budget, PaperDynamic.Sgd));
        var warm = paper with { EigenvectorWarmStart = false };
        Assert.NotEqual(Key(paper, PaperDynamic.GldEigenvector), Key(warm, PaperDynamic.GldEigenvector));
        Assert.Equal(Key(paper, PaperDynamic.GldLeading), Key(warm, PaperDynamic.GldLeading));
        var lanczos = paper with { EigenvectorWarmSolver = WarmEigenSolver.Lanczos };
        Assert.NotEqual(Key(paper, PaperDynamic.GldEigenvector), Key(lanczos, PaperDynamic.GldEigenvector));
        Assert.Equal(Key(warm, PaperDynamic.GldEigenvector), Key(warm with { EigenvectorWarmSolver = WarmEigenSolver.Lanczos }, PaperDynamic.GldEigenvector)); // unused cold
        // ∇L from Σ̂'s pass reaches the runs whose noise makes the pass, and only when set (the saved runs' keys stay).
        var fromPass = paper with { GradientFromShuffledPass = true };
        foreach (var d in new[] { PaperDynamic.GldDynamic, PaperDynamic.GldDiag, PaperDynamic.GldLeading, PaperDynamic.GldHessian, PaperDynamic.GldEigenvector })
            Assert.NotEqual(Key(paper, d), Key(fromPass, d));
        foreach (var d in new[] { PaperDynamic.Gd, PaperDynamic.GldConst, PaperDynamic.Sgd })
            Assert.Equal(Key(paper, d), Key(fromPass, d));
        // Shared settings (the measurements, η, the iterations) reach every run.
        Assert.NotEqual(Key(paper, PaperDynamic.Gd), Key(paper with { SharpnessSigma = 0.02 }, PaperDynamic.Gd));
        Assert.NotEqual(Key(paper, PaperDynamic.Gd), Key(paper with { Iterations = 10 }, PaperDynamic.Gd));
    }
}

public class FashionMnistTableFileTests
{
    [Fact]
    public void TheCommittedLongRunReadsBackWithEverySeedAndNamesTheRealData()
    {
        string root = AnisotropicNoise.Cli.Notebooks.NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        string path = Path.Combine(root, "results", "06-fashion-mnist", "long-run-gd-sgd-20000.csv");
        var table = FashionMnistTable.Load(path);
        Assert.False(table.IsStandIn);
        Assert.Equal(["GD", "SGD"], table.Dynamics);
        Assert.Equal([1, 2, 3], table.Finals("SGD").Select(r => r.Seed));
        Assert.All(table.Finals("SGD"), r => Assert.Equal(20000, r.Iteration));
    }

    [Fact]
    public void TheCommittedReleasedVariantReadsBackWithTheNumbersTheReadmeQuotes()
    {
        string root = AnisotropicNoise.Cli.Notebooks.NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        var table = FashionMnistTable.Load(Path.Combine(root, "results", "06-fashion-mnist", "released-6000-2000.csv"));
        Assert.False(table.IsStandIn);
        Assert.Equal(["GD", "SGD"], table.Dynamics);
        var sgd = table.Finals("SGD").ToArray();
        Assert.Equal([1, 2, 3], sgd.Select(r => r.Seed));
        Assert.All(sgd, r => Assert.Equal(2000, r.Iteration));
        double mean = sgd.Average(r => r.TestAccuracy), sd = Math.Sqrt(sgd.Sum(r => (r.TestAccuracy - mean) * (r.TestAccuracy - mean)) / (sgd.Length - 1));
        string readme = File.ReadAllText(Path.Combine(root, "docs", "results.md"));
        Assert.Contains(FormattableString.Invariant($"ends at {100 * mean:F1} ± {100 * sd:F1} %, level with GD"), readme);
        Assert.Contains(FormattableString.Invariant($"stays ({100 * table.Finals("GD").Single().TestAccuracy:F1} % after 2,000 iterations"), readme);
    }

    [Fact]
    public void TheCommitted2000IterationRunHasEveryDynamicWithThreeSeedsAndTheReadmeQuotesItsFinalAccuracies()
    {
        string root = AnisotropicNoise.Cli.Notebooks.NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        var table = FashionMnistTable.Load(Path.Combine(root, "results", "06-fashion-mnist", "long-run-2000.csv"));
        Assert.False(table.IsStandIn);
        string readme = File.ReadAllText(Path.Combine(root, "docs", "results.md"));
        string MeanSd(string dynamic)
        {
            var finals = table.Finals(dynamic).ToArray();
            Assert.Equal([1, 2, 3], finals.Select(r => r.Seed));
            Assert.All(finals, r => Assert.Equal(2000, r.Iteration));
            double mean = finals.Average(r => r.TestAccuracy), sd = Math.Sqrt(finals.Sum(r => (r.TestAccuracy - mean) * (r.TestAccuracy - mean)) / 2);
            return FormattableString.Invariant($"{100 * mean:F1} ± {100 * sd:F1} %");
        }
        Assert.Contains($"GLD leading {MeanSd("GLD leading")}", readme);
        Assert.Contains($"SGD {MeanSd("SGD")}", readme);
        Assert.Contains($"GLD Hessian ends higher, {MeanSd("GLD Hessian")} on every seed", readme);
        Assert.Contains($"GLD 1st eigvec(H) {MeanSd("GLD 1st eigvec(H)")}", readme);
        Assert.Equal(["GLD const", "GLD dynamic", "GLD diag", "GLD leading", "GLD Hessian", "GLD 1st eigvec(H)", "SGD", "GD"], table.Dynamics);
        Assert.Contains(FormattableString.Invariant($"level with GD's {100 * table.Finals("GD").Single().TestAccuracy:F1} %"), readme);
        double gd = table.Finals("GD").Single().TestAccuracy;
        Assert.All(table.Finals("GLD Hessian"), r => Assert.True(r.TestAccuracy > gd));
    }

    [Fact]
    public void AFileThatIsNotSuchATableIsNamed()
    {
        using var folder = new AnisotropicNoise.Tests.Data.TempDirectory();
        File.WriteAllText(folder.File("x.csv"), "# data: x\nnot,a,header\n");
        Assert.Contains("x.csv", Assert.Throws<InvalidDataException>(() => FashionMnistTable.Load(folder.File("x.csv"))).Message);
    }
}
