using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Tests.Data;

namespace AnisotropicNoise.Tests.Cli;

/// <summary>One rule for missing real images in every run command: say so and exit 1; the stand-in runs only when asked for.</summary>
public sealed class MissingImagesTests
{
    [Theory]
    [InlineData("fashion-mnist")]
    [InlineData("noise-stats")]
    [InlineData("regularization")]
    public void Without_real_images_a_run_command_says_why_and_exits_1(string name)
    {
        using var empty = new TempDirectory();
        ICommand command = name switch
        {
            "fashion-mnist" => new FashionMnistCommand(),
            "noise-stats" => new NoiseStatsCommand(),
            _ => new RegularizationCommand(),
        };
        string[] images = name == "regularization" ? ["--preset", "cpu"] : ["--preset", "quick"];
        var errors = new StringWriter();
        int code = command.Run(new Arguments([.. images, "--data", empty.Path, "--no-npm", "--checkpoints", empty.File("checkpoints")], command.Flags), TextWriter.Null, errors);
        Assert.Equal(1, code);
        Assert.Contains("error:", errors.ToString());
        Assert.DoesNotContain("data: ", errors.ToString()); // no data were taken, the stand-in least of all
    }

    [Fact]
    public void The_stand_in_runs_when_asked_for_and_says_so()
    {
        var option = FashionMnistImagesOption.From(new Arguments(["--images", "standin"], new HashSet<string>(FashionMnistImagesOption.Flags)));
        var progress = new StringWriter();
        var data = option.Load(FashionMnistSettings.Quick, progress);
        Assert.NotNull(data);
        Assert.True(data.IsStandIn);
        Assert.Contains("data: SYNTHETIC STAND-IN", progress.ToString());
        Assert.Contains("asked for with --images standin", data.Description);
    }

    [Fact]
    public void An_unknown_images_value_is_a_usage_error()
    {
        var e = Assert.Throws<UsageException>(() => FashionMnistImagesOption.From(new Arguments(["--images", "mnist"], new HashSet<string>())));
        Assert.Contains("--images must be fashion-mnist or standin, not 'mnist'", e.Message);
    }
}
