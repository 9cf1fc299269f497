using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments;
using AnisotropicNoise.Experiments.Regularization;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Tests.Data;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>One Tiny run of the regularization experiment on the stand-in, shared by the tests that read it.</summary>
[Trait(TestCategory.Name, TestCategory.Experiments)]
public sealed class TinyRegularizationRun
{
    public static RegularizationData Data { get; } = RegularizationData.StandIn(RegularizationSettings.Tiny);

    public RegularizationResult Result { get; } = Regularization.Run(RegularizationSettings.Tiny, Data);
}

public class RegularizationTests(TinyRegularizationRun run) : IClassFixture<TinyRegularizationRun>
{
    private static readonly RegularizationSettings Tiny = RegularizationSettings.Tiny;

    [Fact]
    public void EveryDynamicRunsForEverySeedFromThatSeedsInitialisation()
    {
        var rows = run.Result.Table.Rows;
        Assert.Equal(["GD", "GLD const", "GLD dynamic", "GLD diag", "SGD"], rows.Select(r => r.Dynamic).Distinct());
        foreach (var group in rows.GroupBy(r => (r.Dynamic, r.Seed)))
            Assert.Equal([0, 10, 20], group.Select(r => r.Iteration));
        foreach (int seed in Tiny.Seeds)
        {
            var starts = rows.Where(r => r.Seed == seed && r.Iteration == 0).ToArray();
            Assert.All(starts, r => Assert.Equal(starts[0] with { Dynamic = r.Dynamic }, r)); // same initialisation, same measurement
        }
        Assert.NotEqual(rows.Single(r => r.Seed == 1 && r.Iteration == 0 && r.Dynamic == "GD").TrainLoss,
            rows.Single(r => r.Seed == 2 && r.Iteration == 0 && r.Dynamic == "GD").TrainLoss);
        Assert.All(rows, r => Assert.True(r.Sharpness.Value > 0 && r.Sharpness.StandardError > 0));
    }

    [Fact]
    public void GdIsPlainFullBatchGradientDescentAtTheLearningRate()
    {
        var network = Vgg.Create(new ImageShape(1, 28, 28), Tiny.Features, Tiny.Classifier, 10);
        var objective = new NetworkObjective(network, TinyRegularizationRun.Data.Training.ToExamples(low: 0, high: 1), precision: Tiny.Precision);
        double atStart = run.Result.Table.Rows.Single(r => r.Dynamic == "GD" && r.Seed == 1 && r.Iteration == 0).TrainLoss;
        var theta = Regularization.InitialParameters(Tiny, network, PaperDynamic.Gd, seed: 1);
        Assert.Equal(atStart, objective.Loss(theta));
        var gradient = new double[theta.Length];
        for (int t = 0; t < Tiny.Iterations; t++)
        {
            objective.Gradient(theta, gradient);
            for (int i = 0; i < theta.Length; i++) theta[i] -= Tiny.LearningRate * gradient[i];
        }
        var final = run.Result.Table.Rows.Single(r => r.Dynamic == "GD" && r.Seed == 1 && r.Iteration == Tiny.Iterations);
        Assert.Equal(objective.Loss(theta), final.TrainLoss);

        // The curvature measures at that point: ‖∇L‖ exactly; λ₁ from 20 products within 10⁻⁴ of 60; the mean absolute change
        // at least the signed one's magnitude (pair by pair, (|a| + |b|)/2 ≥ |a + b|/2).
        objective.Gradient(theta, gradient);
        Assert.Equal(Math.Sqrt(gradient.Sum(g => g * g)), final.GradientNorm);
        double lambda = AnisotropicNoise.Indicators.HessianAt.Of(objective, theta, seed: 99).Eigenvalues(1, maxProducts: 60)[0];
        Assert.Equal(lambda, final.TopEigenvalue, lambda * 1e-4);
        Assert.All(run.Result.Table.Rows, r => Assert.True(r.Sharpness.Value >= Math.Abs(r.SignedSharpness.Value) && r.SignedSharpness.StandardError > 0));
    }

