using AnisotropicNoise.Experiments;
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
