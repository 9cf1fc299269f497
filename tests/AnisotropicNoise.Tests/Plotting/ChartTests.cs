using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Toy2D;
using AnisotropicNoise.Plotting;
using Plotly.NET;

namespace AnisotropicNoise.Tests.Plotting;

public class ChartTests
{
    private static readonly Toy2DResult Result = Toy2D.Run(new Toy2DSettings
    {
        Repetitions = 4, Steps = 20, TrajectoryEvery = 10, ContourPoints = 6, Dynamics = [PaperDynamic.Gd, PaperDynamic.GldHessian, PaperDynamic.Sgd],
    });

    [Fact]
    public void Toy2DChartHasTheContourAndTheRequestedTrajectoriesWithOneLegendEntryPerDynamic()
    {
        var chart = Toy2DChart.Create(Result, runsPerDynamic: 2);
        string html = GenericChart.toChartHTML(chart);
        // The traces only: the layout template also mentions every trace type.
        string json = html[html.IndexOf("var data", StringComparison.Ordinal)..html.IndexOf("var layout", StringComparison.Ordinal)];
        Assert.Equal(1, Count(json, "\"type\":\"contour\""));
        Assert.Equal(3 * 2, Count(json, "\"type\":\"scatter\""));
        Assert.Equal(3, Count(json, "\"showlegend\":true"));
        Assert.Equal(2, Count(json, "\"legendgroup\":\"GLD Hessian\""));
    }

    [Fact]
    public void SaveHtmlWritesOneSelfContainedFile()
    {
        string directory = Directory.CreateTempSubdirectory("chart-test").FullName;
        try
        {
            string path = Path.Combine(directory, "toy2d.html");
            ChartFiles.SaveHtml(Toy2DChart.Create(Result), path);
            string html = File.ReadAllText(path);
            Assert.Contains("plotly.js v2.28.0", html); // the library's own banner, inline
            Assert.True(html.Length > 1_000_000, $"only {html.Length} characters: plotly.js is not inline");
            Assert.DoesNotContain("src=\"http", html); // no script from a CDN (plotly.js itself mentions its CDN)
            Assert.Equal(["toy2d.html"], Directory.GetFiles(directory).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
