using System.Globalization;
using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Experiments.EscapeTimes;

namespace AnisotropicNoise.Tests.Cli;

public class EscapeScalingCommandTests
{
    private static (int Code, string Output) Run(params string[] args) => CommandRunner.Run(new EscapeScalingCommand(), args);

    [Fact]
    public void CsvHasOneRowPerCellAndDynamicWithTheExactTimeOfItsDiffusion()
    {
        var (code, output) = Run("--runs", "4", "--max-time", "50", "--seed", "2", "--csv");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("sweep,dynamic,learning_rate,batch_size,curvature,batch_over_step,temperature,runs,censored,mean,ci_low,ci_high,exact,kramers,mean_over_exact,log_mean,log_mean_se,exact_monitored,mean_over_monitored", lines[0]);
        var settings = new EscapeScalingSettings();
        Assert.Equal(1 + 3 * (settings.BatchSizes.Count + settings.Curvatures.Count + settings.LearningRates.Count), lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal(["batch-over-step", "SGD", "0.05", "2", "2", "40"], first[..6]);
        Assert.Equal(0.05 * 16 * 2 / (2 * 2), double.Parse(first[6], CultureInfo.InvariantCulture), 12);
        Assert.All(lines.Skip(1), line => Assert.True(double.Parse(line.Split(',')[9], CultureInfo.InvariantCulture) <= 50)); // censored runs count at the cap
    }

    [Fact]
    public void BadOptionsAreUsageErrors()
    {
        Assert.Contains("--runs", Assert.Throws<UsageException>(() => Run("--runs", "1")).Message);
        Assert.Contains("--noise-scale", Assert.Throws<UsageException>(() => Run("--noise-scale", "0")).Message);
    }
}
