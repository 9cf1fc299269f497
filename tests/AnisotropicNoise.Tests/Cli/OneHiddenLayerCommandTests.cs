using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;

namespace AnisotropicNoise.Tests.Cli;

public class OneHiddenLayerCommandTests
{
    private static (int Code, string Output) Run(params string[] args) => CommandRunner.Run(new OneHiddenLayerCommand(), args);

    [Fact]
    public void CsvPrintsTheHeaderAndOneRowPerEpoch()
    {
        var (code, output) = Run("--seed", "3", "--epochs", "5", "--csv");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("epoch,loss,accuracy,trace_h_sigma,trace_h_sigma_bar,ratio,alignment,b_simple,b_noise", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.Equal(["1", "2", "3", "4", "5"], lines[1..].Select(l => l.Split(',')[0]));
        Assert.All(lines[1..], l => Assert.Equal(9, l.Split(',').Length));
        // McCandlish et al.'s B_simple and B_noise: finite and positive while the gradient is not zero.
        Assert.All(lines[1..], l => Assert.All(l.Split(',')[7..], b => Assert.InRange(double.Parse(b, System.Globalization.CultureInfo.InvariantCulture), 1e-3, 1e12)));
    }

    [Fact]
    public void SweepPrintsOneCsvRowPerWidth_WithTheRatioAboveBothBounds()
    {
        var (code, output) = Run("--epochs", "4", "--sweep", "10,20", "--csv");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("hidden_units,dimension,ratio,alignment,bound_intermediate,bound,k,d", lines[0]);
        Assert.Equal(["10,30,", "20,60,"], lines[1..].Select(l => l[..(l.IndexOf(',', l.IndexOf(',') + 1) + 1)]));
        foreach (var cells in lines[1..].Select(l => l.Split(',').Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray()))
            Assert.True(cells[2] >= cells[4] * (1 - 1e-9) && cells[4] >= cells[5] * (1 - 1e-9));
    }

    [Fact]
    public void OutWritesTheTableAndBothCharts()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"one-hidden-layer-{Guid.NewGuid():N}");
        try
        {
            var (code, output) = Run("--epochs", "3", "--out", directory, "--csv");
            Assert.Equal(0, code);
            Assert.Equal(output, File.ReadAllText(Path.Combine(directory, "one-hidden-layer.csv")));
            foreach (string chart in new[] { "one-hidden-layer.html", "one-hidden-layer-spectrum.html" })
                Assert.Contains("Plotly.newPlot", File.ReadAllText(Path.Combine(directory, chart)));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("--eta", "-1", "--eta")]
    [InlineData("--hidden", "1", "--hidden")]
    [InlineData("--epochs", "0", "--epochs")]
    [InlineData("--wobble", "1", "--wobble")]
    [InlineData("--sweep", "10,7", "'7'")]
    public void BadInputIsAUsageErrorNamingIt(string option, string value, string named)
    {
        var e = Assert.Throws<UsageException>(() => Run(option, value));
        Assert.Contains(named, e.Message);
    }
}
