using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;

namespace AnisotropicNoise.Tests.Cli;

public class OneHiddenLayerCommandTests
{
    private static (int Code, string Output) Run(params string[] args)
    {
        var command = new OneHiddenLayerCommand();
        var output = new StringWriter();
        int code = command.Run(new Arguments(args, command.Flags), output, TextWriter.Null);
        return (code, output.ToString());
    }

    [Fact]
    public void CsvPrintsTheHeaderAndOneRowPerEpoch()
    {
        var (code, output) = Run("--seed", "3", "--epochs", "5", "--csv");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("epoch,loss,accuracy,trace_h_sigma,trace_h_sigma_bar,ratio,alignment", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.Equal(["1", "2", "3", "4", "5"], lines[1..].Select(l => l.Split(',')[0]));
        Assert.All(lines[1..], l => Assert.Equal(7, l.Split(',').Length));
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
    public void BadInputIsAUsageErrorNamingIt(string option, string value, string named)
    {
        var e = Assert.Throws<UsageException>(() => Run(option, value));
        Assert.Contains(named, e.Message);
    }
}
