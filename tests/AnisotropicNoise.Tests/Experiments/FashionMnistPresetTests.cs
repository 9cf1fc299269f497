using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Networks;
using Xunit.Abstractions;

namespace AnisotropicNoise.Tests.Experiments;

public class FashionMnistPresetTests(ITestOutputHelper output)
{
    [Fact]
    public void QuickAndPaperShareTheGdPhaseAndItsCheckpoint()
    {
        var quick = FashionMnistSettings.Quick;
        var paper = FashionMnistSettings.Paper;
        Assert.Equal(
            (paper.TrainingImages, paper.CorruptedFrom, paper.CorruptedImages, paper.GdLearningRate, paper.GdStop, paper.GdMaxIterations, paper.Seed),
            (quick.TrainingImages, quick.CorruptedFrom, quick.CorruptedImages, quick.GdLearningRate, quick.GdStop, quick.GdMaxIterations, quick.Seed));
        Assert.Equal(
            FashionMnistCheckpoint.Key(paper, FashionMnistData.StandIn(paper)),
            FashionMnistCheckpoint.Key(quick, FashionMnistData.StandIn(quick)));
    }

    [Fact]
    public void The_start_point_is_named_by_the_gd_phase_s_stop_its_precision_the_images_and_the_data_seed()
    {
        var paper = FashionMnistSettings.Paper;
        Assert.Equal("first fit in single precision (1200 images; data seed 2019)", paper.StartPoint);
        Assert.Equal(paper.StartPoint, FashionMnistSettings.Quick.StartPoint);
        Assert.Equal("20000 GD steps in double precision (6000 images; data seed 2020)",
            (paper with { GdStop = GdStopRule.Steps, Precision = NetworkPrecision.Double, TrainingImages = 6000, Seed = 2020 }).StartPoint);
        Assert.Equal("GD to loss 0.01 in single precision (1200 images; data seed 2019)", (paper with { GdStop = GdStopRule.Loss }).StartPoint);
    }

    /// <summary>Tiny keeps the protocol (rates, noises, stop rule) at a size of seconds, and its runs never share a key with Quick's.</summary>
    [Fact]
    public void TinyIsTheSameProtocolAtASizeOfSecondsWithKeysOfItsOwn()
    {
        var tiny = FashionMnistSettings.Tiny;
        var quick = FashionMnistSettings.Quick;
        tiny.Validate();
        Assert.Equal((quick.GdLearningRate, quick.LearningRate, quick.GdStop, quick.LeadingScale, quick.Precision, quick.Seed),
            (tiny.GdLearningRate, tiny.LearningRate, tiny.GdStop, tiny.LeadingScale, tiny.Precision, tiny.Seed));
        Assert.Equal(quick.Dynamics, tiny.Dynamics);
        Assert.True(tiny.TrainingImages * tiny.Iterations < quick.TrainingImages * quick.Iterations / 100);
        Assert.NotEqual(FashionMnistCheckpoint.Key(quick, FashionMnistData.StandIn(quick)), FashionMnistCheckpoint.Key(tiny, FashionMnistData.StandIn(tiny)));
    }

    /// <summary>The check at the presets' own size: GD fits all 1,200 stand-in labels, the 200 random ones included (1,977 steps with seed 2019, minutes).</summary>
    [Fact]
    public void TheGdPhaseOfThePresetsFitsTheCorruptedStandIn()
    {
        var settings = FashionMnistSettings.Quick;
        var data = FashionMnistData.StandIn(settings);
        var training = new NetworkObjective(SmallCnn.Create(), data.Training.ToExamples(), settings.MaxDegreeOfParallelism);
        var start = FashionMnistGdPhase.Run(training, settings, "test");
        output.WriteLine($"GD phase: {start.Iterations} steps, training accuracy {start.TrainAccuracy}, loss {start.TrainLoss}");
        Assert.True(start.Fitted, $"not fit after {start.Iterations} steps: training accuracy {start.TrainAccuracy}");
        Assert.Equal(1.0, training.Accuracy(start.Theta));
    }
}
