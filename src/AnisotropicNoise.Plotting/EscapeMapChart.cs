using System.Globalization;
using AnisotropicNoise.Dynamics;
using Plotly.NET;
using AnisotropicNoise.Experiments.EscapeMap;
using CSharpChart = Plotly.NET.CSharp.Chart;
using ChartExtensions = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>The escape map: one heat map per noise structure, escape rate over the noise trace and the learning rate.</summary>
public static class EscapeMapChart
{
    /// <summary>
    /// One panel per dynamic (three per row), <c>η</c> across and <c>s</c> up, the escape rate as colour on one
    /// common scale from 0 to 1 (so panels compare truthfully), each cell labelled with its rate.
    /// </summary>
    public static GenericChart Create(IReadOnlyList<EscapeMapCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count == 0) throw new ArgumentException("cells must hold at least one grid point.", nameof(cells));
        const int columns = 3;
        var dynamics = cells.Select(c => c.Dynamic).Distinct().ToArray();
        var etas = cells.Select(c => c.LearningRate).Distinct().Order().ToArray();
        var traces = cells.Select(c => c.NoiseTrace).Distinct().Order().ToArray();
        string Label(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
        var panels = dynamics.Select((dynamic, i) =>
        {
            var z = traces.Select(s => etas.Select(eta => cells.Single(c => c.Dynamic == dynamic && c.NoiseTrace == s && c.LearningRate == eta).Rate).ToArray()).ToArray();
            var text = z.Select(row => row.Select(rate => rate.ToString("P0", CultureInfo.InvariantCulture)).ToArray()).ToArray();
            var panel = CSharpChart.Heatmap<double, string, string, string>(z, X: etas.Select(Label).ToArray(), Y: traces.Select(Label).ToArray(),
                Name: dynamic.DisplayName(), ShowScale: i == dynamics.Length - 1, ColorScale: StyleParam.Colorscale.Viridis);
            foreach (var trace in GenericChart.getTraces(panel))
            {
                trace.SetProperty("zmin", 0.0);
                trace.SetProperty("zmax", 1.0);
                trace.SetProperty("text", text); // a 2-D array, which the typed MultiText (a flat list) cannot carry
                trace.SetProperty("texttemplate", "%{text}");
            }
            panel = ChartExtensions.WithXAxisStyle<double, double, string>(panel, TitleText: "η");
            return ChartExtensions.WithYAxisStyle<double, double, string>(panel, TitleText: "s = Tr Σ");
        }).ToArray();
        int rows = (panels.Length + columns - 1) / columns;
        var chart = CSharpChart.Grid(panels, rows, Math.Min(columns, panels.Length), SubPlotTitles: dynamics.Select(d => d.DisplayName()).ToArray());
        return ChartExtensions.WithSize(chart, 400 * Math.Min(columns, panels.Length), 380 * rows);
    }
}
