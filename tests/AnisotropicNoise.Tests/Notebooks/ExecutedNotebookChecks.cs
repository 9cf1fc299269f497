using System.Text.Json.Nodes;
using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Plotting.Export;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>
/// What an executed notebook must look like, whichever host ran it: no error output or stderr stream, every
/// code cell with its execution count, and every chart one output carrying both the interactive plot and
/// its PNG, so that each front end shows it once (JupyterLab and VS Code the plot, GitHub and nbviewer the PNG).
/// </summary>
internal static class ExecutedNotebookChecks
{
    /// <summary>Every problem of <paramref name="notebook"/>, each naming <paramref name="name"/> and the cell (1-based over all cells).</summary>
    public static IReadOnlyList<string> Problems(NotebookDocument notebook, string name, bool expectImages)
    {
        var problems = new List<string>();
        int count = 0;
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            if (!notebook.IsCode(i)) continue;
            string cell = $"{name}, cell {i + 1}";
            if (notebook.Cells[i]!["execution_count"] is not JsonValue number || (int)number != ++count)
                problems.Add($"{cell}: execution count {notebook.Cells[i]!["execution_count"]?.ToJsonString() ?? "null"}, expected {count}");
            foreach (var output in notebook.Outputs(i))
            {
                if (OutputProblem.Of(output) is { } problem) problems.Add($"{cell}: {problem}");
                bool chart = IsInteractiveChart(output), image = HasData(output, "image/png");
                if (chart && expectImages && !image) problems.Add($"{cell}: a chart without its PNG in the same output");
                if (image && !chart) problems.Add($"{cell}: a PNG apart from its chart (a front end would show the chart twice)");
            }
        }
        return problems;
    }

    /// <summary>How many outputs of <paramref name="notebook"/> are interactive charts.</summary>
    public static int Charts(NotebookDocument notebook) =>
        Enumerable.Range(0, notebook.Cells.Count).Sum(i => notebook.Outputs(i).Count(IsInteractiveChart));

    private static bool HasData(JsonNode? output, string mimeType) => output?["data"]?[mimeType] is not null;

    private static bool IsInteractiveChart(JsonNode? output) => HasData(output, PlotlyMime.Type);
}