    [Fact]
    public void TheNumbersDoNotDependOnThreadsOrOnWhatElseRuns()
    {
        var alone = Regularization.Run(Tiny with { Dynamics = [PaperDynamic.GldDiag], Seeds = [2], MaxDegreeOfParallelism = 1 }, TinyRegularizationRun.Data);
        Assert.Equal(run.Result.Table.Rows.Where(r => r.Dynamic == "GLD diag" && r.Seed == 2), alone.Table.Rows);
        var concurrent = Regularization.Run(Tiny with { Dynamics = [PaperDynamic.Sgd, PaperDynamic.GldDynamic], ConcurrentRuns = 2 }, TinyRegularizationRun.Data);
        Assert.Equal(run.Result.Table.Rows.Where(r => r.Dynamic is "SGD" or "GLD dynamic").OrderBy(r => r.Dynamic), concurrent.Table.Rows.OrderBy(r => r.Dynamic));
    }

    [Fact]
    public void SgdRunsItsOwnIterationBudgetAsInTheScriptsAndItsRowsAreThoseOfTheLongerRun()
    {
        Assert.Equal((200_000, 100_000), (RegularizationSettings.Paper.IterationsOf(PaperDynamic.Gd), RegularizationSettings.Paper.IterationsOf(PaperDynamic.Sgd)));
        var shorter = Regularization.Run(Tiny with { Dynamics = [PaperDynamic.Sgd, PaperDynamic.Gd], Seeds = [1], SgdIterations = 10 }, TinyRegularizationRun.Data);
        Assert.Equal([0, 10], shorter.Table.Rows.Where(r => r.Dynamic == "SGD").Select(r => r.Iteration));
        Assert.Equal([0, 10, 20], shorter.Table.Rows.Where(r => r.Dynamic == "GD").Select(r => r.Iteration));
        Assert.Equal(run.Result.Table.Rows.Where(r => r.Dynamic == "SGD" && r.Seed == 1 && r.Iteration <= 10), shorter.Table.Rows.Where(r => r.Dynamic == "SGD"));
    }

