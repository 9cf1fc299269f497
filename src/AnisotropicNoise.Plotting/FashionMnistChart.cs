using AnisotropicNoise.Experiments;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;
using Ext = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>The charts of the FashionMNIST experiment (the paper's Fig. 3 and the indicator ratio), one line per dynamic.</summary>
public static class FashionMnistChart
{
    /// <summary>Test accuracy against the iteration (Fig. 3, left).</summary>
    public static GenericChart Accuracy(FashionMnistResult result) =>
        PerDynamic(result, r => r.TestAccuracy, "test accuracy", StyleParam.AxisType.Linear);

    /// <summary>Expected sharpness against the iteration, on a log axis (Fig. 3, right).</summary>
    public static GenericChart Sharpness(FashionMnistResult result) =>
        PerDynamic(result, r => r.Sharpness, "expected sharpness", StyleParam.AxisType.Log);

    /// <summary><c>Tr(HΣ̂) / Tr(HΣ̄̂)</c> against the iteration, on a log axis.</summary>
    public static GenericChart Ratio(FashionMnistResult result) =>
        PerDynamic(result, r => r.Ratio, "Tr(HΣ) / Tr(HΣ̄)", StyleParam.AxisType.Log);

    /// <summary>The three charts with short names (<c>accuracy</c>, <c>sharpness</c>, <c>ratio</c>) for file names.</summary>
    public static IReadOnlyList<(string Name, GenericChart Chart)> All(FashionMnistResult result) =>
        [("accuracy", Accuracy(result)), ("sharpness", Sharpness(result)), ("ratio", Ratio(result))];

    private static GenericChart PerDynamic(FashionMnistResult result, Func<FashionMnistRow, double> value, string title, StyleParam.AxisType axis)
    {
        ArgumentNullException.ThrowIfNull(result);
        var lines = result.Dynamics.Select(name =>
        {
            var rows = result.Of(name);
            return Chart.Line<int, double, string>(x: rows.Select(r => r.Iteration), y: rows.Select(value), Name: name, ShowMarkers: true);
        });
        var chart = Chart.Combine(lines);
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: $"iteration ({(result.IsStandIn ? "SYNTHETIC STAND-IN data, not FashionMNIST" : "FashionMNIST")})");
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: title, AxisType: axis);
        return Ext.WithSize(chart, 760, 480);
    }
}
