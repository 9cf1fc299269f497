using AnisotropicNoise.Experiments;
using AnisotropicNoise.Plotting;
using Plotly.NET;

namespace AnisotropicNoise.Tests.Plotting;

public class FashionMnistChartTests
{
    // Charts never compute: a hand-made result with three dynamics at two iterations.
    private static FashionMnistResult Result(bool standIn) => new(
        FashionMnistSettings.Quick, "test data", standIn, new FashionMnistStart([0.0], 5, true, 1, 0.1, "test"),
        [.. new[] { "GD", "SGD", "GLD Hessian" }.SelectMany(name => new[] { 0, 50 }.Select(i =>
            new FashionMnistRow(name, i, 0.6 + i / 1000.0, 0.1, 0.02, 3, 40, 2, 20)))]);

    [Theory]
    [InlineData(true, "SYNTHETIC STAND-IN")]
    [InlineData(false, "(FashionMNIST)")]
    public void EachChartHasOneLinePerDynamicAndNamesTheData(bool standIn, string words)
    {
        foreach (var (name, chart) in FashionMnistChart.All(Result(standIn)))
        {
            string html = GenericChart.toChartHTML(chart);
            string json = html[html.IndexOf("var data", StringComparison.Ordinal)..html.IndexOf("var layout", StringComparison.Ordinal)];
            Assert.Equal(3, json.Split("\"type\":\"scatter\"").Length - 1);
            Assert.Contains(words, html);
            Assert.Contains(name is "accuracy" ? "test accuracy" : name is "sharpness" ? "expected sharpness" : "Tr(H", html);
        }
    }
}
