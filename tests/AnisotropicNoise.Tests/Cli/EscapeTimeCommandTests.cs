using System.Globalization;
using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Experiments.EscapeTimes;
using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Tests.Cli;

public class EscapeTimeCommandTests
{
    private static (int Code, string Output) Run(params string[] args) => CommandRunner.Run(new EscapeTimeCommand(), args);

    [Fact]
    public void CsvPrintsTheAgreedColumnsWithTheExactAndKramersValues()
    {
        var (code, output) = Run("--landscape", "double-well", "--temperature", "0.25", "--step", "0.01", "--runs", "300", "--csv");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("temperature,step,runs,censored,mean,ci_low,ci_high,median,exact,kramers,height,width,alpha,scale,median_low,median_high,diffusion_quadratic", lines[0]);
        var cells = lines[1].Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([0.25, 0.01, 300, 0], cells[..4]);
        Assert.True(cells[5] < cells[4] && cells[4] < cells[6]);
        Assert.Equal(DoubleWellEscape.ExactMean(new DoubleWell(), ExitNoise.Gaussian(0.25)), cells[8], 12);
        Assert.Equal(DoubleWellEscape.KramersHalfTime(new DoubleWell(), ExitNoise.Gaussian(0.25)), cells[9], 12);
        Assert.Equal(0, cells[16]);
        Assert.Equal([1, 1, 2, 0.5], cells[10..14]);
        Assert.True(cells[14] <= cells[7] && cells[7] <= cells[15]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void PositionDependentNoiseIsSimulatedWithinItsIntervalOfTheExactMean(double a)
    {
        // D(x) = T(1 + a x²), Itô; the exact column is the quadrature, right to four significant digits.
        var (code, output) = Run("--temperature", "0.25", "--diffusion-quadratic", a.ToString(CultureInfo.InvariantCulture),
            "--step", "0.001", "--runs", "2000", "--csv");
        Assert.Equal(0, code);
        var cells = output.TrimEnd('\n').Split('\n')[1].Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        double low = cells[5], high = cells[6], exact = cells[8];
        Assert.Equal(a, cells[16]);
        Assert.Equal(0, cells[3]);
        Assert.Equal(1, exact / Dynamics.ScalarDiffusionTests.Reference(a), 4);
        Assert.True(exact >= low - 0.03 * exact && exact <= high + 0.03 * exact, $"a = {a}: mean {cells[4]} [{low}, {high}], exact {exact}");
    }

    [Fact]
    public void StableNoiseHasNoGaussianFormulas()
    {
        var (code, output) = Run("--alpha", "1.5", "--scale", "0.2", "--height", "2", "--runs", "50", "--csv");
        Assert.Equal(0, code);
        var cells = output.TrimEnd('\n').Split('\n')[1].Split(',');
        Assert.Equal(["NaN", "NaN", "NaN", "NaN"], new[] { cells[0], cells[8], cells[9], cells[16] });
        Assert.Equal(["2", "1", "1.5", "0.2"], cells[10..14]);
    }

    [Theory]
    [InlineData("--alpha", "1.5", "--temperature", "0.25", "give one of them")]
    [InlineData("--scale", "0.2", "--temperature", "0.25", "--scale belongs to α-stable noise")]
    [InlineData("--alpha", "1.5", "--diffusion-quadratic", "1", "--diffusion-quadratic belongs to Gaussian noise")]
    public void MixingGaussianAndStableOptionsIsAUsageError(string first, string firstValue, string second, string secondValue, string message)
    {
        var e = Assert.Throws<UsageException>(() => Run(first, firstValue, second, secondValue));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void AnUnknownLandscapeIsAUsageError()
    {
        var e = Assert.Throws<UsageException>(() => Run("--landscape", "triple-well"));
        Assert.Contains("triple-well", e.Message);
    }
}
