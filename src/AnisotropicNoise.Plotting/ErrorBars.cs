using Plotly.NET;

namespace AnisotropicNoise.Plotting;

/// <summary>Symmetric vertical error bars on a one-trace chart (Plotly.NET.CSharp has no option for them).</summary>
internal static class ErrorBars
{
    /// <summary>Sets <c>error_y</c> of <paramref name="chart"/>'s only trace to ±<paramref name="halfWidths"/>; returns the chart.</summary>
    public static GenericChart WithYErrors(GenericChart chart, IEnumerable<double> halfWidths)
    {
        var error = new Plotly.NET.TraceObjects.Error();
        error.SetProperty("type", "data");
        error.SetProperty("symmetric", true);
        error.SetProperty("array", halfWidths.ToArray());
        error.SetProperty("visible", true);
        GenericChart.getTraces(chart).Single().SetProperty("error_y", error);
        return chart;
    }
}
