using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Tests.Data;

namespace AnisotropicNoise.Tests.Experiments;

public class FashionMnistCheckpointTests
{
    private static readonly FashionMnistSettings Settings = TinyFashionMnistRun.Settings with { GdMaxIterations = 3 };
    private static readonly FashionMnistData Data = FashionMnistData.StandIn(Settings);
    private static readonly NetworkObjective Training = new(SmallCnn.Create(), Data.Training.ToExamples());

    private static string CheckpointIn(TempDirectory folder) => FashionMnistCheckpoint.PathFor(folder.Path, FashionMnistCheckpoint.Key(Settings, Data));

    [Fact]
    public void FirstRunSavesAndTheNextLoadsTheSameStart()
    {
        using var folder = new TempDirectory();
        var computed = FashionMnistGdPhase.LoadOrRun(Training, Settings, Data, folder.Path);
        Assert.StartsWith("computed", computed.Origin);
        Assert.Equal(3, computed.Iterations);
        Assert.Equal([Path.GetFileName(CheckpointIn(folder))], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        var loaded = FashionMnistGdPhase.LoadOrRun(Training, Settings, Data, folder.Path);
        Assert.StartsWith("loaded from", loaded.Origin);
        Assert.Equal(computed.Theta, loaded.Theta);
        Assert.Equal(computed with { Origin = loaded.Origin, Theta = loaded.Theta }, loaded);
    }

    [Fact]
    public void An_interrupted_GD_phase_resumes_from_its_last_save_with_the_uninterrupted_result()
    {
        var settings = Settings with { GdMaxIterations = 250, GdStop = GdStopRule.Steps };
        using var whole = new TempDirectory();
        var uninterrupted = FashionMnistGdPhase.LoadOrRun(Training, settings, Data, whole.Path, saveEvery: 100);
        Assert.Single(Directory.GetFiles(whole.Path)); // the save of the unfinished phase is gone

        using var folder = new TempDirectory();
        using var stop = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            FashionMnistGdPhase.LoadOrRun(Training, settings, Data, folder.Path, new StopAtStep(200, stop), stop.Token, saveEvery: 100));
        string partial = FashionMnistCheckpoint.PathFor(folder.Path, FashionMnistCheckpoint.Key(settings, Data)) + ".partial";
        Assert.Equal(200, FashionMnistCheckpoint.Load(partial, FashionMnistCheckpoint.Key(settings, Data), Training.Dimension, "").Iterations);

        var resumed = FashionMnistGdPhase.LoadOrRun(Training, settings, Data, folder.Path, saveEvery: 100);
        Assert.StartsWith("resumed at step 200 of an interrupted run", resumed.Origin);
        Assert.Equal(uninterrupted.Theta, resumed.Theta);
        Assert.Equal(250, resumed.Iterations);
        Assert.False(File.Exists(partial));
    }

    [Theory]
    [InlineData("truncate")]
    [InlineData("flip")]
    [InlineData("empty")]
    public void AnUnusableCheckpointIsRecomputedAndReplaced_SayingSo(string damage)
    {
        using var folder = new TempDirectory();
        var computed = FashionMnistGdPhase.LoadOrRun(Training, Settings, Data, folder.Path);
        string path = CheckpointIn(folder);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "truncate" => bytes[..(bytes.Length / 2)],
            "flip" => [.. bytes[..100], (byte)(bytes[100] ^ 1), .. bytes[101..]],
            _ => [],
        });
        var recomputed = FashionMnistGdPhase.LoadOrRun(Training, Settings, Data, folder.Path);
        Assert.StartsWith("recomputed: the checkpoint was unusable", recomputed.Origin);
        Assert.Equal(computed.Theta, recomputed.Theta);
        Assert.StartsWith("loaded from", FashionMnistGdPhase.LoadOrRun(Training, Settings, Data, folder.Path).Origin);
    }

    [Fact]
    public void LoadRejectsAForeignKeyOrDimensionNamingTheProblem()
    {
        using var folder = new TempDirectory();
        FashionMnistGdPhase.LoadOrRun(Training, Settings, Data, folder.Path);
        string path = CheckpointIn(folder), key = FashionMnistCheckpoint.Key(Settings, Data);
        Assert.Contains("holds key", Assert.Throws<InvalidDataException>(() => FashionMnistCheckpoint.Load(path, "OTHER", Training.Dimension, "")).Message);
        Assert.Contains("parameters", Assert.Throws<InvalidDataException>(() => FashionMnistCheckpoint.Load(path, key, 10, "")).Message);
    }

    [Fact]
    public void TheKeyFollowsTheGdSettingsAndTheData()
    {
        string key = FashionMnistCheckpoint.Key(Settings, Data);
        Assert.Equal(key, FashionMnistCheckpoint.Key(Settings with { Iterations = 99, LearningRate = 0.5 }, Data));
        Assert.NotEqual(key, FashionMnistCheckpoint.Key(Settings with { GdLearningRate = 0.2 }, Data));
        Assert.NotEqual(key, FashionMnistCheckpoint.Key(Settings, FashionMnistData.StandIn(Settings with { Seed = 3 })));
    }

    /// <summary>Cancels <paramref name="stop"/> once the phase reports reaching <paramref name="step"/> (it reports every 100 steps).</summary>
    private sealed class StopAtStep(int step, CancellationTokenSource stop) : IProgress<int>
    {
        public void Report(int value)
        {
            if (value >= step) stop.Cancel();
        }
    }
}
