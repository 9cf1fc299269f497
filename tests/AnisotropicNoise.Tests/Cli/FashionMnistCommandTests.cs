using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;

namespace AnisotropicNoise.Tests.Cli;

public class FashionMnistCommandTests
{
    [Theory]
    [InlineData("--preset", "huge", "--preset")]
    [InlineData("--iterations", "0", "--iterations")]
    [InlineData("--every", "-3", "--every")]
    [InlineData("--runs-at-once", "0", "--runs-at-once")]
    [InlineData("--eigvec-solver", "arnoldi", "--eigvec-solver")]
    [InlineData("--wobble", "1", "--wobble")]
    public void BadInputIsAUsageErrorNamingIt(string option, string value, string named)
    {
        var command = new FashionMnistCommand();
        var e = Assert.Throws<UsageException>(() => command.Run(new Arguments([option, value], command.Flags), TextWriter.Null, TextWriter.Null));
        Assert.Contains(named, e.Message);
    }

    [Fact]
    public void GradientFromPassIsAFlagAndOffByDefault()
    {
        var command = new FashionMnistCommand();
        Assert.False(FashionMnistCommand.Settings(new Arguments(["--preset", "paper"], command.Flags)).GradientFromShuffledPass);
        Assert.True(FashionMnistCommand.Settings(new Arguments(["--preset", "paper", "--gradient-from-pass"], command.Flags)).GradientFromShuffledPass);
    }
}
