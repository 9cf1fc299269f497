using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Data;
using AnisotropicNoise.Tests.Support;
using Xunit.Abstractions;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>One run of the whole experiment on the stand-in, smaller than Quick, shared by the tests that read it.</summary>
[Trait(TestCategory.Name, TestCategory.Experiments)]
public sealed class TinyFashionMnistRun
{
    /// <summary>Smaller than Quick through the same code path: 120 training (20 random labels) and 200 test images of the stand-in, two seeds.</summary>
    public static readonly FashionMnistSettings Settings = new()
    {
        TrainingImages = 120, CorruptedFrom = 100, CorruptedImages = 20, TestImages = 200, RecordTestImages = 100, SharpnessTestImages = 100,
        GdMaxIterations = 3000, Iterations = 20, RecordEvery = 10, Seeds = [1, 2],
        BatchSize = 10, LeadingCount = 5, LanczosBudget = 15, PowerIterations = 10, SharpnessMaxPairs = 40, TraceProbes = 5, TopEigenvalueBudget = 10,
    };

    public static FashionMnistData Data => FashionMnistData.StandIn(Settings);

    public FashionMnistResult Result { get; } = FashionMnistExperiment.Run(Settings, Data);
}

public class FashionMnistTests(TinyFashionMnistRun run, ITestOutputHelper output) : IClassFixture<TinyFashionMnistRun>
{
    private static readonly string[] PaperDynamics =
        ["GD", "GLD const", "GLD dynamic", "GLD diag", "GLD leading", "GLD Hessian", "GLD 1st eigvec(H)", "SGD"];

    [Fact]
    public void GdPhaseFitsTheCorruptedTrainingSet()
    {
        var start = run.Result.Start;
        output.WriteLine(run.Result.StartSummary);
        Assert.True(start.Fitted, $"not fit after {start.Iterations} steps: accuracy {start.TrainAccuracy}");
        Assert.Equal(1.0, start.TrainAccuracy);
        Assert.Equal(1.0, run.Result.AtStart.TrainAccuracyClean);
        Assert.Equal(1.0, run.Result.AtStart.TrainAccuracyRandom);
        Assert.Equal(200, run.Result.AtStart.TestImages);
        Assert.InRange(start.Iterations, 1, TinyFashionMnistRun.Settings.GdMaxIterations);
    }

    [Fact]
    public void EveryNoisyDynamicRunsOncePerSeedAndGdOnceFromTheSameStart()
    {
        var table = run.Result.Table;
        Assert.Equal(PaperDynamics, table.Dynamics);
        var atStart = run.Result.AtStart;
        foreach (string name in PaperDynamics)
        {
            var finals = table.Finals(name);
            Assert.Equal(name == "GD" ? [1] : new[] { 1, 2 }, finals.Select(r => r.Seed));
            foreach (int seed in finals.Select(r => r.Seed))
            {
                var rows = table.Of(name).Where(r => r.Seed == seed).ToArray();
                Assert.Equal([0, 10, 20], rows.Select(r => r.Iteration));
                Assert.Equal(atStart with { Dynamic = name, Seed = seed }, rows[0]);
                Assert.Equal([200, 100, 200], rows.Select(r => r.TestImages)); // every test image at the start and the end only
            }
            var final = finals[^1];
            output.WriteLine($"{name,-18} test accuracy {atStart.TestAccuracy:F4} → {final.TestAccuracy:F4}, sharpness {atStart.Sharpness.Value:G4} → {final.Sharpness.Value:G4}, ratio {final.Ratio.Value:F1} ± {final.Ratio.StandardError:F1}");
        }
        // The seeds differ for noisy dynamics.
        Assert.NotEqual(table.Finals("SGD")[0].TrainLoss, table.Finals("SGD")[1].TrainLoss);
    }