    [Fact]
    public void AnInterruptedRunResumesToTheSameNumbers()
    {
        var settings = Tiny with { Dynamics = [PaperDynamic.GldDynamic], Seeds = [1] };
        using var folder = new TempDirectory();
        using var cancel = new CancellationTokenSource();
        var stopEarly = new Reports(p => { if (p.Completed == 1) cancel.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() => Regularization.Run(settings, TinyRegularizationRun.Data, folder.Path, stopEarly, cancel.Token));
        Assert.Single(Directory.GetFiles(folder.Path, "*.checkpoint"));
        var resumed = Regularization.Run(settings, TinyRegularizationRun.Data, folder.Path);
        Assert.Equal(run.Result.Table.Rows.Where(r => r.Dynamic == "GLD dynamic" && r.Seed == 1), resumed.Table.Rows);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.checkpoint"));
        Assert.Single(Directory.GetFiles(folder.Path, "*.csv"));
    }

    [Fact]
    public void TheRowsReadBackFromTheirCsvAndBadInputIsNamed()
    {
        Assert.Equal(run.Result.Table.Rows, RegularizationRow.Parse(RegularizationRow.Format(run.Result.Table.Rows)));
        string csv = run.Result.ToCsv();
        Assert.StartsWith("# data: SYNTHETIC STAND-IN", csv);
        Assert.Equal(run.Result.Table, RegularizationTable.FromCsv(csv) with { Rows = run.Result.Table.Rows });
        Assert.Equal(run.Result.Table.Rows, RegularizationTable.FromCsv(csv).Rows);
        Assert.Contains("line 2", Assert.Throws<InvalidDataException>(() => RegularizationRow.Parse(RegularizationRow.Header + "\nGD,1,0\n")).Message);
        Assert.Contains("GLD leading", Assert.Throws<ArgumentException>(() => (Tiny with { Dynamics = [PaperDynamic.GldLeading] }).Validate()).Message);
        Assert.Equal("RecordEvery", Assert.Throws<ArgumentOutOfRangeException>(() => (Tiny with { RecordEvery = 15 }).Validate()).ParamName);
    }

    [Fact]
    public void TheDeparturesAreTheSettingsThatDifferFromTheScriptsAndTheWaysWeMeasure()
    {
        string[] always = ["SharpnessDraws", "SharedInitialization", "Seed", "train_loss, train_accuracy", "gradient_norm, top_eigenvalue, sharpness_signed"];
        Assert.Equal(always, RegularizationSettings.Paper.Departures().Select(d => d.Setting));
        Assert.Equal(always, RegularizationSettings.PaperSvhn.Departures(RegularizationSettings.PaperSvhn).Select(d => d.Setting));
        Assert.Equal(["TrainingImages", "TestImages", .. always], RegularizationSettings.PaperSvhn.Departures().Select(d => d.Setting));
        Assert.Equal(("TrainingImages", "25,000", "50,000"), RegularizationSettings.PaperSvhn.Departures()[0]);
        var cpu = RegularizationSettings.Cpu.Departures();
        Assert.Contains(cpu, d => d.Setting == "Features, Classifier" && d.Scripts == "[64, M, 128, M, 256, 256, M, 512, 512, M, 512, 512, M] → [512, 512]");
        Assert.Contains(cpu, d => d.Setting == "Iterations" && d.Scripts == "200,000");
        Assert.DoesNotContain(cpu, d => d.Setting is "LearningRate" or "BatchSize" or "SharpnessSigma");
        Assert.DoesNotContain((RegularizationSettings.Paper with { SharedInitialization = false }).Departures(), d => d.Setting == "SharedInitialization");
        Assert.Equal(cpu.Count, RegularizationSettings.Cpu.DeparturesTable().Rows.Count);
    }

    [Fact]
    public void TheCpuNetworkIsTheDocumentedNarrowVgg()
    {
        // 1·9·8+8, 8·9·16+16, 16·9·32+32 convolutions; 28 → 14 → 7 → 3 after three pools; 288·64+64, 64·64+64, 64·10+10 dense.
        var network = Vgg.Create(new ImageShape(1, 28, 28), RegularizationSettings.Cpu.Features, RegularizationSettings.Cpu.Classifier, 10);
        Assert.Equal(80 + 1168 + 4640 + 18_496 + 4160 + 650, network.ParameterCount);
        Assert.Equal(29_194, network.ParameterCount);
    }

    [Fact]
    public void WithoutASharedInitialisationEachDynamicStartsFromItsOwn()
    {
        var settings = Tiny with { SharedInitialization = false, Seeds = [1], Iterations = 10, SgdIterations = null };
        var own = Regularization.Run(settings, TinyRegularizationRun.Data).Table.Rows.Where(r => r.Iteration == 0).ToArray();
        Assert.Equal(5, own.Select(r => r.TrainLoss).Distinct().Count());
        var network = Vgg.Create(new ImageShape(1, 28, 28), Tiny.Features, Tiny.Classifier, 10);
        var objective = new NetworkObjective(network, TinyRegularizationRun.Data.Training.ToExamples(low: 0, high: 1), precision: Tiny.Precision);
        Assert.Equal(objective.Loss(Regularization.InitialParameters(settings, network, PaperDynamic.Sgd, seed: 1)), own.Single(r => r.Dynamic == "SGD").TrainLoss);
        Assert.Equal(Regularization.InitialParameters(Tiny, network, PaperDynamic.Sgd, seed: 1), Regularization.InitialParameters(Tiny, network, PaperDynamic.Gd, seed: 1));
    }

    private sealed class Reports(Action<ExperimentProgress> report) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => report(value);
    }
}
