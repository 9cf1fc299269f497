using Plotly.NET;
using Plotly.NET.LayoutObjects;
using AnisotropicNoise.Experiments.Toy2D;
using Chart = Plotly.NET.CSharp.Chart;

namespace AnisotropicNoise.Plotting;

/// <summary>The paper's Fig. 2: the mean loss's contours with each dynamic's trajectories over them.</summary>
public static class Toy2DChart
{
    private static readonly string[] Palette = ["#1f77b4", "#2ca02c", "#17becf", "#d62728", "#ff7f0e", "#7f7f7f", "#9467bd", "#8c564b"];

    /// <summary>
    /// Contours of <see cref="Toy2DResult.Landscape"/> and the first <paramref name="runsPerDynamic"/>
    /// thinned trajectories of each dynamic, one colour per dynamic and one legend entry each.
    /// </summary>
    public static GenericChart Create(Toy2DResult result, int runsPerDynamic = 3)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(runsPerDynamic, 0);
        var grid = result.Landscape;
        var charts = new List<GenericChart>
        {
            Chart.Contour<double, double, double, string>(
                zData: grid.Loss, X: grid.X, Y: grid.Y, Name: "mean loss", ShowScale: false,
                ColorScale: StyleParam.Colorscale.Greys, ReverseScale: true, NContours: 25),
        };
        for (int i = 0; i < result.Dynamics.Count; i++)
        {
            var dynamic = result.Dynamics[i];
            var color = Color.fromString(Palette[i % Palette.Length]);
            foreach (var (run, k) in dynamic.Runs.Take(runsPerDynamic).Select((run, k) => (run, k)))
            {
                var line = Chart.Line<double, double, string>(
                    x: run.Parameters.Select(p => p[0]), y: run.Parameters.Select(p => p[1]),
                    Name: dynamic.Name, ShowLegend: k == 0, LineColor: color, LineWidth: 1.5);
                charts.Add(Plotly.NET.CSharp.GenericChartExtensions.WithTraceInfo(line, LegendGroup: dynamic.Name));
            }
        }
        var chart = Chart.Combine(charts);
        chart = Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<double, double, string>(chart, TitleText: "w₁", MinMax: Tuple.Create(grid.X[0], grid.X[^1]));
        chart = Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<double, double, string>(chart, TitleText: "w₂", MinMax: Tuple.Create(grid.Y[0], grid.Y[^1]));
        return Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, 820, 720);
    }
}
