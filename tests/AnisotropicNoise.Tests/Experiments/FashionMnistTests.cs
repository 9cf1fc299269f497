using AnisotropicNoise.Experiments;
using AnisotropicNoise.Networks;
using Xunit.Abstractions;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>One run of the whole experiment on the stand-in, smaller than Quick, shared by the tests that read it.</summary>
public sealed class TinyFashionMnistRun
{
    /// <summary>Smaller than Quick through the same code path: 120 training and 200 test images of the stand-in.</summary>
    public static readonly FashionMnistSettings Settings = new()
    {
        CleanImages = 100, CorruptedImages = 20, TestImages = 200, GdMaxIterations = 3000, Iterations = 20, RecordEvery = 10,
        BatchSize = 10, LeadingCount = 5, LanczosBudget = 15, PowerIterations = 10, SharpnessDraws = 5, TraceProbes = 5,
    };

    public FashionMnistResult Result { get; } = FashionMnistExperiment.Run(Settings, FashionMnistData.StandIn(Settings));
}

public class FashionMnistTests(TinyFashionMnistRun run, ITestOutputHelper output) : IClassFixture<TinyFashionMnistRun>
{
    private static readonly string[] PaperDynamics =
        ["GD", "GLD const", "GLD dynamic", "GLD diag", "GLD leading", "GLD Hessian", "GLD 1st eigvec(H)", "SGD"];

    [Fact]
    public void GdPhaseFitsTheCorruptedTrainingSet()
    {
        var start = run.Result.Start;
        output.WriteLine($"GD phase: {start.Iterations} steps, training accuracy {start.TrainAccuracy}, loss {start.TrainLoss}");
        Assert.True(start.Fitted, $"not fit after {start.Iterations} steps: accuracy {start.TrainAccuracy}");
        Assert.Equal(1.0, start.TrainAccuracy);
        Assert.InRange(start.Iterations, 1, TinyFashionMnistRun.Settings.GdMaxIterations);
    }

    [Fact]
    public void EveryDynamicIsMeasuredAtTheSameIterationsFromTheSameStart()
    {
        var result = run.Result;
        Assert.Equal(PaperDynamics, result.Dynamics);
        var atStart = result.Of("GD")[0];
        foreach (string name in PaperDynamics)
        {
            var rows = result.Of(name);
            Assert.Equal([0, 10, 20], rows.Select(r => r.Iteration));
            Assert.Equal(atStart with { Dynamic = name }, rows[0]);
            foreach (var r in rows)
            {
                Assert.Equal(r.TraceHSigma / r.TraceHSigmaBar, r.Ratio, 1e-12 * r.Ratio);
                Assert.True(r.TraceSigma > 0 && r.TraceHSigma > 0, $"{name} at {r.Iteration}: Tr Σ̂ = {r.TraceSigma}, Tr(HΣ̂) = {r.TraceHSigma}");
                Assert.InRange(r.TestAccuracy, 0, 1);
            }
            var final = result.Final(name);
            output.WriteLine($"{name,-18} test accuracy {atStart.TestAccuracy:F4} → {final.TestAccuracy:F4}, sharpness {atStart.Sharpness:G4} → {final.Sharpness:G4}, ratio {final.Ratio:F1}");
        }
    }

    [Fact]
    public void GdIsDeterministicSoItsPathIsPlainGradientDescent()
    {
        // GD draws nothing: running it again from the same start gives the same final loss.
        var settings = TinyFashionMnistRun.Settings;
        var data = FashionMnistData.StandIn(settings);
        var objective = new NetworkObjective(SmallCnn.Create(), data.Training.ToExamples());
        var theta = (double[])run.Result.Start.Theta.Clone();
        var gradient = new double[theta.Length];
        for (int t = 0; t < settings.Iterations; t++)
        {
            objective.Gradient(theta, gradient);
            for (int i = 0; i < theta.Length; i++) theta[i] -= settings.LearningRate * gradient[i];
        }
        Assert.Equal(objective.Loss(theta), run.Result.Final("GD").TrainLoss);
    }

    [Fact]
    public void CsvSaysItRanOnTheStandInAndHasOneRowPerRecord()
    {
        var lines = run.Result.ToCsv().TrimEnd('\n').Split('\n');
        Assert.StartsWith("# data: SYNTHETIC STAND-IN", lines[0]);
        Assert.StartsWith("# GD phase:", lines[1]);
        Assert.Equal("dynamic,iteration,test_accuracy,train_loss,sharpness,trace_sigma,ratio", lines[2]);
        Assert.Equal(8 * 3, lines.Length - 3);
        Assert.All(lines[3..], l => Assert.Equal(7, l.Split(',').Length));
        Assert.True(run.Result.IsStandIn);
    }

    [Fact]
    public void SameSeedSameNumbers_WhateverTheThreadCount()
    {
        var settings = TinyFashionMnistRun.Settings with { GdMaxIterations = 3, Iterations = 4, RecordEvery = 2, Seed = 7 };
        var data = FashionMnistData.StandIn(settings);
        var one = FashionMnistExperiment.Run(settings with { MaxDegreeOfParallelism = 1 }, data);
        var all = FashionMnistExperiment.Run(settings with { MaxDegreeOfParallelism = -1 }, data);
        Assert.Equal(one.ToCsv(), all.ToCsv());
    }

    [Fact]
    public void BadSettingsNameTheSetting()
    {
        var settings = TinyFashionMnistRun.Settings;
        Assert.Equal("BatchSize", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { BatchSize = 61 }).Validate()).ParamName);
        Assert.Equal("LearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { LearningRate = double.NaN }).Validate()).ParamName);
        Assert.Equal("LanczosBudget", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { LanczosBudget = 4 }).Validate()).ParamName);
        Assert.Equal("MaxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => (settings with { MaxDegreeOfParallelism = 0 }).Validate()).ParamName);
    }
}
