using AnisotropicNoise.Experiments.FashionMnist;

namespace AnisotropicNoise.Tests.Experiments;

/// <summary>The start's sentence: written from the start and its measurement, and read back to what runs from one start share.</summary>
public sealed class FashionMnistStartLineTests
{
    private static readonly string Whole = FashionMnistRunFilesTests.Whole;

    private static readonly string Committed = Whole.Split('\n').Single(l => l.StartsWith("# " + FashionMnistStartLine.Prefix, StringComparison.Ordinal))[2..];

    private const string Checkpoint = "fashion-mnist-gd-BA7CCC20A119130BE5253AB0.bin";

    [Fact]
    public void The_committed_runs_start_line_is_what_its_start_and_first_row_write()
    {
        var atStart = FashionMnistTable.FromCsv(Whole).Rows.First(r => r.Dynamic == "GD" && r.Iteration == 0);
        var start = new FashionMnistStart([], 2876, Fitted: true, TrainAccuracy: 1, atStart.TrainLoss, $"loaded from checkpoint {Checkpoint}");
        Assert.Equal(Committed, FashionMnistStartLine.Write(FashionMnistSettings.Paper, start, atStart));
    }

    [Theory]
    [InlineData("computed, saved as checkpoint " + Checkpoint)]
    [InlineData("resumed at step 1200 of an interrupted run, saved as checkpoint " + Checkpoint)]
    public void A_start_loaded_computed_or_resumed_into_one_checkpoint_is_one_start(string origin)
    {
        string other = Committed.Replace($"loaded from checkpoint {Checkpoint}", origin, StringComparison.Ordinal);
        Assert.NotEqual(Committed, other);
        Assert.Equal(FashionMnistStartLine.WithoutOrigin(Committed), FashionMnistStartLine.WithoutOrigin(other));
        Assert.EndsWith($"λ₁ 19.81 {Checkpoint}", FashionMnistStartLine.WithoutOrigin(other), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_checkpoint_is_another_start()
    {
        string other = Committed.Replace(Checkpoint, "fashion-mnist-gd-0000000000000000000000AA.bin", StringComparison.Ordinal);
        Assert.NotEqual(FashionMnistStartLine.WithoutOrigin(Committed), FashionMnistStartLine.WithoutOrigin(other));
    }
}
