using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Experiments.EscapeTimes;

namespace AnisotropicNoise.Tests.Cli;

public class EscapeValleyCommandTests
{
    private static (int Code, string Output) Run(params string[] args) => CommandRunner.Run(new EscapeValleyCommand(), args);

    [Fact]
    public void CsvHasOneRowPerCurvatureAndDynamic()
    {
        var (code, output) = Run("--runs", "3", "--max-time", "5", "--csv");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("transverse_curvature,dynamic,share_along_escape,runs,censored,mean,ci_low,ci_high,median,exact", lines[0]);
        Assert.Equal(1 + new EscapeAlignmentSettings().TransverseCurvatures.Count * EscapeAlignment.Dynamics.Count, lines.Length);
        Assert.Equal(["0.5", "SGD", "0.8"], lines[1].Split(',')[..3]);
    }

    [Fact]
    public void BadOptionsAreUsageErrors() => Assert.Contains("--max-time", Assert.Throws<UsageException>(() => Run("--max-time", "0")).Message);
}
