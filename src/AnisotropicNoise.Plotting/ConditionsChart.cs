using System.Globalization;
using AnisotropicNoise.Experiments.Conditions;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;
using Ext = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>The charts of Proposition 2's conditions on the real network.</summary>
public static class ConditionsChart
{
    /// <summary>
    /// Each point's Hessian eigenvalue density (stochastic Lanczos quadrature, Gaussian-broadened) on a log axis, so that
    /// the few outliers and the bulk show together; one line per point (dynamic and iteration).
    /// </summary>
    public static GenericChart Density(IReadOnlyList<DensityRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        // A log axis cannot show zero: densities are floored far below the peak of any one broadened eigenvalue.
        double floor = 1e-6 * rows.Max(r => r.Density);
        // Hundreds of points a curve: five significant digits are far below a pixel and keep the saved notebook light.
        static double Plotted(double x) => double.Parse(x.ToString("G5", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var lines = rows.GroupBy(r => (r.Dynamic, r.Iteration)).Select(g =>
            Chart.Line<double, double, string>(x: g.Select(r => Plotted(r.Eigenvalue)), y: g.Select(r => Plotted(Math.Max(floor, r.Density))), Name: $"{g.Key.Dynamic}, iteration {g.Key.Iteration}"));
        var chart = Chart.Combine(lines);
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: "eigenvalue of the training loss's Hessian");
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "eigenvalue density (SLQ, Gaussian-broadened)", AxisType: StyleParam.AxisType.Log);
        return Ext.WithSize(chart, 760, 480);
    }
}
