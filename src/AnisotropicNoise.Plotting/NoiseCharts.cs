using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using AnisotropicNoise.Experiments.NoiseStructures;
using CSharpChart = Plotly.NET.CSharp.Chart;
using ChartExtensions = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting;

/// <summary>Charts of noise draws.</summary>
public static class NoiseCharts
{
    /// <summary>
    /// The sample clouds of <see cref="NoiseStructureComparison"/>'s structures side by side, one panel
    /// each (three per row), titled with its <c>Tr Σ</c> (the common trace) and <c>Tr(HΣ)</c>; every
    /// panel spans the same square range, so the shapes compare truthfully.
    /// </summary>
    public static GenericChart Structures(NoiseStructuresResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        const int columns = 3;
        double reach = 1.05 * result.Structures.Max(s => s.Samples.Enumerate().Max(Math.Abs));
        var range = Tuple.Create(-reach, reach);
        var panels = result.Structures.Select(s =>
        {
            var panel = CSharpChart.Point<double, double, string>(s.Samples.Column(0).ToArray(), s.Samples.Column(1).ToArray(), Name: s.Name, Opacity: 0.5, ShowLegend: false);
            panel = ChartExtensions.WithXAxisStyle<double, double, string>(panel, TitleText: "ε₁", MinMax: range);
            return ChartExtensions.WithYAxisStyle<double, double, string>(panel, TitleText: "ε₂", MinMax: range);
        }).ToArray();
        int rows = (panels.Length + columns - 1) / columns;
        var chart = CSharpChart.Grid(panels, rows, Math.Min(columns, panels.Length),
            SubPlotTitles: result.Structures.Select(s => $"{s.Name}: Tr Σ = {Format(s.TraceSigma)}, Tr(HΣ) = {Format(s.TraceHSigma)}").ToArray());
        return ChartExtensions.WithSize(chart, 380 * Math.Min(columns, panels.Length), 380 * rows);
    }

    private static string Format(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    /// <summary>
    /// Overlaid scatter clouds of two-dimensional draws (one <c>count × 2</c> matrix per cloud, as from
    /// <c>NoiseSamples.Draw</c>), with equal scales on both axes so shapes compare truthfully.
    /// </summary>
    public static GenericChart SampleClouds(IReadOnlyList<(string Name, Matrix<double> Samples)> clouds)
    {
        ArgumentNullException.ThrowIfNull(clouds);
        if (clouds.Count == 0) throw new ArgumentException("clouds must hold at least one cloud.", nameof(clouds));
        foreach (var (name, samples) in clouds)
            if (samples is null || samples.ColumnCount != 2)
                throw new ArgumentException($"clouds: '{name}' must be a count × 2 matrix of draws; got {samples?.ColumnCount ?? 0} columns.", nameof(clouds));

        var chart = CSharpChart.Combine(clouds.Select(c => CSharpChart.Point<double, double, string>(
            c.Samples.Column(0).ToArray(), c.Samples.Column(1).ToArray(), Name: c.Name, Opacity: 0.5)));
        chart = ChartExtensions.WithXAxisStyle<double, double, string>(chart, TitleText: "ε₁");
        chart = ChartExtensions.WithYAxisStyle<double, double, string>(chart, TitleText: "ε₂");
        // Plotly.NET.CSharp has no scale-anchor option: set it on the y axis it just created.
        GenericChart.getLayout(chart).TryGetTypedPropertyValue<LinearAxis>("yaxis").Value.SetProperty("scaleanchor", "x");
        chart = ChartExtensions.WithLegendStyle(chart, Orientation: StyleParam.Orientation.Horizontal, X: 0.0, Y: 1.02,
            YAnchor: StyleParam.YAnchorPosition.Bottom);
        return ChartExtensions.WithSize(chart, 600, 640);
    }
}
