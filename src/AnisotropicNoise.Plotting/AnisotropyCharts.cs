using System.Globalization;
using Plotly.NET;
using AnisotropicNoise.Experiments.Anisotropy;
using Chart = Plotly.NET.CSharp.Chart;
using Ext = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>Charts of <c>Tr(HΣ)/Tr(HΣ̄)</c> against the bound <c>a D/(k + D^{1−d})²</c> of Proposition 2 (docs/science.md, Proposition 2).</summary>
public static class AnisotropyCharts
{
    /// <summary>
    /// Per nominal (a, d), in order of first appearance: the measured ratio against <c>D</c> (solid, markers)
    /// and the bound (dashed, same colour), on log–log axes.
    /// </summary>
    public static GenericChart Sweep(IReadOnlyList<AnisotropyMeasurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        if (measurements.Count == 0) throw new ArgumentException("measurements must hold at least one row.", nameof(measurements));
        var charts = new List<GenericChart>();
        foreach (var (group, i) in measurements.GroupBy(m => (m.A, m.Exponent)).Select((g, i) => (g.OrderBy(m => m.Dimension).ToArray(), i)))
        {
            var color = ChartPalette.At(i);
            string label = $"a = {group[0].A.ToString("G3", CultureInfo.InvariantCulture)}, d = {group[0].Exponent.ToString("G3", CultureInfo.InvariantCulture)}";
            var dims = group.Select(m => m.Dimension).ToArray();
            charts.Add(Chart.Line<int, double, string>(x: dims, y: group.Select(m => m.Ratio), Name: $"ratio, {label}", ShowMarkers: true, LineColor: color));
            charts.Add(Chart.Line<int, double, string>(x: dims, y: group.Select(m => m.Bound), Name: $"bound, {label}", LineColor: color, LineDash: StyleParam.DrawingStyle.Dash));
        }
        return LogLog(Chart.Combine(charts), "D", "Tr(HΣ) / Tr(HΣ̄)");
    }

    /// <summary>
    /// Each group's instances as points (bound, ratio) on log–log axes beside the line ratio = bound:
    /// instances meeting the conditions lie on or above it, those violating one may fall below.
    /// </summary>
    public static GenericChart RatioAgainstBound(IReadOnlyList<(string Name, IReadOnlyList<AnisotropyMeasurement> Measurements)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var all = groups.SelectMany(g => g.Measurements).ToArray();
        if (all.Length == 0) throw new ArgumentException("groups must hold at least one measurement.", nameof(groups));
        var charts = groups.Select(g => Chart.Point<double, double, string>(
            x: g.Measurements.Select(m => m.Bound), y: g.Measurements.Select(m => m.Ratio), Name: g.Name)).ToList();
        double low = all.Min(m => Math.Min(m.Bound, m.Ratio)), high = all.Max(m => Math.Max(m.Bound, m.Ratio));
        charts.Add(Chart.Line<double, double, string>(x: [low, high], y: [low, high], Name: "ratio = bound", LineColor: Color.fromString("black"), LineDash: StyleParam.DrawingStyle.Dash));
        return LogLog(Chart.Combine(charts), "bound a·D/(k + D^(1−d))²", "Tr(HΣ) / Tr(HΣ̄)");
    }

    private static GenericChart LogLog(GenericChart chart, string x, string y)
    {
        chart = Ext.WithXAxisStyle<double, double, string>(chart, TitleText: x, AxisType: StyleParam.AxisType.Log);
        chart = Ext.WithYAxisStyle<double, double, string>(chart, TitleText: y, AxisType: StyleParam.AxisType.Log);
        return Ext.WithSize(chart, 820, 560);
    }
}
