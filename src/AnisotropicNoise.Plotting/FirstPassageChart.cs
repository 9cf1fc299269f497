using Plotly.NET;
using AnisotropicNoise.Experiments.EscapeTimes;
using Chart = Plotly.NET.CSharp.Chart;
using Ext = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>Charts of first-passage times.</summary>
public static class FirstPassageChart
{
    /// <summary>
    /// The survival curve <c>P(τ &gt; t)</c> of each simulation, as the share of its runs not yet exited, on a
    /// log scale (an exponential law is a straight line); censored runs keep the curve above zero at the end.
    /// </summary>
    public static GenericChart Survival(IReadOnlyList<(string Name, FirstPassageResult Result)> simulations)
    {
        ArgumentNullException.ThrowIfNull(simulations);
        if (simulations.Count == 0) throw new ArgumentException("simulations must hold at least one result.", nameof(simulations));
        var chart = Chart.Combine(simulations.Select(s =>
        {
            var times = s.Result.Times.Where(double.IsFinite).Order().ToArray();
            int n = s.Result.Times.Count;
            var survival = times.Select((_, i) => (double)(n - i - 1) / n).ToArray();
            int keep = survival.TakeWhile(p => p > 0).Count(); // a log axis cannot show the final zero
            return Chart.Line<double, double, string>(x: times[..keep], y: survival[..keep], Name: s.Name);
        }));
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: "time t");
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "P(τ > t)", AxisType: StyleParam.AxisType.Log);
        return Ext.WithSize(chart, 820, 480);
    }
}
