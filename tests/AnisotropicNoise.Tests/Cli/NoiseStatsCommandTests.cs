using AnisotropicNoise.Tests.Support;
using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Tests.Data;

namespace AnisotropicNoise.Tests.Cli;

[Trait(TestCategory.Name, TestCategory.Experiments)]
public class NoiseStatsCommandTests
{
    [Fact]
    public void SeedIsFashionMnistsDataSeedSoBothStartFromTheSameSharpMinimum()
    {
        using var folder = new TempDirectory();
        string[] tiny = ["--preset", "tiny", "--images", "standin", "--checkpoints", folder.Path, "--csv"];
        string[] noiseStats = [.. tiny, "--batch-sizes", "5", "--minibatches", "16", "--eigen", "1", "--random", "1", "--scale-minibatches", "2"];
        string[] StartPoints() => [.. Directory.GetFiles(folder.Path, "fashion-mnist-gd-*.bin").Select(Path.GetFileName).Order()!];
        CommandRunner.Run(new FashionMnistCommand(), [.. tiny, "--seed", "7", "--dynamics", "gd"]);
        var afterRun = StartPoints();
        Assert.Single(afterRun);
        Assert.Equal(0, CommandRunner.Run(new NoiseStatsCommand(), [.. noiseStats, "--seed", "7"]).Code);
        Assert.Equal(afterRun, StartPoints()); // loaded, not computed anew
        CommandRunner.Run(new NoiseStatsCommand(), noiseStats);
        Assert.Equal(2, StartPoints().Length); // the default data seed's sharp minimum is another one
    }

    [Theory]
    [InlineData("--preset", "huge", "--preset")]
    [InlineData("--batch-sizes", "1,0", "--batch-sizes")]
    [InlineData("--batch-sizes", "20,x", "'x'")]
    [InlineData("--minibatches", "3", "minibatches")]
    [InlineData("--at", "0,-500", "--at")]
    [InlineData("--dynamic", "adam", "--dynamic")]
    [InlineData("--run-seed", "-1", "run-seed")]
    public void BadInputIsAUsageErrorNamingIt(string option, string value, string named)
    {
        var e = Assert.Throws<UsageException>(() => CommandRunner.Run(new NoiseStatsCommand(), option, value));
        Assert.Contains(named, e.Message);
    }
}
