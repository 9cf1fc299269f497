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
    [InlineData("--biases", "uniform", "--biases must be zero or truncated-normal, not 'uniform'.")]
    [InlineData("--hessian-scale", "max", "--hessian-scale must be trace or scripts, not 'max'.")]
    [InlineData("--gd-stop", "never", "--gd-stop must be fit, steps or loss, not 'never'.")]
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

    [Fact]
    public void The_scripts_bias_draw_and_hessian_scale_and_the_tiny_preset_are_options()
    {
        var command = new FashionMnistCommand();
        FashionMnistSettings Parse(params string[] args) => FashionMnistCommand.Settings(new Arguments(args, command.Flags));
        Assert.Equal(FashionMnistSettings.Tiny, Parse("--preset", "tiny"));
        var scripts = Parse("--preset", "paper", "--biases", "truncated-normal", "--hessian-scale", "scripts");
        Assert.Equal(FashionMnistSettings.Paper with { BiasesFromTruncatedNormal = true, HessianScale = HessianScale.ScriptsSignedSum }, scripts);
        Assert.Equal(FashionMnistSettings.Paper, Parse("--preset", "paper", "--biases", "zero", "--hessian-scale", "trace"));
    }
}
