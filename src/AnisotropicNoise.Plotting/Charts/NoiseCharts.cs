using System.Globalization;
using AnisotropicNoise.Experiments;
using MathNet.Numerics.LinearAlgebra;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using CSharpChart = Plotly.NET.CSharp.Chart;
using ChartExtensions = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Plotting.Charts;

/// <summary>Charts of noise draws.</summary>
public static class NoiseCharts
{
    /// <summary>
    /// The sample clouds of <see cref="NoiseStructureComparison"/>'s structures, each named with its
    /// <c>Tr Σ</c> (the common trace) and its <c>Tr(HΣ)</c>.
    /// </summary>
    public static GenericChart Structures(NoiseStructuresResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return SampleClouds(result.Structures
            .Select(s => ($"{s.Name}: Tr Σ = {Format(s.TraceSigma)}, Tr(HΣ) = {Format(s.TraceHSigma)}", s.Samples)).ToArray());
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
