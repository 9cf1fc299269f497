using AnisotropicNoise.Tests.Support;
using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;

namespace AnisotropicNoise.Tests.Cli;

[Trait(TestCategory.Name, TestCategory.Experiments)]
public class RegularizationCommandTests
{
    [Fact]
    public void QuickPrintsTheFiveDynamicsForEverySeed()
    {
        var (code, output) = CommandRunner.Run(new RegularizationCommand(), "--preset", "tiny", "--csv");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n').SkipWhile(l => l.StartsWith('#')).ToArray();
        Assert.StartsWith("# data: SYNTHETIC STAND-IN", output);
        Assert.Contains("# departure: TrainingImages = 200; scripts: 50,000\n", output);
        Assert.Equal("dynamic,seed,iteration,test_accuracy,train_loss,train_accuracy,gradient_norm,top_eigenvalue,sharpness_signed,sharpness_signed_se,sharpness,sharpness_se", lines[0]);
        var finals = lines[1..].Select(l => l.Split(',')).Where(f => f[2] == "20").Select(f => (f[0], f[1])).ToArray();
        Assert.Equal(["GD", "GLD const", "GLD dynamic", "GLD diag", "SGD"], finals.Select(f => f.Item1).Distinct());
        Assert.All(finals.GroupBy(f => f.Item1), g => Assert.Equal(["1", "2"], g.Select(f => f.Item2)));
    }

    [Fact]
    public void TheNetworkIsSetFromTheCommandLine()
    {
        var (code, output) = CommandRunner.Run(new RegularizationCommand(), "--preset", "tiny", "--dynamics", "gd", "--seeds", "1", "--iterations", "10",
            "--features", "2,M,3,M", "--classifier", "5");
        Assert.Equal(0, code);
        Assert.Contains("VGG features [2,M,3,M] → [5]", output);
    }

    [Theory]
    [InlineData(new[] { "--iterations", "10" }, 10, 10)]
    [InlineData(new[] { "--sgd-iterations", "10" }, 20, 10)]
    public void IterationsAloneSetEveryBudgetAndSgdIterationsSgdsOwn(string[] options, int gdEnd, int sgdEnd)
    {
        var (code, output) = CommandRunner.Run(new RegularizationCommand(), ["--preset", "tiny", "--dynamics", "gd,sgd", "--seeds", "1", "--csv", .. options]);
        Assert.Equal(0, code);
        var rows = output.Split('\n').Where(l => l.StartsWith("GD,", StringComparison.Ordinal) || l.StartsWith("SGD,", StringComparison.Ordinal)).Select(l => l.Split(',')).ToArray();
        Assert.Equal(gdEnd, rows.Where(f => f[0] == "GD").Max(f => int.Parse(f[2])));
        Assert.Equal(sgdEnd, rows.Where(f => f[0] == "SGD").Max(f => int.Parse(f[2])));
    }

    [Theory]
    [InlineData("paper", "cifar-10-binary.tar.gz")]
    [InlineData("paper-svhn", "test_32x32.mat")]
    public void ThePaperPresetsWithoutTheirFilesFailNamingThem(string preset, string file)
    {
        using var folder = new AnisotropicNoise.Tests.Data.TempDirectory();
        var command = new RegularizationCommand();
        var errors = new StringWriter();
        int code = command.Run(new Arguments(["--preset", preset, "--data", folder.Path], command.Flags), TextWriter.Null, errors);
        Assert.Equal(1, code);
        Assert.Contains(file, errors.ToString());
    }

    [Theory]
    [InlineData("--preset", "gpu", "--preset")]
    [InlineData("--dynamics", "gd,adam", "adam")]
    [InlineData("--images", "cifar", "--images")]
    [InlineData("--every", "15", "RecordEvery")]
    [InlineData("--features", "4,X,8", "'X'")]
    [InlineData("--classifier", "16,0", "--classifier")]
    public void BadInputIsAUsageErrorNamingIt(string option, string value, string named)
    {
        var e = Assert.Throws<UsageException>(() => CommandRunner.Run(new RegularizationCommand(), option, value));
        Assert.Contains(named, e.Message);
    }
}
