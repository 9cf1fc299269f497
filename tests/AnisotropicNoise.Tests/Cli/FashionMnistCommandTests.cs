using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Cli;

[Trait(TestCategory.Name, TestCategory.Experiments)]
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
    public void TheFastNumericsAreTheDefaultsAndTheSavedRunsNumericsCanBeAskedFor()
    {
        var command = new FashionMnistCommand();
        FashionMnistSettings Parse(params string[] args) => FashionMnistCommand.Settings(new Arguments(args, command.Flags));
        var defaults = Parse("--preset", "paper");
        Assert.True(defaults.GradientFromShuffledPass);
        Assert.Equal(AnisotropicNoise.Networks.NetworkPrecision.Single, defaults.Precision);
        Assert.Equal(AnisotropicNoise.Noise.WarmEigenSolver.Lanczos, defaults.EigenvectorWarmSolver);
        Assert.True(Parse("--preset", "paper", "--gradient-from-pass").GradientFromShuffledPass);
        var saved = Parse("--preset", "paper", "--full-gradient", "--precision", "double", "--eigvec-solver", "power");
        Assert.Equal(FashionMnistSettings.Paper.WithSavedRunNumerics(), saved);
        Assert.Contains("exclude each other", Assert.Throws<UsageException>(() => Parse("--gradient-from-pass", "--full-gradient")).Message);
        Assert.Contains("--precision must be single or double", Assert.Throws<UsageException>(() => Parse("--precision", "half")).Message);
    }
}
