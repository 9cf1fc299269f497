using System.Text.Json.Nodes;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Plotting;
using MathNet.Numerics.LinearAlgebra;
using Plotly.NET;

namespace AnisotropicNoise.Tests.Plotting;

/// <summary>The sample-cloud chart shows exactly the draws it is given, on equal axes.</summary>
public sealed class NoiseChartsTests
{
    [Fact]
    public void Each_cloud_becomes_one_named_trace_of_its_two_columns_with_equal_axis_scales()
    {
        var a = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 } });
        var b = Matrix<double>.Build.DenseOfArray(new[,] { { -1.0, 0.5 } });
        var figure = JsonNode.Parse(GenericChart.toFigureJson(NoiseCharts.SampleClouds([("a", a), ("b", b)])))!;
        var traces = figure["data"]!.AsArray();
        Assert.Equal(["a", "b"], traces.Select(t => (string)t!["name"]!));
        Assert.Equal([1.0, 3.0], traces[0]!["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([2.0, 4.0], traces[0]!["y"]!.AsArray().Select(v => (double)v!));
        Assert.Equal([0.5], traces[1]!["y"]!.AsArray().Select(v => (double)v!));
        Assert.Equal("x", (string)figure["layout"]!["yaxis"]!["scaleanchor"]!);
    }

    [Fact]
    public void Structure_panels_hold_one_cloud_each_titled_with_its_traces_on_one_common_range()
    {
        var result = AnisotropicNoise.Experiments.NoiseStructures.NoiseStructureComparison.Run(new() { Draws = 3, Structures = [PaperDynamic.GldConst, PaperDynamic.GldDiag, PaperDynamic.GldLeading, PaperDynamic.GldEigenvector] });
        var figure = JsonNode.Parse(GenericChart.toFigureJson(NoiseCharts.Structures(result)))!;
        var traces = figure["data"]!.AsArray();
        Assert.Equal(4, traces.Count);
        Assert.Equal(result.Structures[3].Samples.Column(0).ToArray(), traces[3]!["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal(result.Structures[3].Samples.Column(1).ToArray(), traces[3]!["y"]!.AsArray().Select(v => (double)v!));
        var titles = figure["layout"]!["annotations"]!.AsArray().Select(a => (string)a!["text"]!).ToArray();
        Assert.Equal(
            result.Structures.Select(s => $"{s.Name}: Tr Σ = 0.01, Tr(HΣ) = {s.TraceHSigma.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)}"),
            titles);
        double reach = 1.05 * result.Structures.Max(s => s.Samples.Enumerate().Max(Math.Abs));
        var layout = figure["layout"]!.AsObject();
        var axes = layout.Where(p => p.Key.StartsWith("xaxis") || p.Key.StartsWith("yaxis")).ToArray();
        Assert.Equal(8, axes.Length);
        Assert.All(axes, a => Assert.Equal([-reach, reach], a.Value!["range"]!.AsArray().Select(v => (double)v!)));
    }

    [Fact]
    public void Clouds_that_are_not_two_dimensional_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => NoiseCharts.SampleClouds([("three", Matrix<double>.Build.Dense(4, 3))]));
        Assert.Equal("clouds", e.ParamName);
        Assert.Contains("'three' must be a count × 2 matrix", e.Message);
        Assert.Throws<ArgumentException>(() => NoiseCharts.SampleClouds([]));
    }
}
