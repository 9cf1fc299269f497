using Plotly.NET;
using AnisotropicNoise.Experiments.NoiseStatistics;
using Chart = Plotly.NET.CSharp.Chart;
using Ext = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>Charts of SGD's noise statistics along a run (<see cref="NoiseStatistics"/>).</summary>
public static class NoiseStatisticsChart
{
    /// <summary>The tail index axis stops here; a longer interval (up to +∞ where <c>1/α</c> reaches 0) is drawn to the top.</summary>
    public const double TailIndexAxisTop = 4;

    /// <summary>
    /// The tail index <c>α̂</c> of minibatch size <paramref name="batchSize"/> against the iteration, one line per way of
    /// looking (pooled, coordinate median, each eigenvector, each random direction) with its 95% interval, beside
    /// <c>α = 2</c>, the Gaussian's.
    /// </summary>
    /// <exception cref="ArgumentException">No point holds a tail index for <paramref name="batchSize"/>.</exception>
    public static GenericChart TailIndex(IReadOnlyList<NoiseStatisticsAt> points, int batchSize)
    {
        var rows = Required(Rows(points, batchSize, "tail_index"), $"tail_index for m = {batchSize}");
        int[] iterations = [.. points.Select(p => p.Iteration)];
        var traces = rows.GroupBy(r => Direction(r.Row.Direction)).Select(group =>
        {
            var values = group.Select(r => Math.Min(r.Row.Value, TailIndexAxisTop)).ToArray();
            var line = Chart.Line<int, double, string>(x: group.Select(r => r.Iteration), y: values, Name: group.Key, ShowMarkers: true);
            return ErrorBars.WithYIntervals(line, values,
                group.Select(r => Math.Min(r.Row.Low, TailIndexAxisTop)), group.Select(r => Math.Min(r.Row.High, TailIndexAxisTop)));
        }).ToList();
        traces.Add(Chart.Line<int, double, string>(x: [iterations.Min(), iterations.Max()], y: [2.0, 2.0], Name: "Gaussian (α = 2)",
            LineColor: Color.fromString("gray"), LineDash: StyleParam.DrawingStyle.Dash));
        var chart = Chart.Combine(traces);
        chart = Plotly.NET.Chart.withTitle($"tail index of SGD's noise, minibatch m = {batchSize} (95% intervals)", null).Invoke(chart);
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: "iteration from the sharp minimum");
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "α̂", MinMax: new Tuple<double, double>(0, TailIndexAxisTop));
        return Ext.WithSize(chart, 820, 500);
    }

    /// <summary>
    /// McCandlish et al.'s <c>B_simple</c> and <c>B_noise</c> against the iteration, estimated from minibatches of each
    /// size (all estimate the same per-example quantities), with ±1.96 standard errors, on a log axis.
    /// </summary>
    /// <exception cref="ArgumentException">The points hold no noise scale.</exception>
    public static GenericChart NoiseScales(IReadOnlyList<NoiseStatisticsAt> points)
    {
        var traces = new[] { ("b_simple", "B_simple = Tr Σ / |G|²"), ("b_noise", "B_noise = Tr(HΣ) / GᵀHG") }.SelectMany(measure =>
            Rows(points, null, measure.Item1).GroupBy(r => r.Row.BatchSize).Select(group =>
            {
                var values = group.Select(r => r.Row.Value).ToArray();
                var line = Chart.Line<int, double, string>(x: group.Select(r => r.Iteration), y: values, Name: $"{measure.Item2}, from m = {group.Key}", ShowMarkers: true);
                return ErrorBars.WithYIntervals(line, values, group.Select(r => r.Row.Low), group.Select(r => r.Row.High));
            })).ToArray();
        Required(traces, "b_simple or b_noise");
        var chart = Chart.Combine(traces);
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: "iteration from the sharp minimum");
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "batch size", AxisType: StyleParam.AxisType.Log);
        return Ext.WithSize(chart, 820, 500);
    }

    /// <summary>
    /// The normal QQ plot of SGD's noise along <paramref name="direction"/> (<c>pooled</c> is not one; e.g. <c>eigvec 1</c>,
    /// <c>random 2</c>) at <paramref name="iteration"/>, one line per minibatch size, beside the diagonal of a Gaussian of the
    /// same variance. Heavy tails bend away from the diagonal at both ends.
    /// </summary>
    /// <exception cref="ArgumentException">The point holds no QQ points along that direction.</exception>
    public static GenericChart QuantileQuantile(IReadOnlyList<NoiseStatisticsAt> points, int iteration, string direction)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(direction);
        var quantiles = Required(points.Where(p => p.Iteration == iteration).SelectMany(p => p.Quantiles)
            .Where(q => Direction(q.Direction) == direction).ToArray(), $"QQ points along '{direction}' at iteration {iteration}");
        double low = quantiles.Min(q => q.Normal), high = quantiles.Max(q => q.Normal);
        var traces = quantiles.GroupBy(q => q.BatchSize)
            .Select(group => Chart.Line<double, double, string>(x: group.Select(q => q.Normal), y: group.Select(q => q.Sample), Name: $"m = {group.Key}", ShowMarkers: true))
            .Append(Chart.Line<double, double, string>(x: [low, high], y: [low, high], Name: "Gaussian", LineColor: Color.fromString("gray"), LineDash: StyleParam.DrawingStyle.Dash));
        var chart = Chart.Combine(traces);
        chart = Plotly.NET.Chart.withTitle($"normal QQ plot of SGD's noise along {quantiles[0].Direction}, iteration {iteration}", null).Invoke(chart);
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: "standard normal quantile");
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: "standardised sample quantile");
        return Ext.WithSize(chart, 760, 520);
    }

    private static (int Iteration, NoiseStatistic Row)[] Rows(IReadOnlyList<NoiseStatisticsAt> points, int? batchSize, string measure)
    {
        ArgumentNullException.ThrowIfNull(points);
        return [.. points.SelectMany(p => p.Statistics
            .Where(r => r.Measure == measure && (batchSize is null || r.BatchSize == batchSize) && !double.IsNaN(r.Value))
            .Select(r => (p.Iteration, r)))];
    }

    private static T[] Required<T>(T[] items, string what) =>
        items.Length > 0 ? items : throw new ArgumentException($"the points hold no {what}.", "points");

    // "eigvec 1 (λ = 20.89)" at one point and "eigvec 1 (λ = 5.83)" at the next are the same line.
    private static string Direction(string direction) => direction.Split(" (", 2)[0];
}
