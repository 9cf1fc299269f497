using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Plotting;
using Plotly.NET;

namespace AnisotropicNoise.Tests.Plotting;

public class FashionMnistChartTests
{
    // Charts never compute: a hand-made table, GD with one seed, SGD and GLD Hessian with two, at two iterations.
    private static FashionMnistTable Table(bool standIn) => new("test data", standIn,
        [.. new[] { ("GD", 1), ("SGD", 2), ("GLD Hessian", 2) }.SelectMany(d => Enumerable.Range(1, d.Item2).SelectMany(seed => new[] { 0, 50 }.Select(i =>
            new FashionMnistRow(d.Item1, seed, i, 100, 0.6 + i / 1000.0 + seed / 100.0, 0.1, 1, 0.5, 0.01,
                new(0.02 * seed, 0.001), new(0.03, 0.001), new(0.04, 0.002), new(0.05, 0.002), 30, new(500, 20), 3, new(40, 2), new(20 + seed, 1)))))], "first fit (test)");

    [Theory]
    [InlineData(true, "SYNTHETIC STAND-IN")]
    [InlineData(false, "(FashionMNIST)")]
    public void EachChartHasOneLinePerDynamicWithErrorBarsAndNamesTheData(bool standIn, string words)
    {
        foreach (var (name, chart) in FashionMnistChart.All(Table(standIn)))
        {
            string html = GenericChart.toChartHTML(chart);
            string json = html[html.IndexOf("var data", StringComparison.Ordinal)..html.IndexOf("var layout", StringComparison.Ordinal)];
            Assert.Equal(3, json.Split("\"type\":\"scatter\"").Length - 1);
            Assert.Equal(3, json.Split("\"error_y\"").Length - 1);
            Assert.Contains(words, html);
            Assert.Contains("GD (1 seed)", json);
            Assert.Contains("SGD (2 seeds)", json);
        }
    }

    [Fact]
    public void TheLineIsTheMeanOverSeedsAndTheBarTheirSpreadOrTheEstimatesInterval()
    {
        var table = Table(standIn: false);
        var sgd = table.Across("SGD", r => r.Sharpness.Value);
        Assert.Equal(0.03, sgd[0].Mean, 1e-15);
        Assert.Equal(0.01 * Math.Sqrt(2), sgd[0].StandardDeviation, 1e-15);
        string json = GenericChart.toChartHTML(FashionMnistChart.Sharpness(table));
        Assert.Contains("0.0019599", json); // GD, one seed: 1.96 × its standard error 0.001
    }
}
