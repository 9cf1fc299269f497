using AnisotropicNoise.Tests.Support;
using System.Text.Json.Nodes;
using AnisotropicNoise.Cli.Commands;
using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Plotting.Export;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>
/// <c>reproduce</c> on a machine without a browser: unchanged charts keep their committed PNGs, in the figures
/// folder and in the notebook, byte for byte; a changed chart leaves its notebook unchanged and names itself.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Notebooks)]
[Collection(KernelCollection.Name)]
public sealed class ReproduceWithoutBrowserTests(NotebookKernel kernel)
{
    private const string SmallNotebook = "00-overview";

    private readonly NotebookRunner _noBrowser = new(kernel.Runner.RepositoryRoot, TimeSpan.FromMinutes(15),
        new Dictionary<string, string> { [Chromium.PathVariable] = Chromium.None });

    [Fact]
    public void A_committed_notebook_keeps_every_png_in_its_figures_and_in_its_outputs()
    {
        string folder = Directory.CreateTempSubdirectory("reproduce-").FullName;
        string notebook = Path.Combine(folder, SmallNotebook + ".ipynb");
        File.Copy(Path.Combine(kernel.Runner.NotebooksFolder, SmallNotebook + ".ipynb"), notebook);
        string figures = Path.Combine(folder, "figures"), target = Path.Combine(figures, SmallNotebook);
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(Path.Combine(kernel.Runner.RepositoryRoot, "figures", SmallNotebook)))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        var committedPngs = Directory.GetFiles(target, "*.png").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var committedImages = Images(NotebookDocument.Load(notebook));
        Assert.NotEmpty(committedPngs);

        var output = new StringWriter();
        int exit = ReproduceCommand.Reproduce(_noBrowser, [notebook], figures, htmlOnly: false, browser: null, output, TextWriter.Null);

        Assert.True(exit == 0, output.ToString());
        Assert.StartsWith("static images: no Chromium found. Charts whose data did not change keep their saved PNGs", output.ToString());
        foreach (var (name, bytes) in committedPngs)
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(target, name)));
        Assert.Equal(committedImages, Images(NotebookDocument.Load(notebook)));
    }

    [Fact]
    public void A_changed_chart_without_a_browser_leaves_the_notebook_and_figures_unchanged_unless_html_only_is_asked_for()
    {
        string notebook = NotebookKernel.WriteNotebook(NotebookRunner.SetupCell,
            "Plotly.NET.CSharp.Chart.Point<double, double, string>(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 }).Display(\"changed-chart\");");
        string figures = Directory.CreateTempSubdirectory("figures-").FullName, target = Path.Combine(figures, "test");
        Directory.CreateDirectory(target);
        File.WriteAllBytes(Path.Combine(target, "changed-chart.png"), [0x89, 0x50, 0x4E, 0x47]);
        File.WriteAllText(Path.Combine(target, "changed-chart.sha256"), new string('0', 64) + "\n");
        byte[] before = File.ReadAllBytes(notebook);

        var output = new StringWriter();
        int exit = ReproduceCommand.Reproduce(_noBrowser, [notebook], figures, htmlOnly: false, browser: null, output, TextWriter.Null);

        Assert.Equal(1, exit);
        Assert.Contains("test.ipynb: NOT SAVED: these charts changed and no browser can draw their PNG: changed-chart.", output.ToString());
        Assert.Contains(Chromium.InstallHint, output.ToString());
        Assert.Equal(before, File.ReadAllBytes(notebook));
        Assert.Equal(["changed-chart.png", "changed-chart.sha256"], Directory.GetFiles(target).Select(f => Path.GetFileName(f)).Order().ToArray());

        output = new StringWriter();
        exit = ReproduceCommand.Reproduce(_noBrowser, [notebook], figures, htmlOnly: true, browser: null, output, TextWriter.Null);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains("without a static image (--html-only): changed-chart", output.ToString());
        Assert.Equal(["changed-chart.html"], Directory.GetFiles(target).Select(f => Path.GetFileName(f)).ToArray());
        Assert.Empty(Images(NotebookDocument.Load(notebook)));
    }

    private static List<string> Images(NotebookDocument document) =>
        document.Cells.SelectMany(cell => cell!["outputs"] as JsonArray ?? [])
            .Select(output => output!["data"]?["image/png"]).OfType<JsonNode>().Select(NotebookDocument.Text).ToList();
}