    [Fact]
    public void EveryRowIsInternallyConsistent()
    {
        int d = SmallCnn.Create().ParameterCount;
        foreach (var r in run.Result.Table.Rows)
        {
            // The ratio is Tr(HΣ̂) over Tr H · Tr Σ̂ / D, and its error is positive.
            Assert.Equal(r.TraceHSigma.Value / (r.TraceH.Value * r.TraceSigma / d), r.Ratio.Value, 1e-9 * r.Ratio.Value);
            Assert.True(r.Ratio.StandardError > 0 && r.TraceH.StandardError > 0 && r.TraceHSigma.StandardError > 0);
            Assert.InRange(r.TrainAccuracyClean, 0, 1);
            Assert.InRange(r.TrainAccuracyRandom, 0, 1);
            // Pair by pair (|ΔL(ν)| + |ΔL(−ν)|)/2 ≥ |ΔL(ν) + ΔL(−ν)|/2, so the means keep that order.
            Assert.True(r.SharpnessAbsolute.Value >= Math.Abs(r.Sharpness.Value) - 1e-15, $"{r.Dynamic} {r.Iteration}: E|ΔL| < |E ΔL|");
            Assert.True(r.TestSharpnessAbsolute.Value >= Math.Abs(r.TestSharpness.Value) - 1e-15, $"{r.Dynamic} {r.Iteration}: test E|ΔL| < |E ΔL|");
        }
    }

    [Fact]
    public void CleanAndRandomLabelAccuraciesMakeUpTheTrainingAccuracy()
    {
        var settings = TinyFashionMnistRun.Settings;
        var data = TinyFashionMnistRun.Data;
        var objective = new NetworkObjective(SmallCnn.Create(), data.Training.ToExamples(), precision: settings.Precision);
        var final = run.Result.Table.Finals("SGD")[0];
        var theta = FinalParameters(settings with { Dynamics = [PaperDynamic.Sgd], Seeds = [final.Seed] }, data);
        double whole = objective.Accuracy(theta);
        double weighted = (final.TrainAccuracyClean * settings.CleanImages + final.TrainAccuracyRandom * settings.CorruptedImages) / settings.TrainingImages;
        Assert.Equal(whole, weighted, 1e-12);
        Assert.Equal(objective.Loss(theta), final.TrainLoss, 1e-12);
    }

    [Fact]
    public void GdIsPlainGradientDescentAtTheDynamicsLearningRate()
    {
        var settings = TinyFashionMnistRun.Settings;
        var objective = new NetworkObjective(SmallCnn.Create(), TinyFashionMnistRun.Data.Training.ToExamples(), precision: settings.Precision);
        var theta = (double[])run.Result.Start.Theta.Clone();
        var gradient = new double[theta.Length];
        for (int t = 0; t < settings.Iterations; t++)
        {
            objective.Gradient(theta, gradient);
            for (int i = 0; i < theta.Length; i++) theta[i] -= settings.LearningRate * gradient[i];
        }
        Assert.Equal(objective.Loss(theta), run.Result.Table.Finals("GD")[0].TrainLoss);
    }

    [Theory]
    [InlineData(PaperDynamic.Sgd, 2)]
    [InlineData(PaperDynamic.GldDiag, 1)]
    public void ParametersAlongARunAreThePointsTheRunRecords(PaperDynamic dynamic, int seed)
    {
        var settings = TinyFashionMnistRun.Settings;
        var objective = new NetworkObjective(SmallCnn.Create(), TinyFashionMnistRun.Data.Training.ToExamples(), precision: settings.Precision);
        var points = FashionMnistExperiment.ParametersAlong(settings, objective, run.Result.Start.Theta, dynamic, seed, [0, 10, 20]);
        Assert.Equal(run.Result.Start.Theta, points[0]);
        var rows = run.Result.Table.Of(dynamic.DisplayName()).Where(r => r.Seed == seed).ToArray();
        Assert.Equal(rows.Select(r => r.TrainLoss), points.Select(theta => objective.Loss(theta)));

        Assert.Equal("iterations", Assert.Throws<ArgumentException>(() =>
            FashionMnistExperiment.ParametersAlong(settings, objective, run.Result.Start.Theta, dynamic, seed, [0, 15])).ParamName);
        Assert.Equal("iterations", Assert.Throws<ArgumentException>(() =>
            FashionMnistExperiment.ParametersAlong(settings, objective, run.Result.Start.Theta, dynamic, seed, [10, 10])).ParamName);
    }

