using Plotly.NET;

namespace AnisotropicNoise.Plotting;

/// <summary>Vertical error bars on a one-trace chart (Plotly.NET.CSharp has no option for them).</summary>
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

    /// <summary>Sets <c>error_y</c> of <paramref name="chart"/>'s only trace to the intervals [<paramref name="lows"/>, <paramref name="highs"/>] around <paramref name="values"/>; returns the chart.</summary>
    public static GenericChart WithYIntervals(GenericChart chart, IReadOnlyList<double> values, IEnumerable<double> lows, IEnumerable<double> highs)
    {
        var error = new Plotly.NET.TraceObjects.Error();
        error.SetProperty("type", "data");
        error.SetProperty("symmetric", false);
        error.SetProperty("array", highs.Select((h, i) => h - values[i]).ToArray());
        error.SetProperty("arrayminus", lows.Select((l, i) => values[i] - l).ToArray());
        error.SetProperty("visible", true);
        GenericChart.getTraces(chart).Single().SetProperty("error_y", error);
        return chart;
    }
}
