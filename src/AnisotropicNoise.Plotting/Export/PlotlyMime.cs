using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Plotly.NET;

namespace AnisotropicNoise.Plotting.Export;

/// <summary>
/// A chart in Plotly's own MIME type, <c>application/vnd.plotly.v1+json</c>: the figure's data, layout and config
/// as JSON, drawn interactively by the front end's Plotly renderer (VS Code's Jupyter renderers, JupyterLab's
/// plotly extension), which brings its own plotly.js, so a saved notebook carries no copy of it.
/// </summary>
public static class PlotlyMime
{
    /// <summary>The MIME type.</summary>
    public const string Type = "application/vnd.plotly.v1+json";

    /// <summary><paramref name="chart"/>'s figure (data, layout) with its config, as one JSON object.</summary>
    public static string Of(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var figure = JObject.Parse(GenericChart.toFigureJson(chart));
        figure["config"] = JObject.Parse(JsonConvert.SerializeObject(GenericChart.getConfig(chart)));
        return figure.ToString(Formatting.None);
    }
}