    [Fact]
    public void ARunsNumbersDependOnlyOnItsDynamicAndSeedNotOnWhatElseRuns()
    {
        var settings = TinyFashionMnistRun.Settings with { Dynamics = [PaperDynamic.Sgd, PaperDynamic.GldDiag], Seeds = [2] };
        var alone = FashionMnistExperiment.Run(settings, TinyFashionMnistRun.Data);
        foreach (string name in new[] { "SGD", "GLD diag" })
            Assert.Equal(run.Result.Table.Of(name).Where(r => r.Seed == 2), alone.Table.Of(name));
    }

    [Fact]
    public void AnInterruptedRunResumesToTheSameNumbersAndAFinishedOneIsNotRecomputed()
    {
        var settings = TinyFashionMnistRun.Settings with { Dynamics = [PaperDynamic.GldLeading, PaperDynamic.Sgd], Seeds = [1] };
        using var folder = new TempDirectory();
        using var cancel = new CancellationTokenSource();
        // Stop after the first recorded stretch of either run (both go at once): its checkpoint is on disk, nothing is finished.
        var stopEarly = new SynchronousProgress(p => { if (p.Completed == 3) cancel.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() => FashionMnistExperiment.Run(settings, TinyFashionMnistRun.Data, folder.Path, stopEarly, cancel.Token));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder.Path, "runs"), "*.checkpoint"));
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(folder.Path, "runs"), "*.csv"), f => !Path.GetFileName(f).StartsWith("start-", StringComparison.Ordinal));

        var resumed = FashionMnistExperiment.Run(settings, TinyFashionMnistRun.Data, folder.Path);
        Assert.Equal(run.Result.Table.Of("GLD leading").Where(r => r.Seed == 1), resumed.Table.Of("GLD leading"));
        Assert.Equal(run.Result.Table.Of("SGD").Where(r => r.Seed == 1), resumed.Table.Of("SGD"));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, "runs"), "*.checkpoint"));

        // A finished run is read back, not recomputed: corrupting its file makes the next run recompute it, same numbers.
        var progress = new List<int>();
        var again = FashionMnistExperiment.Run(settings, TinyFashionMnistRun.Data, folder.Path, new SynchronousProgress(p => progress.Add(p.Completed)));
        Assert.Equal(resumed.Table.Rows, again.Table.Rows);
        var file = Directory.GetFiles(Path.Combine(folder.Path, "runs"), "sgd-*.csv").Single();
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 1;
        File.WriteAllBytes(file, bytes);
        Assert.Equal(resumed.Table.Rows, FashionMnistExperiment.Run(settings, TinyFashionMnistRun.Data, folder.Path).Table.Rows);
    }

    [Fact]
    public void CsvHoldsEverySeedNamesTheDataAndTheDeparturesAndReadsBack()
    {
        string csv = run.Result.ToCsv();
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.StartsWith("# data: SYNTHETIC STAND-IN", lines[0]);
        Assert.StartsWith("# GD phase", lines[1]);
        Assert.Equal("# departure: Images = a synthetic stand-in (28×28, 10 classes), not FashionMNIST; scripts: FashionMNIST's official files", lines[2]);
        Assert.Contains(lines, l => l.StartsWith("# departure: LeadingDrawsEveryStep", StringComparison.Ordinal));
        int header = Array.FindIndex(lines, l => l.StartsWith("start,", StringComparison.Ordinal));
        Assert.Equal("start," + FashionMnistCsv.Header, lines[header]);
        Assert.Equal("start,dynamic,seed,iteration", string.Join(',', lines[header].Split(',')[..4]));
        Assert.Equal((7 * 2 + 1) * 3, run.Result.Table.Rows.Count);
        Assert.All(lines[(header + 1)..], l => Assert.StartsWith(run.Result.Settings.StartPoint + ",", l));
        var back = FashionMnistTable.FromCsv(csv);
        Assert.Equal(run.Result.Table.Rows, back.Rows);
        Assert.Equal(run.Result.Settings.StartPoint, back.StartPoint);
        Assert.True(back.IsStandIn);
        Assert.Equal(run.Result.DataDescription, back.DataDescription);
    }

    [Fact]
    public void SameSeedSameNumbers_WhateverTheThreadCount()
    {
        var settings = TinyFashionMnistRun.Settings with
        {
            GdMaxIterations = 3, Iterations = 20, RecordEvery = 10, Seed = 7, Dynamics = [PaperDynamic.GldHessian, PaperDynamic.Sgd], Seeds = [1],
        };
        var data = FashionMnistData.StandIn(settings);
        var one = FashionMnistExperiment.Run(settings with { MaxDegreeOfParallelism = 1 }, data);
        var all = FashionMnistExperiment.Run(settings with { MaxDegreeOfParallelism = -1 }, data);
        Assert.Equal(one.ToCsv(), all.ToCsv());
    }

    [Fact]
    public void RunsSideBySideGiveTheRowsOfRunsOneAfterAnother()
    {
        var settings = TinyFashionMnistRun.Settings with
        {
            GdMaxIterations = 3, Iterations = 20, RecordEvery = 10, Seed = 8, Seeds = [1, 2],
            Dynamics = [PaperDynamic.Gd, PaperDynamic.GldDiag, PaperDynamic.GldEigenvector, PaperDynamic.Sgd],
        };
        var data = FashionMnistData.StandIn(settings);
        var sequential = FashionMnistExperiment.Run(settings with { ConcurrentRuns = 1 }, data);
        var concurrent = FashionMnistExperiment.Run(settings with { ConcurrentRuns = 3 }, data);
        Assert.Equal(7 * 3, sequential.Table.Rows.Count); // GD once, three dynamics × two seeds; three rows each
        Assert.Equal(sequential.ToCsv(), concurrent.ToCsv());
    }

    [Fact]
    public void BadSettingsNameTheSetting()
    {
        var settings = TinyFashionMnistRun.Settings;
        Assert.Equal("BatchSize", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { BatchSize = 61 }).Validate()).ParamName);
        Assert.Equal("LearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { LearningRate = double.NaN }).Validate()).ParamName);
        Assert.Equal("LanczosBudget", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { LanczosBudget = 4 }).Validate()).ParamName);
        Assert.Equal("MaxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { MaxDegreeOfParallelism = 0 }).Validate()).ParamName);
        Assert.Equal("ConcurrentRuns", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { ConcurrentRuns = 0 }).Validate()).ParamName);
        Assert.Equal("RecordEvery", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { RecordEvery = 15 }).Validate()).ParamName);
        Assert.Equal("CorruptedImages", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { CorruptedImages = 21 }).Validate()).ParamName);
        Assert.Equal("RecordTestImages", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { RecordTestImages = 201 }).Validate()).ParamName);
        Assert.Equal("Seeds", Assert.Throws<ArgumentException>(() => (settings with { Seeds = [1, 1] }).Validate()).ParamName);
        Assert.Equal("Dynamics", Assert.Throws<ArgumentException>(() => (settings with { Dynamics = [] }).Validate()).ParamName);
    }

    private static double[] FinalParameters(FashionMnistSettings settings, FashionMnistData data)
    {
        // Re-runs the one run through the loop it uses, to get its final parameters.
        var training = new NetworkObjective(SmallCnn.Create(), data.Training.ToExamples(), precision: settings.Precision);
        var dynamic = FashionMnistDynamics.Create(settings.Dynamics[0], settings);
        var random = RandomStream.ForTask(RandomStream.DeriveSeed(settings.Seed, settings.Seeds[0]), settings.Dynamics[0].StreamKey());
        var theta = FashionMnistGdPhase.Run(training, settings, "test").Theta;
        for (int done = 0; done < settings.Iterations; done += settings.RecordEvery)
            theta = DynamicsRunner.Run(training, theta, dynamic, new GradientStep(settings.LearningRate), settings.RecordEvery, random, Recording.FinalOnly).Final;
        return theta;
    }

    private sealed class SynchronousProgress(Action<ExperimentProgress> report) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value) => report(value);
    }
}
