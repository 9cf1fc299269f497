using System.Net;
using Newtonsoft.Json;
using Plotly.NET;

namespace AnisotropicNoise.Plotting.Export;

/// <summary>A chart as a whole offline HTML page: plotly.js inline, no CDN.</summary>
public static class ChartHtml
{
    /// <summary>A standalone HTML page titled <paramref name="title"/> with plotly.js inlined: opens offline in any browser.</summary>
    public static string Document(GenericChart chart, string title)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Page(title, $$"""
            <div id="chart"></div>
            <script type="text/javascript">
            var figure = {{GenericChart.toFigureJson(chart)}};
            var config = {{JsonConvert.SerializeObject(GenericChart.getConfig(chart))}};
            Plotly.newPlot('chart', figure.data, figure.layout, config);
            </script>
            """);
    }

    /// <summary>A standalone page with plotly.js inlined in the head and <paramref name="body"/> as its body.</summary>
    internal static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html>
        <head>
        <meta charset="utf-8">
        <title>{WebUtility.HtmlEncode(title)}</title>
        {PlotlyJs.ScriptElement}
        </head>
        <body>
        {body}
        </body>
        </html>
        """;
}
