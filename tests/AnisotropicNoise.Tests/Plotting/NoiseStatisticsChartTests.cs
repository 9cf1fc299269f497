using System.Text.Json.Nodes;
using AnisotropicNoise.Experiments.NoiseStatistics;
using AnisotropicNoise.Plotting;
using Plotly.NET;

namespace AnisotropicNoise.Tests.Plotting;

public class NoiseStatisticsChartTests
{
    private static readonly NoiseStatisticsAt[] Points =
    [
        new(0, [
            new(20, "tail_index", "pooled", 1.0, 0.9, 1.1),
            new(20, "tail_index", "eigvec 1 (λ = 20.89)", 1.9, 1.6, double.PositiveInfinity),
            new(20, "jarque_bera_p", "eigvec 1 (λ = 20.89)", 1e-9, double.NaN, double.NaN),
            new(20, "b_noise", "-", 300, 250, 350),
            new(1, "tail_index", "pooled", 0.8, 0.7, 0.9),
        ], [new(20, "eigvec 1 (λ = 20.89)", 0.001, -3.09, -5.5), new(20, "eigvec 1 (λ = 20.89)", 0.5, 0, 0.1), new(1, "eigvec 1 (λ = 20.89)", 0.5, 0, -0.2)]),
        new(500, [
            new(20, "tail_index", "pooled", 1.2, 1.1, 1.3),
            new(20, "tail_index", "eigvec 1 (λ = 5.83)", 2.5, 2.0, 3.0),
            new(20, "b_noise", "-", 400, 300, 500),
            new(1, "tail_index", "pooled", 0.9, 0.8, 1.0),
        ], [new(20, "eigvec 1 (λ = 5.83)", 0.5, 0, 0.05)]),
    ];

    private static JsonArray Traces(GenericChart chart) => JsonNode.Parse(GenericChart.toFigureJson(chart))!["data"]!.AsArray();

    private static double[] Values(JsonNode? node) => [.. node!.AsArray().Select(v => (double)v!)];

    [Fact]
    public void TailIndexDrawsOneLinePerDirectionAcrossPointsWithIntervalsCutAtTheAxisTop()
    {
        var traces = Traces(NoiseStatisticsChart.TailIndex(Points, batchSize: 20));
        Assert.Equal(["pooled", "eigvec 1", "Gaussian (α = 2)"], traces.Select(t => (string)t!["name"]!));
        Assert.Equal([1.0, 1.2], Values(traces[0]!["y"])); // pooled, m = 20 only
        Assert.Equal([0.0, 500.0], Values(traces[1]!["x"]));
        Assert.Equal([1.9, 2.5], Values(traces[1]!["y"]));
        // eigvec 1 at iteration 0: [1.6, +∞] is drawn as [1.6, 4].
        var plus = Values(traces[1]!["error_y"]!["array"]);
        var minus = Values(traces[1]!["error_y"]!["arrayminus"]);
        Assert.Equal(4 - 1.9, plus[0], 12);
        Assert.Equal(0.3, minus[0], 12);
        Assert.Equal(0.5, plus[1], 12);
        Assert.Throws<ArgumentException>(() => NoiseStatisticsChart.TailIndex(Points, batchSize: 100));
    }

    [Fact]
    public void NoiseScalesDrawOneLinePerMeasureAndBatchSizeWithTheirIntervals()
    {
        var traces = Traces(NoiseStatisticsChart.NoiseScales(Points));
        Assert.Equal(["B_noise = Tr(HΣ) / GᵀHG, from m = 20"], traces.Select(t => (string)t!["name"]!));
        Assert.Equal([300.0, 400.0], Values(traces[0]!["y"]));
        Assert.Equal([50.0, 100.0], Values(traces[0]!["error_y"]!["array"]));
        Assert.Equal([50.0, 100.0], Values(traces[0]!["error_y"]!["arrayminus"]));
    }

    [Fact]
    public void QuantileQuantileDrawsOneLinePerBatchSizeAtOnePointBesideTheDiagonal()
    {
        var traces = Traces(NoiseStatisticsChart.QuantileQuantile(Points, iteration: 0, direction: "eigvec 1"));
        Assert.Equal(["m = 20", "m = 1", "Gaussian"], traces.Select(t => (string)t!["name"]!));
        Assert.Equal([-3.09, 0.0], Values(traces[0]!["x"]));
        Assert.Equal([-5.5, 0.1], Values(traces[0]!["y"]));
        Assert.Throws<ArgumentException>(() => NoiseStatisticsChart.QuantileQuantile(Points, iteration: 500, direction: "random 1"));
    }

    [Fact]
    public void TheCsvReadsBackIntoTheSamePointsAndACorruptLineIsNamed()
    {
        string csv = NoiseStatisticsTable.Of(Points).ToCsv();
        var back = NoiseStatisticsTable.WithQuantiles(NoiseStatisticsTable.Parse(csv), NoiseStatisticsTable.Quantiles(Points).ToCsv());
        Assert.Equal(Points.Select(p => p.Iteration), back.Select(p => p.Iteration));
        Assert.Equal(Points.SelectMany(p => p.Statistics), back.SelectMany(p => p.Statistics));
        Assert.Equal(Points.SelectMany(p => p.Quantiles), back.SelectMany(p => p.Quantiles));
        Assert.Equal(["jarque_bera_p"], NoiseStatisticsTable.Of(Points, "jarque_bera_p").Texts("measure"));
        Assert.Contains("iteration 9", Assert.Throws<InvalidDataException>(() =>
            NoiseStatisticsTable.WithQuantiles(Points, "iteration,batch_size,direction,probability,normal_quantile,sample_quantile\n9,1,pooled,0.5,0,0\n")).Message);
        Assert.Contains("line 3", Assert.Throws<InvalidDataException>(() => NoiseStatisticsTable.Parse(csv.Replace("0,20,tail_index,eigvec", "0,20,tail_index,eigvec,extra"))).Message);
        Assert.Contains("line 1", Assert.Throws<InvalidDataException>(() => NoiseStatisticsTable.Parse("iteration,value\n")).Message);
        Assert.Contains("two separate blocks", Assert.Throws<InvalidDataException>(() => NoiseStatisticsTable.Parse(csv + "0,1,tail_index,pooled,1,1,1\n")).Message);
    }
}
