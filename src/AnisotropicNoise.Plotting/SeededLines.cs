using AnisotropicNoise.Statistics;
using Plotly.NET;
using AnisotropicNoise.Experiments.Seeds;
using Chart = Plotly.NET.CSharp.Chart;
using Ext = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>
/// One line per dynamic against the iteration: the mean over its seeds, with error bars of ±1 standard deviation across
/// seeds, or, for a single seed, ±1.96 standard errors where the value is estimated.
/// </summary>
internal static class SeededLines
{
    public static GenericChart PerDynamic<TRow>(
        IReadOnlyList<TRow> rows, Func<TRow, double> value, Func<TRow, double>? standardError, string xTitle, string yTitle, StyleParam.AxisType axis)
        where TRow : ISeededRow
    {
        ArgumentNullException.ThrowIfNull(rows);
        var lines = rows.DynamicNames().Select(name =>
        {
            var points = rows.AcrossSeedsOf(name, value);
            var errors = points.Select(p => p.Seeds > 1 || standardError is null
                ? p.StandardDeviation
                : WilsonInterval.Z95 * standardError(rows.OfDynamic(name).Single(r => r.Iteration == p.Iteration)));
            var line = Chart.Line<int, double, string>(x: points.Select(p => p.Iteration), y: points.Select(p => p.Mean), Name: $"{name} ({points[0].Seeds} seed{(points[0].Seeds == 1 ? "" : "s")})", ShowMarkers: true);
            return ErrorBars.WithYErrors(line, errors);
        });
        var chart = Chart.Combine(lines);
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: xTitle);
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: yTitle, AxisType: axis);
        return Ext.WithSize(chart, 760, 480);
    }
}
