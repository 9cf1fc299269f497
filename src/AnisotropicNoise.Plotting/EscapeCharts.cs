using AnisotropicNoise.Statistics;
using Plotly.NET;
using AnisotropicNoise.Experiments.EscapingEfficiency;
using Chart = Plotly.NET.CSharp.Chart;
using Ext = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>Charts of escaping efficiency <c>E[L(θ_t) − L(θ₀)]</c> against time (Proposition 1).</summary>
public static class EscapeCharts
{
    /// <summary>
    /// The closed form, its first- and second-order Taylor curves and the exact discrete sum as lines;
    /// the Monte Carlo means of the continuous and the discrete process as markers with 95% error bars
    /// (±1.96 standard errors). The y axis spans the measured and closed-form values (the second-order
    /// curve turns down past its range of validity and leaves the plot).
    /// </summary>
    public static GenericChart Curves(EscapeCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var t = curve.Times;
        var chart = Chart.Combine(
        [
            Chart.Line<double, double, string>(x: t, y: curve.ClosedForm, Name: "closed form ¼Tr[(I − e^{−2Ht})Σ]"),
            Chart.Line<double, double, string>(x: t, y: curve.FirstOrder, Name: "1st order (t/2)Tr(HΣ)", LineDash: StyleParam.DrawingStyle.Dash),
            Chart.Line<double, double, string>(x: t, y: curve.SecondOrder, Name: "2nd order", LineDash: StyleParam.DrawingStyle.Dot),
            Chart.Line<double, double, string>(x: t, y: curve.DiscreteExact, Name: "discrete, exact sum", LineDash: StyleParam.DrawingStyle.DashDot),
            ErrorBars.WithYErrors(Chart.Point<double, double, string>(x: t, y: curve.ContinuousMean, Name: "Monte Carlo, continuous (±95%)"),
                curve.ContinuousStandardError.Select(se => WilsonInterval.Z95 * se)),
            ErrorBars.WithYErrors(Chart.Point<double, double, string>(x: t, y: curve.DiscreteMean, Name: "Monte Carlo, discrete (±95%)"),
                curve.DiscreteStandardError.Select(se => WilsonInterval.Z95 * se)),
        ]);
        double top = 1.1 * new[] { curve.ClosedForm, curve.ContinuousMean, curve.DiscreteMean }.SelectMany(v => v).Max();
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: "time t");
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "E[L(θ_t) − L(θ₀)]", MinMax: Tuple.Create(0.0, top));
        return Ext.WithSize(chart, 820, 520);
    }
}
