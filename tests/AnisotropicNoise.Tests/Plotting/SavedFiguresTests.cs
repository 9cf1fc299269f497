using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Plotting;
using AnisotropicNoise.Plotting.Export;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace AnisotropicNoise.Tests.Plotting;

/// <summary>Saved static images are reused exactly when the chart they were drawn from is unchanged.</summary>
public sealed class SavedFiguresTests
{
    private static GenericChart Points(double last) => CSharpChart.Point<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, last });

    [Fact]
    public void The_fingerprint_follows_the_figure_data_to_ten_significant_digits()
    {
        Assert.Equal(FigureFingerprint.Of(Points(4)), FigureFingerprint.Of(Points(4)));
        Assert.NotEqual(FigureFingerprint.Of(Points(4)), FigureFingerprint.Of(Points(4.000001)));
        // A difference in the last bits (another summation order) cannot move a pixel: the PNG stays valid.
        Assert.Equal(FigureFingerprint.Of(Points(4)), FigureFingerprint.Of(Points(Math.BitIncrement(4.0))));
        Assert.Equal(FigureFingerprint.Of(Points(0.1 + 0.2)), FigureFingerprint.Of(Points(0.3)));
        Assert.Matches("^[0-9a-f]{64}$", FigureFingerprint.Of(Points(4)));
        Assert.Equal(FigureFingerprint.Of(Points(4)), FigureFingerprint.OfFigureJson(GenericChart.toFigureJson(Points(4))));
    }

    [Fact]
    public void Saved_images_are_found_only_under_the_same_fingerprint()
    {
        string folder = Directory.CreateTempSubdirectory("figures-").FullName;
        Assert.Null(SavedFigures.Find(folder, "f", FigureFingerprint.Of(Points(4))));
        Assert.Null(SavedFigures.Find(null, "f", FigureFingerprint.Of(Points(4))));

        var written = ChartFiles.Save(Points(4), folder, "f", new StaticImages([9, 8, 7], null));

        Assert.Equal(["f.html", "f.png", "f.sha256"], written.Select(Path.GetFileName));
        Assert.Equal(FigureFingerprint.Of(Points(4)) + "\n", File.ReadAllText(written[2]));
        var found = SavedFigures.Find(folder, "f", FigureFingerprint.Of(Points(4)));
        Assert.Equal([9, 8, 7], found!.Png);
        Assert.Null(found.Svg);
        Assert.Null(SavedFigures.Find(folder, "f", FigureFingerprint.Of(Points(5))));
        Assert.Null(SavedFigures.Find(folder, "g", FigureFingerprint.Of(Points(4))));
    }

    [Fact]
    public void Saving_an_unchanged_chart_keeps_its_saved_png_without_a_browser_and_a_changed_one_gets_html_only()
    {
        string folder = Directory.CreateTempSubdirectory("figures-").FullName;
        ChartFiles.Save(Points(4), folder, "f", new StaticImages([1, 2, 3], "<svg/>"));
        Assert.Equal([1, 2, 3], ChartFiles.StaticImagesOf(Points(4), "f", folder)!.Png);
        Assert.Equal("<svg/>", ChartFiles.StaticImagesOf(Points(4), "f", folder)!.Svg);
        if (Chromium.Find() is null)
            Assert.Null(ChartFiles.StaticImagesOf(Points(5), "f", folder));
    }

    [Fact]
    public void None_names_no_browser_even_where_one_is_installed()
    {
        string existing = Path.GetTempFileName();
        Assert.Null(Chromium.Find(Chromium.None, [existing]));
    }

    [Fact]
    public void The_first_line_says_what_happens_without_a_browser_and_how_to_install_one()
    {
        Assert.Equal("static images: /usr/bin/chromium", ReproduceCommand.BrowserLine("/usr/bin/chromium", htmlOnly: false));
        string line = ReproduceCommand.BrowserLine(null, htmlOnly: false);
        Assert.Contains("keep their saved PNGs", line);
        Assert.Contains("apt-get install chromium", line);
        Assert.Contains("exits 1", line);
        Assert.Contains("saved without a static image", ReproduceCommand.BrowserLine(null, htmlOnly: true));
    }
}
