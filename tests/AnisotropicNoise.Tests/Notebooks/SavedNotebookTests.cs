using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Plotting.Export;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>The notebooks as committed: in nbformat 4.5 with cell ids, every code cell with outputs, and as <see cref="ExecutedNotebookChecks"/> requires.</summary>
public class SavedNotebookTests
{
    public static TheoryData<string> Notebooks() => NotebookTests.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Is_saved_executed_with_one_output_per_chart(string notebook)
    {
        string root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        var document = NotebookDocument.Load(Path.Combine(root, "notebooks", notebook));
        Assert.True((int?)document.Root["nbformat_minor"] >= 5, $"{notebook}: cell ids need nbformat 4.5");
        Assert.All(document.Cells, cell => Assert.False(string.IsNullOrEmpty((string?)cell!["id"]), $"{notebook}: a cell without an id"));
        var code = Enumerable.Range(0, document.Cells.Count).Where(document.IsCode).ToList();
        Assert.NotEmpty(code);
        Assert.All(code, i => Assert.True(document.Outputs(i).Count > 0, $"{notebook}, cell {i + 1}: saved without outputs"));
        // Saved notebooks are written by reproduce on a machine with Chromium: every chart carries its PNG.
        Assert.Empty(ExecutedNotebookChecks.Problems(document, notebook, expectImages: true));
        Assert.True(ExecutedNotebookChecks.Charts(document) > 0, $"{notebook}: no chart saved");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Is_light_and_portable_every_chart_as_plotly_json_and_a_palette_png_with_no_plotly_js_copy_and_no_path_of_this_machine(string notebook)
    {
        string root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        string path = Path.Combine(root, "notebooks", notebook);
        Assert.True(new FileInfo(path).Length < 1_000_000, $"{notebook}: {new FileInfo(path).Length:N0} bytes, not under 1 MB");
        var document = NotebookDocument.Load(path);
        string text = File.ReadAllText(path);
        Assert.DoesNotContain("<script", text);
        Assert.DoesNotContain("/root/", text); // outputs name no path of the machine that saved them
        Assert.DoesNotContain("/home/", text);
        var charts = document.Cells.SelectMany(cell => cell!["outputs"] as System.Text.Json.Nodes.JsonArray ?? [])
            .Select(output => output!["data"]).Where(data => data?[PlotlyMime.Type] is not null).ToList();
        Assert.All(charts, data =>
        {
            var figure = Assert.IsType<System.Text.Json.Nodes.JsonObject>(data![PlotlyMime.Type], exactMatch: false);
            Assert.True(figure["data"] is System.Text.Json.Nodes.JsonArray && figure["layout"] is System.Text.Json.Nodes.JsonObject, $"{notebook}: a chart without data and layout");
            Assert.Equal(3, Convert.FromBase64String(NotebookDocument.Text(data["image/png"]))[25]); // colour type: indexed
        });
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_chart_image_is_a_committed_figure_with_its_fingerprint(string notebook)
    {
        string root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        var document = NotebookDocument.Load(Path.Combine(root, "notebooks", notebook));
        string figures = Path.Combine(root, "figures", Path.GetFileNameWithoutExtension(notebook));
        var pngs = Directory.GetFiles(figures, "*.png").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(pngs, Directory.GetFiles(figures, "*.sha256").Select(Path.GetFileNameWithoutExtension).Order().ToList());
        Assert.All(Directory.GetFiles(figures, "*.sha256"), f => Assert.Matches("^[0-9a-f]{64}\n$", File.ReadAllText(f)));
        var committed = Directory.GetFiles(figures, "*.png").Select(f => Convert.ToBase64String(File.ReadAllBytes(f))).ToHashSet();
        var images = document.Cells.SelectMany(cell => cell!["outputs"] as System.Text.Json.Nodes.JsonArray ?? [])
            .Select(output => output!["data"]?["image/png"]).OfType<System.Text.Json.Nodes.JsonNode>().Select(NotebookDocument.Text).ToList();
        Assert.Equal(pngs.Count, images.Count);
        Assert.All(images, image => Assert.Contains(image, committed));
    }
}
