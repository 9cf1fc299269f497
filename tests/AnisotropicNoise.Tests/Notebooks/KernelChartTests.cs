using AnisotropicNoise.Tests.Support;
using System.Text.Json.Nodes;
using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Plotting.Export;
using AnisotropicNoise.Plotting.Notebooks;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>Charts inside the real notebook kernel, and the runner's failure reports.</summary>
[Trait(TestCategory.Name, TestCategory.Notebooks)]
[Collection(KernelCollection.Name)]
public sealed class KernelChartTests(NotebookKernel kernel)
{
    private const string ChartCell = """
        var chart = Plotly.NET.CSharp.Chart.Point<double, double, string>(new[] { 1.5, 2.5, 3.5 }, new[] { 10.25, 20.25, 30.25 });
        """;

    [Fact]
    public void A_chart_renders_inside_the_kernel_as_one_output_with_its_static_image_is_saved_as_a_figure_and_quick_settings_and_progress_apply()
    {
        string figures = Directory.CreateTempSubdirectory("figures-").FullName;
        var run = kernel.Runner.Run(NotebookKernel.WriteNotebook(NotebookRunner.SetupCell, ChartCell + "\nchart.Display(\"kernel-chart\");",
                "Console.WriteLine(Notebook.FullOrQuick(31, 2));",
                "var progress = Notebook.Progress(\"work\");\nfor (int i = 0; i <= 40; i++) progress.Report(i / 40.0);"),
            environment: new Dictionary<string, string> { [Notebook.FiguresVariable] = figures, [Notebook.QuickVariable] = "1" });

        Assert.True(run.Succeeded, run.Describe());
        var outputs = run.Executed!.Outputs(1).Select(o => (JsonObject)o!["data"]!).ToList();
        var chart = outputs.Single(d => d.ContainsKey(PlotlyMime.Type));
        var figure = Assert.IsType<JsonObject>(chart[PlotlyMime.Type], exactMatch: false);
        Assert.Equal("[1.5,2.5,3.5]", figure["data"]![0]!["x"]!.ToJsonString());
        Assert.Equal("[10.25,20.25,30.25]", figure["data"]![0]!["y"]!.ToJsonString());
        Assert.NotNull(figure["layout"]);
        Assert.DoesNotContain("<script", run.Executed.Root.ToJsonString()); // no plotly.js copy in the notebook

        bool browser = Chromium.Find() is not null;
        Assert.Equal(browser, chart.ContainsKey("image/png"));
        Assert.Equal(browser ? 1 : 2, outputs.Count);
        if (browser)
            Assert.Equal(PngSignature, Convert.FromBase64String(NotebookDocument.Text(chart["image/png"]))[..8]);
        else
            Assert.Contains("no Chromium found", NotebookDocument.Text(outputs.Single(d => d.ContainsKey("text/plain"))["text/plain"]));
        Assert.Equal("2\n", NotebookDocument.Text(run.Executed.Outputs(2)[0]!["text"]));
        Assert.Equal("work ▕" + new string('█', 30) + "▏ 100 %", NotebookDocument.Text(Assert.Single(run.Executed.Outputs(3))!["data"]!["text/plain"]));
        Assert.Contains("quick settings", NotebookDocument.Text(run.Executed.Outputs(0)[0]!["data"]!["text/plain"]));
        string[] expected = browser ? ["kernel-chart.html", "kernel-chart.png", "kernel-chart.sha256", "kernel-chart.svg"] : ["kernel-chart.html"];
        Assert.Equal(expected, Directory.GetFiles(figures).Select(Path.GetFileName).Order().ToArray());
    }

    [Fact]
    public void The_runner_names_each_failing_cell_runs_later_cells_and_leaves_a_failed_notebook_and_its_figures_untouched()
    {
        // Cells 4-5 are the negative control of the FSharp.Core fix: Plotly.NET referenced alone, so the
        // package's redirect is never installed and the same chart as above fails in the kernel.
        const string bin = "../artifacts/bin/AnisotropicNoise.Plotting/release/";
        string notebook = NotebookKernel.WriteNotebook(
            "Console.WriteLine(6 * 7);",
            "# A markdown cell between code cells",
            "throw new InvalidOperationException(\"deliberate failure in cell three\");",
            $"#r \"{bin}Plotly.NET.dll\"\n#r \"{bin}Plotly.NET.CSharp.dll\"",
            ChartCell + "\nConsole.WriteLine(Plotly.NET.GenericChart.toChartHTML(chart).Length);",
            "Console.WriteLine(\"after\");");
        byte[] before = File.ReadAllBytes(notebook);
        string figures = Directory.CreateTempSubdirectory("figures-").FullName;
        string oldFigure = Path.Combine(Directory.CreateDirectory(Path.Combine(figures, "test")).FullName, "old.png");
        File.WriteAllBytes(oldFigure, [1, 2]);

        var (run, figureFiles, _, _) = kernel.Runner.RunInPlace(notebook, figures);

        Assert.False(run.Succeeded);
        Assert.Equal(0, figureFiles);
        Assert.Equal(before, File.ReadAllBytes(notebook));
        Assert.Equal([oldFigure], Directory.GetFiles(Path.Combine(figures, "test")));
        Assert.Equal([3, 5], run.Failures.Select(f => f.Cell));
        Assert.Contains("deliberate failure in cell three", run.Failures[0].Message);
        Assert.Contains("cell 3 (`throw new InvalidOperationException(", run.Describe());
        Assert.Matches("FSharp.Core|MissingMethodException", run.Failures[1].Message);
        Assert.Equal("42\n", NotebookDocument.Text(run.Executed!.Outputs(0)[0]!["text"]));
        Assert.Equal("after\n", NotebookDocument.Text(run.Executed.Outputs(5)[0]!["text"]));
    }

    [Fact]
    public void A_successful_run_in_place_saves_the_outputs_into_the_notebook()
    {
        string notebook = NotebookKernel.WriteNotebook("# Title", "Console.WriteLine(6 * 7);");
        string figures = Directory.CreateTempSubdirectory("figures-").FullName;

        var (run, figureFiles, _, _) = kernel.Runner.RunInPlace(notebook, figures);

        Assert.True(run.Succeeded, run.Describe());
        Assert.Equal(0, figureFiles);
        var saved = NotebookDocument.Load(notebook);
        Assert.Equal(2, saved.Cells.Count);
        Assert.Equal("# Title", saved.Source(0));
        Assert.Equal("42\n", NotebookDocument.Text(Assert.Single(saved.Outputs(1))!["text"]));
        Assert.True(Directory.Exists(Path.Combine(figures, "test")));
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
}
