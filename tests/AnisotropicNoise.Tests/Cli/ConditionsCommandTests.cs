using System.Globalization;
using System.Text.RegularExpressions;
using AnisotropicNoise.Tests.Support;
using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Tests.Data;

namespace AnisotropicNoise.Tests.Cli;

[Trait(TestCategory.Name, TestCategory.Experiments)]
public class ConditionsCommandTests
{
    [Fact]
    public void TheTinyPresetPrintsEveryQuantityForTheStartAndEachRunsPoints()
    {
        using var folder = new TempDirectory();
        var (code, output) = CommandRunner.Run(new ConditionsCommand(), "--preset", "tiny", "--images", "standin", "--checkpoints", folder.Path,
            "--at", "0,2", "--dynamics", "sgd", "--top", "3", "--density-steps", "10", "--probes", "4", "--csv");
        Assert.Equal(0, code);
        Assert.StartsWith("# data: SYNTHETIC STAND-IN", output);
        var lines = output.TrimEnd('\n').Split('\n').SkipWhile(l => l.StartsWith('#')).ToArray();
        Assert.Equal("dynamic,iteration,quantity,structure,value,value_se", lines[0]);
        string[] quantities = [.. lines[1..].Select(l => l.Split(',')[2]).Distinct()];
        Assert.Equal(["lambda_1", "lambda_2", "lambda_3", "trace_h", "bulk_edge", "lambda_min", "k", "d", "eta_lambda_1", "nonuniformity", "sgd_factor",
            "share_u1", "alignment", "bound_intermediate", "bound", "ratio", "hessian_top_share", "hessian_c", "hessian_residual"], quantities);
        Assert.Equal([("sharp minimum", "0"), ("SGD", "2")], lines[1..].Select(l => (l.Split(',')[0], l.Split(',')[1])).Distinct());
    }

    [Fact]
    public void SeedIsFashionMnistsDataSeedSoBothMeasureTheSameSharpMinimumAndProbeSeedOnlyRedrawsTheEstimators()
    {
        using var folder = new TempDirectory();
        string[] tiny = ["--preset", "tiny", "--images", "standin", "--checkpoints", folder.Path, "--csv"];
        var (_, run) = CommandRunner.Run(new FashionMnistCommand(), [.. tiny, "--seed", "7", "--dynamics", "gd"]);
        string start = Regex.Match(run, "fashion-mnist-gd-[0-9A-F]+\\.bin").Value;
        Assert.NotEmpty(start);
        string[] conditions = [.. tiny, "--seed", "7", "--dynamics", "sgd", "--top", "3", "--density-steps", "10", "--probes", "4"];
        var (_, first) = CommandRunner.Run(new ConditionsCommand(), [.. conditions, "--probe-seed", "3"]);
        var (_, second) = CommandRunner.Run(new ConditionsCommand(), [.. conditions, "--probe-seed", "4"]);
        var (_, otherData) = CommandRunner.Run(new ConditionsCommand(), [.. tiny, "--dynamics", "sgd", "--top", "3", "--density-steps", "10", "--probes", "4"]);
        Assert.Contains($"loaded from checkpoint {start}", first);
        Assert.DoesNotContain(start, otherData);
        static double TraceH(string csv) => double.Parse(csv.Split('\n').First(l => l.StartsWith("sharp minimum,0,trace_h,", StringComparison.Ordinal)).Split(',')[4], CultureInfo.InvariantCulture);
        Assert.NotEqual(TraceH(first), TraceH(second)); // Hutchinson's probes are the estimator's own draws
    }

    [Theory]
    [InlineData("--top", "1", "top")]
    [InlineData("--density-probes", "1", "density-probes")]
    [InlineData("--at", "0,-500", "--at")]
    [InlineData("--dynamics", "adam", "--dynamics")]
    [InlineData("--gd-stop", "never", "--gd-stop must be fit, steps or loss, not 'never'.")]
    [InlineData("--gd-loss", "0", "--gd-loss must be > 0; got 0.")]
    public void BadInputIsAUsageErrorNamingIt(string option, string value, string named)
    {
        var e = Assert.Throws<UsageException>(() => CommandRunner.Run(new ConditionsCommand(), option, value));
        Assert.Contains(named, e.Message);
    }
}
