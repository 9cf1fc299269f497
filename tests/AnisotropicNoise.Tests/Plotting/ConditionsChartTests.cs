using AnisotropicNoise.Experiments.Conditions;
using AnisotropicNoise.Plotting;
using Plotly.NET;

namespace AnisotropicNoise.Tests.Plotting;

public class ConditionsChartTests
{
    [Fact]
    public void TheDensityChartHasOneLinePerPointOnALogAxisWithZerosFloored()
    {
        DensityRow[] rows =
        [
            new("sharp minimum", 0, -1, 0), new("sharp minimum", 0, 0, 2), new("sharp minimum", 0, 1, 0.5),
            new("SGD", 500, -1, 0.1), new("SGD", 500, 0, 1), new("SGD", 500, 1, 0),
        ];
        string html = GenericChart.toChartHTML(ConditionsChart.Density(rows));
        string data = html[html.IndexOf("var data", StringComparison.Ordinal)..html.IndexOf("var layout", StringComparison.Ordinal)];
        Assert.Equal(2, data.Split("\"type\":\"scatter\"").Length - 1);
        Assert.Contains("sharp minimum, iteration 0", html);
        Assert.Contains("SGD, iteration 500", html);
        Assert.Contains("\"type\":\"log\"", html);
        Assert.Contains("\"y\":[2E-06,2.0,0.5]", data); // zero floored at 10⁻⁶ of the largest density
    }

    [Fact]
    public void TheDensityIsPlottedToFiveSignificantDigits()
    {
        DensityRow[] rows = [new("SGD", 500, 1.23456789, 0.987654321), new("SGD", 500, 2, 1)];
        string html = GenericChart.toChartHTML(ConditionsChart.Density(rows));
        Assert.Contains("\"x\":[1.2346,2.0]", html);
        Assert.Contains("\"y\":[0.98765,1.0]", html);
    }
}
