using AnisotropicNoise.Plotting;
using AnisotropicNoise.Tests.Experiments;
using Plotly.NET;

namespace AnisotropicNoise.Tests.Plotting;

public class RegularizationChartTests
{
    [Theory]
    [InlineData(true, "SYNTHETIC STAND-IN")]
    [InlineData(false, "(FashionMNIST)")]
    public void EachChartAlongTrainingHasOneLinePerDynamicWithErrorBarsAndNamesTheData(bool standIn, string words)
    {
        var table = RegularizationSummaryTests.Table() with { IsStandIn = standIn, DataDescription = standIn ? "SYNTHETIC STAND-IN" : "FashionMNIST (test)" };
        var all = RegularizationChart.All(table);
        Assert.Equal(["test-accuracy", "train-accuracy", "sharpness", "top-eigenvalue", "final-accuracy-sharpness"], all.Select(c => c.Name));
        foreach (var (_, chart) in all.Take(4))
        {
            string json = Data(chart);
            Assert.Equal(2, json.Split("\"type\":\"scatter\"").Length - 1);
            Assert.Equal(2, json.Split("\"error_y\"").Length - 1);
            Assert.Contains("SGD (3 seeds)", json);
            Assert.Contains(words, GenericChart.toChartHTML(chart));
        }
    }

    [Fact]
    public void TheFinalChartHasEverySeedsLastPointAtItsSharpnessAndAccuracy()
    {
        string json = Data(RegularizationChart.FinalAccuracyAgainstSharpness(RegularizationSummaryTests.Table()));
        Assert.Contains("\"x\":[3.0,4.0,3.0],\"y\":[0.82,0.6,0.81]", json); // GD's finals (iteration 200); its earlier rows are not there
        Assert.Contains("\"x\":[1.0,2.0,1.0],\"y\":[0.86,0.78,0.835]", json);
        Assert.Contains("GD, seed 2, iteration 200", json);
    }

    private static string Data(GenericChart chart)
    {
        string html = GenericChart.toChartHTML(chart);
        return html[html.IndexOf("var data", StringComparison.Ordinal)..html.IndexOf("var layout", StringComparison.Ordinal)];
    }
}
