using System.Text.Json.Nodes;
using AnisotropicNoise.Experiments.Anisotropy;
using AnisotropicNoise.Experiments.EscapingEfficiency;
using AnisotropicNoise.Plotting;
using AnisotropicNoise.Statistics;
using Plotly.NET;

namespace AnisotropicNoise.Tests.Plotting;

public class EscapeAndAnisotropyChartTests
{
    private static JsonNode Figure(GenericChart chart) => JsonNode.Parse(GenericChart.toFigureJson(chart))!;

    private static double[] Values(JsonNode trace, string key) => trace[key]!.AsArray().Select(v => (double)v!).ToArray();

    [Fact]
    public void EscapeChartHasFourCurvesAndTwoMonteCarloSeriesWith95PercentBars()
    {
        var curve = new EscapeCurve([1, 2], [0.1, 0.15], [0.1, 0.2], [0.09, 0.1], [0.1, 0.16], [0.11, 0.14], [0.01, 0.02], [0.1, 0.16], [0.005, 0.01]);
        var figure = Figure(EscapeCharts.Curves(curve));
        var traces = figure["data"]!.AsArray();
        Assert.Equal(6, traces.Count);
        Assert.Equal([0.1, 0.2], Values(traces[1]!, "y"));
        Assert.Equal([0.11, 0.14], Values(traces[4]!, "y"));
        Assert.Equal([WilsonInterval.Z95 * 0.01, WilsonInterval.Z95 * 0.02], Values(traces[4]!["error_y"]!, "array"));
        Assert.Equal([WilsonInterval.Z95 * 0.005, WilsonInterval.Z95 * 0.01], Values(traces[5]!["error_y"]!, "array"));
        Assert.Null(traces[0]!["error_y"]);
        Assert.Equal([0.0, 1.1 * 0.16], Values(figure["layout"]!["yaxis"]!, "range"));
    }

    private static AnisotropyMeasurement Row(int dimension, double a, double d, double ratio, double bound) =>
        new(dimension, 1, d, a, ratio, bound, a, d, bound);

    [Fact]
    public void SweepChartHasARatioAndABoundLinePerAlignmentAndExponentOnLogAxes()
    {
        var rows = new[] { Row(10, 0.5, 1, 3, 1.25), Row(10, 1, 1, 5, 2.5), Row(100, 0.5, 1, 20, 12.5), Row(100, 1, 1, 40, 25) };
        var figure = Figure(AnisotropyCharts.Sweep(rows));
        var traces = figure["data"]!.AsArray();
        Assert.Equal(["ratio, a = 0.5, d = 1", "bound, a = 0.5, d = 1", "ratio, a = 1, d = 1", "bound, a = 1, d = 1"], traces.Select(t => (string)t!["name"]!));
        Assert.Equal([10.0, 100.0], Values(traces[0]!, "x"));
        Assert.Equal([3.0, 20.0], Values(traces[0]!, "y"));
        Assert.Equal([2.5, 25.0], Values(traces[3]!, "y"));
        Assert.Equal("log", (string)figure["layout"]!["xaxis"]!["type"]!);
        Assert.Equal("log", (string)figure["layout"]!["yaxis"]!["type"]!);
    }

    [Fact]
    public void RatioAgainstBoundPlotsEachGroupAndTheDiagonalOverTheirRange()
    {
        var figure = Figure(AnisotropyCharts.RatioAgainstBound([("aligned", [Row(10, 1, 1, 5, 2.5)]), ("misaligned", [Row(100, 1, 1, 0.5, 25)])]));
        var traces = figure["data"]!.AsArray();
        Assert.Equal(["aligned", "misaligned", "ratio = bound"], traces.Select(t => (string)t!["name"]!));
        Assert.Equal([25.0], Values(traces[1]!, "x"));
        Assert.Equal([0.5], Values(traces[1]!, "y"));
        Assert.Equal([0.5, 25.0], Values(traces[2]!, "x"));
        Assert.Equal(Values(traces[2]!, "x"), Values(traces[2]!, "y"));
        Assert.Equal("ArgumentException", Assert.Throws<ArgumentException>(() => AnisotropyCharts.Sweep([])).GetType().Name);
    }
}
