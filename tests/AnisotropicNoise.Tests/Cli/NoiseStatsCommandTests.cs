using AnisotropicNoise.Tests.Support;
using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;

namespace AnisotropicNoise.Tests.Cli;

[Trait(TestCategory.Name, TestCategory.Experiments)]
public class NoiseStatsCommandTests
{
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
