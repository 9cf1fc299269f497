using System.Net;
using System.Text.Json;
using Plotly.NET;

namespace AnisotropicNoise.Plotting.Export;

/// <summary>
/// Renders a chart to PNG and SVG with plotly.js's own <c>Plotly.toImage</c> in a headless local
/// Chromium: the page writes both images into the DOM, and <c>--dump-dom</c> hands them back.
/// </summary>
public static class StaticRenderer
{
    private const string ResultStart = "<pre id=\"result\">";
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(2);

    /// <summary>Renders <paramref name="chart"/> with the browser executable <paramref name="browser"/> (see <see cref="Chromium.Find()"/>).</summary>
    /// <exception cref="InvalidOperationException">The browser failed or the page reported a plotly.js error.</exception>
    public static StaticImages Render(GenericChart chart, string browser)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (!File.Exists(browser)) throw new FileNotFoundException($"browser '{browser}' does not exist.", browser);
        string folder = Directory.CreateTempSubdirectory("anisotropic-noise-render-").FullName;
        try
        {
            string page = Path.Combine(folder, "chart.html");
            File.WriteAllText(page, ChartHtml.Page("render", RenderBody(chart)));
            var result = ExternalProcess.Run(browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Path.Combine(folder, "profile"), "--virtual-time-budget=60000", "--dump-dom",
                new Uri(page).AbsoluteUri,
            ], folder, _timeout);
            return Parse(result);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RenderBody(GenericChart chart) => $$"""
        <div id="chart"></div>
        <pre id="result"></pre>
        <script type="text/javascript">
        (async function () {
          var result = document.getElementById('result');
          try {
            var figure = {{GenericChart.toFigureJson(chart)}};
            var size = { width: figure.layout.width || 700, height: figure.layout.height || 500 };
            var plot = document.getElementById('chart');
            await Plotly.newPlot(plot, figure.data, figure.layout, { staticPlot: true });
            var png = await Plotly.toImage(plot, Object.assign({ format: 'png', scale: 2 }, size));
            var svg = await Plotly.toImage(plot, Object.assign({ format: 'svg' }, size));
            result.textContent = JSON.stringify({ png: png, svg: svg });
          } catch (e) {
            result.textContent = JSON.stringify({ error: String(e) });
          }
        })();
        </script>
        """;

    private static StaticImages Parse(ProcessResult run)
    {
        int start = run.StandardOutput.IndexOf(ResultStart, StringComparison.Ordinal);
        int end = start < 0 ? -1 : run.StandardOutput.IndexOf("</pre>", start, StringComparison.Ordinal);
        string json = end < 0 ? "" : WebUtility.HtmlDecode(run.StandardOutput[(start + ResultStart.Length)..end]);
        if (run.ExitCode != 0 || json.Length == 0)
            throw new InvalidOperationException($"the browser returned no image (exit code {run.ExitCode}): {Tail(run.StandardError)}");
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error))
            throw new InvalidOperationException($"plotly.js could not render the chart: {error.GetString()}");
        return new StaticImages(DecodePng(root.GetProperty("png").GetString()!), DecodeSvg(root.GetProperty("svg").GetString()!));
    }

    private static byte[] DecodePng(string dataUrl) => Convert.FromBase64String(Payload(dataUrl, "data:image/png;base64,"));

    private static string DecodeSvg(string dataUrl) => Uri.UnescapeDataString(Payload(dataUrl, "data:image/svg+xml,"));

    private static string Payload(string dataUrl, string prefix) =>
        dataUrl.StartsWith(prefix, StringComparison.Ordinal)
            ? dataUrl[prefix.Length..]
            : throw new InvalidOperationException($"plotly.js returned '{dataUrl[..Math.Min(40, dataUrl.Length)]}…', expected a '{prefix}' data URL.");

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
