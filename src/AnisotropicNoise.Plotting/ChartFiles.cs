using Plotly.NET;

namespace AnisotropicNoise.Plotting;

/// <summary>Writes charts to files that open without network access.</summary>
public static class ChartFiles
{
    /// <summary>
    /// Writes <paramref name="chart"/> to <paramref name="path"/> as a self-contained HTML page with
    /// plotly.js inline (not from a CDN), atomically: a temporary file in the same folder, then a rename.
    /// </summary>
    public static void SaveHtml(GenericChart chart, string path)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var options = DisplayOptions.setPlotlyReference(PlotlyJSReference.Full).Invoke(GenericChart.getDisplayOptions(chart));
        var inline = GenericChart.setDisplayOptions(options, chart);
        AtomicFile.WriteAllText(path, GenericChart.toEmbeddedHTML(inline));
    }
}
