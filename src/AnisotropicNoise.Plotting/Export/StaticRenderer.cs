using System.Net;
using System.Text.Json;
using Plotly.NET;

namespace AnisotropicNoise.Plotting.Export;

/// <summary>
/// Renders a chart to PNG (1.5 times the layout size, reduced to a 256-colour palette by <see cref="PalettePng"/>)
/// and SVG with plotly.js's own <c>Plotly.toImage</c> in a headless local Chromium: the page writes both images into the DOM, and <c>--dump-dom</c> hands them back.
/// Headless Chromium now and then never lets <c>--virtual-time-budget</c> expire and hangs (seen in CI
/// under load; a render normally takes 3–30 s), so a run that outlives its time limit is killed and retried.
/// </summary>
public static class StaticRenderer
{
    private const string ResultStart = "<pre id=\"result\">";
    private static readonly TimeSpan _attemptTimeout = TimeSpan.FromMinutes(2);
    private const int Attempts = 3;

    /// <summary>Renders <paramref name="chart"/> with the browser executable <paramref name="browser"/> (see <see cref="Chromium.Find()"/>).</summary>
    /// <exception cref="InvalidOperationException">The browser failed or the page reported a plotly.js error.</exception>
    /// <exception cref="TimeoutException">Every attempt ran longer than its time limit.</exception>
    public static StaticImages Render(GenericChart chart, string browser) => Render(chart, browser, _attemptTimeout, Attempts);

    /// <summary><see cref="Render(GenericChart, string)"/> with <paramref name="attempts"/> runs of at most <paramref name="attemptTimeout"/> each.</summary>
    internal static StaticImages Render(GenericChart chart, string browser, TimeSpan attemptTimeout, int attempts)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (!File.Exists(browser)) throw new FileNotFoundException($"browser '{browser}' does not exist.", browser);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        string folder = Directory.CreateTempSubdirectory("anisotropic-noise-render-").FullName;
        try
        {
            string page = Path.Combine(folder, "chart.html");
            File.WriteAllText(page, ChartHtml.Page("render", RenderBody(chart)));
            for (int attempt = 1; ; attempt++)
            {
                string profile = Path.Combine(folder, $"profile-{attempt}");
                try
                {
                    return Parse(ExternalProcess.Run(browser,
                    [
                        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile, "--virtual-time-budget=60000", "--dump-dom",
                        new Uri(page).AbsoluteUri,
                    ], folder, attemptTimeout));
                }
                catch (TimeoutException exception) when (attempt < attempts)
                {
                    Console.Error.WriteLine($"warning: {exception.Message} Retrying ({attempt + 1}/{attempts}).");
                }
            }
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
            var png = await Plotly.toImage(plot, Object.assign({ format: 'png', scale: 1.5 }, size));
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

    private static byte[] DecodePng(string dataUrl) => PalettePng.Reduce(Convert.FromBase64String(Payload(dataUrl, "data:image/png;base64,")));

    private static string DecodeSvg(string dataUrl) => Uri.UnescapeDataString(Payload(dataUrl, "data:image/svg+xml,"));

    private static string Payload(string dataUrl, string prefix) =>
        dataUrl.StartsWith(prefix, StringComparison.Ordinal)
            ? dataUrl[prefix.Length..]
            : throw new InvalidOperationException($"plotly.js returned '{dataUrl[..Math.Min(40, dataUrl.Length)]}…', expected a '{prefix}' data URL.");

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
