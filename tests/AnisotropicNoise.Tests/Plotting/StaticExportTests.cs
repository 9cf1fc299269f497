using System.Buffers.Binary;
using System.Text.RegularExpressions;
using AnisotropicNoise.Plotting;
using AnisotropicNoise.Plotting.Export;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;
using ChartExtensions = Plotly.NET.CSharp.GenericChartExtensions;

namespace AnisotropicNoise.Tests.Plotting;

/// <summary>Offline HTML, static images through the local Chromium, and atomic figure files.</summary>
public sealed class StaticExportTests
{
    private static GenericChart ThreePoints() => ChartExtensions.WithSize(
        CSharpChart.Point<double, double, string>(new[] { 1.0, 2.0, 3.0 }, new[] { 4.0, 5.0, 7.0 }), 320, 240);

    [Fact]
    public void The_offline_page_inlines_the_embedded_plotly_js_and_the_figure()
    {
        Assert.Contains($"v{PlotlyJs.Version}", PlotlyJs.Source[..2000]);
        Assert.True(PlotlyJs.Source.Length > 3_000_000, $"plotly.js is only {PlotlyJs.Source.Length} characters");
        string page = ChartHtml.Document(ThreePoints(), "a < b");
        Assert.Contains(PlotlyJs.Source, page);
        Assert.Contains("<title>a &lt; b</title>", page);
        Assert.Contains("\"x\":[1.0,2.0,3.0]", page);
        Assert.DoesNotContain("<script src=", page);
    }

    [Fact]
    public void The_page_and_the_notebook_mime_bundle_carry_the_chart_config()
    {
        var chart = ThreePoints();
        GenericChart.getConfig(chart).SetProperty("displaylogo", false);
        Assert.Contains("var config = {\"responsive\":true,\"displaylogo\":false};", ChartHtml.Document(chart, "c"));
        Assert.Contains("\"config\":{\"responsive\":true,\"displaylogo\":false}", PlotlyMime.Of(chart));
    }

    [Fact]
    public void The_mime_bundle_is_strict_json_with_the_data_and_layout_even_where_a_number_is_not_finite()
    {
        var chart = CSharpChart.Line<double, double, string>(new[] { 1.0, 2.0, 3.0 }, new[] { 4.0, double.NaN, double.PositiveInfinity });
        var figure = System.Text.Json.Nodes.JsonNode.Parse(PlotlyMime.Of(chart))!;
        Assert.Equal("[1.0,2.0,3.0]", figure["data"]![0]!["x"]!.ToJsonString());
        Assert.Equal("[4.0,\"NaN\",\"Infinity\"]", figure["data"]![0]!["y"]!.ToJsonString()); // plotly.js leaves a gap at either
        Assert.NotNull(figure["layout"]);
    }

