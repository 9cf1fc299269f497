using System.Net;
using Newtonsoft.Json;
using Plotly.NET;

namespace AnisotropicNoise.Plotting.Export;

/// <summary>HTML for a chart: a fragment that expects plotly.js on the page, or a whole offline page.</summary>
public static class ChartHtml
{
    private static int _fragments;

    /// <summary>
    /// A <c>&lt;div&gt;</c> and a script that draws <paramref name="chart"/> (data, layout and config) once <c>window.Plotly</c> exists
    /// (a notebook defines it once, in its setup cell), and says so in the div if it never does. The div's id
    /// comes from the figure and a count of the fragments made in this process, so a re-run of a notebook
    /// writes the same text for the same chart.
    /// </summary>
    public static string Fragment(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string figure = GenericChart.toFigureJson(chart);
        string id = $"chart-{FigureFingerprint.OfFigureJson(figure)[..16]}-{Interlocked.Increment(ref _fragments)}";
        return $$"""
            <div id="{{id}}"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{figure}};
              var config = {{JsonConvert.SerializeObject(GenericChart.getConfig(chart))}};
              var attempts = 0;
              function draw() {
                if (window.Plotly) { window.Plotly.newPlot('{{id}}', figure.data, figure.layout, config); }
                else if (attempts++ < 100) { setTimeout(draw, 50); }
                else { document.getElementById('{{id}}').textContent = 'plotly.js is not loaded: run the notebook\'s setup cell (#load "setup.csx").'; }
              }
              draw();
            })();
            </script>
            """;
    }

    /// <summary>A standalone HTML page titled <paramref name="title"/> with plotly.js inlined: opens offline in any browser.</summary>
    public static string Document(GenericChart chart, string title) =>
        Page(title, Fragment(chart));

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
