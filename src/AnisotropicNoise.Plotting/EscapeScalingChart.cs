using Plotly.NET;
using AnisotropicNoise.Experiments.EscapeTimes;
using Chart = Plotly.NET.CSharp.Chart;
using Ext = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>Escape-time scaling: <c>ln τ</c> against one sweep's variable.</summary>
public static class EscapeScalingChart
{
    /// <summary>
    /// For <paramref name="sweep"/>: each dynamic's simulated <c>ln τ̄</c> as markers with 95 % error bars (±1.96 SE of
    /// <c>ln τ̄</c>), and the exact mean of its diffusion approximation as a dashed line of the same name and colour.
    /// </summary>
    /// <exception cref="ArgumentException">No row belongs to the sweep.</exception>
    public static GenericChart Create(IReadOnlyList<EscapeScalingRow> rows, EscapeSweep sweep)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ofSweep = rows.Where(r => r.Sweep == sweep).ToArray();
        if (ofSweep.Length == 0) throw new ArgumentException($"no row belongs to the {EscapeScaling.SweepName(sweep)} sweep.", nameof(rows));
        var traces = ofSweep.GroupBy(r => r.Dynamic).SelectMany((g, i) =>
        {
            var cells = g.OrderBy(r => r.Variable).ToArray();
            var x = cells.Select(r => r.Variable).ToArray();
            var color = ChartPalette.At(i);
            var simulated = Chart.Point<double, double, string>(x: x, y: cells.Select(r => r.LogMean), Name: $"{g.Key} (simulated)", MarkerColor: color);
            var exact = Chart.Line<double, double, string>(x: x, y: cells.Select(r => Math.Log(r.Exact)), Name: $"{g.Key} (diffusion, exact)",
                LineColor: color, LineDash: StyleParam.DrawingStyle.Dash);
            return new[] { ErrorBars.WithYErrors(simulated, cells.Select(r => WilsonInterval95(r.LogMeanStandardError))), exact };
        });
        var chart = Chart.Combine(traces);
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: EscapeScalingSlope.VariableName(sweep));
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "ln τ (mean escape time, iterations × η)");
        return Ext.WithSize(chart, 820, 480);
    }

    private static double WilsonInterval95(double standardError) => Statistics.WilsonInterval.Z95 * standardError;
}