    [Fact]
    public void Chromium_renders_a_palette_png_at_one_and_a_half_times_the_layout_size_and_svg_at_the_layout_size()
    {
        string? browser = Chromium.Find();
        if (browser is null)
        {
            // Documented fallback without a browser: HTML only (.ci/run installs chromium, so CI takes the other branch).
            string folder = Directory.CreateTempSubdirectory("figures-").FullName;
            Assert.Equal([Path.Combine(folder, "f.html")], ChartFiles.Save(ThreePoints(), folder, "f"));
            return;
        }
        var images = StaticRenderer.Render(ThreePoints(), browser);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], images.Png[..4]);
        Assert.Equal(480, BinaryPrimitives.ReadInt32BigEndian(images.Png.AsSpan(16, 4)));
        Assert.Equal(360, BinaryPrimitives.ReadInt32BigEndian(images.Png.AsSpan(20, 4)));
        Assert.Equal(3, images.Png[25]); // colour type 3: indexed
        Assert.StartsWith("<svg", images.Svg);
        Assert.Contains("width=\"320\" height=\"240\"", images.Svg);
        Assert.Equal(3, Regex.Matches(images.Svg!, "class=\"point\"").Count);
    }

    [Fact]
    public void Save_writes_html_and_given_images_whole_into_the_folder()
    {
        string folder = Path.Combine(Directory.CreateTempSubdirectory("figures-").FullName, "new", "nested");
        var images = new StaticImages([1, 2, 3], "<svg/>");
        var written = ChartFiles.Save(ThreePoints(), folder, "fig-1", images);
        Assert.Equal(["fig-1.html", "fig-1.svg", "fig-1.png", "fig-1.sha256"], written.Select(Path.GetFileName));
        Assert.Equal("<svg/>", File.ReadAllText(written[1]));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(written[2]));
        Assert.Equal(4, Directory.GetFiles(folder).Length);
        Assert.Equal(FigureFingerprint.Of(ThreePoints()) + "\n", File.ReadAllText(written[3]));
        string html = File.ReadAllText(written[0]);
        Assert.Contains("<title>fig-1</title>", html);
        Assert.Contains($"plotly.js v{PlotlyJs.Version}", html);
        Assert.Contains("\"y\":[4.0,5.0,7.0]", html);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    [InlineData(" ")]
    public void Save_rejects_a_name_that_is_not_a_plain_file_name(string name)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => ChartFiles.Save(ThreePoints(), Path.GetTempPath(), name, null));
        Assert.Equal("name", e.ParamName);
    }

    [Fact]
    public void Chromium_lookup_takes_the_named_browser_or_the_first_existing_candidate()
    {
        string existing = Path.GetTempFileName();
        Assert.Equal(existing, Chromium.Find(null, ["/nonexistent/chromium", existing]));
        Assert.Null(Chromium.Find("", ["/nonexistent/chromium"]));
        Assert.Equal(existing, Chromium.Find(existing, []));
        var e = Assert.Throws<FileNotFoundException>(() => Chromium.Find("/nonexistent/chrome", [existing]));
        Assert.Contains(Chromium.PathVariable, e.Message);
    }

    [Fact]
    public void A_browser_run_that_hangs_is_killed_and_retried_and_every_attempt_is_counted()
    {
        if (OperatingSystem.IsWindows()) return; // the stand-in browser is a POSIX shell script
        string hangsOnce = FakeBrowser(hangingRuns: 1);
        var images = StaticRenderer.Render(ThreePoints(), hangsOnce, TimeSpan.FromSeconds(3), attempts: 2);
        Assert.Equal(0x102030FFu, PngImage.Decode(images.Png).Pixel(0, 0));
        Assert.Equal("<svg/>", images.Svg);
        Assert.Equal(2, Runs(hangsOnce));

        string alwaysHangs = FakeBrowser(hangingRuns: 3);
        var e = Assert.Throws<TimeoutException>(() => StaticRenderer.Render(ThreePoints(), alwaysHangs, TimeSpan.FromSeconds(1), attempts: 3));
        Assert.Contains("ran longer than", e.Message);
        Assert.Equal(3, Runs(alwaysHangs));
    }

    /// <summary>A shell script that stands in for Chromium: its first <paramref name="hangingRuns"/> runs sleep, later runs dump a page with a result.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string FakeBrowser(int hangingRuns)
    {
        string folder = Directory.CreateTempSubdirectory("fake-browser-").FullName;
        string script = Path.Combine(folder, "browser");
        File.WriteAllText(script, $$"""
            #!/bin/sh
            runs="$(dirname "$0")/runs"
            echo run >> "$runs"
            if [ "$(wc -l < "$runs")" -le {{hangingRuns}} ]; then exec sleep 60; fi
            echo '<html><body><pre id="result">{"png":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGMQUDD4DwACBAFgjby7cQAAAABJRU5ErkJggg==","svg":"data:image/svg+xml,%3Csvg%2F%3E"}</pre></body></html>'
            """);
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    private static int Runs(string fakeBrowser) => File.ReadAllLines(Path.Combine(Path.GetDirectoryName(fakeBrowser)!, "runs")).Length;
}
