using System.Text.Json;
using AnisotropicNoise.Cli.Notebooks;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>The notebooks as committed: saved with outputs, none an error, and a static image beside every interactive chart.</summary>
public class SavedNotebookTests
{
    public static TheoryData<string> Notebooks() => NotebookTests.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void IsSavedWithOutputs_NoErrors_AndAnImageForEveryChart(string notebook)
    {
        string root = NotebookRunner.FindRepositoryRoot(AppContext.BaseDirectory);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "notebooks", notebook)));
        var codeCells = document.RootElement.GetProperty("cells").EnumerateArray()
            .Where(cell => cell.GetProperty("cell_type").GetString() == "code").ToList();
        Assert.NotEmpty(codeCells);
        int charts = 0;
        foreach (var (cell, index) in codeCells.Select((cell, index) => (cell, index + 1)))
        {
            var outputs = cell.TryGetProperty("outputs", out var o) ? o.EnumerateArray().ToList() : [];
            Assert.True(outputs.Count > 0, $"{notebook}, code cell {index}: saved without outputs");
            Assert.DoesNotContain(outputs, output => output.GetProperty("output_type").GetString() == "error");
            Assert.DoesNotContain(outputs, output => output.TryGetProperty("name", out var name) && name.GetString() == "stderr");
            for (int k = 0; k < outputs.Count; k++)
            {
                if (!IsInteractiveChart(outputs[k])) continue;
                charts++;
                Assert.True(k > 0 && HasData(outputs[k - 1], "image/png"), $"{notebook}, code cell {index}: a chart without a static image before it");
            }
        }
        Assert.True(charts > 0, $"{notebook}: no chart saved");
    }

    private static bool HasData(JsonElement output, string mimeType) =>
        output.TryGetProperty("data", out var data) && data.TryGetProperty(mimeType, out _);

    private static bool IsInteractiveChart(JsonElement output) =>
        output.TryGetProperty("data", out var data) && data.TryGetProperty("text/html", out var html)
        && string.Concat(html.ValueKind == JsonValueKind.Array ? html.EnumerateArray().Select(l => l.GetString()) : [html.GetString()]).Contains(ChartMarker, StringComparison.Ordinal);

    // What every chart's HTML output calls (ChartHtml); plotly.js itself, shown once by the setup cell, does not.
    private const string ChartMarker = "if (window.Plotly) { window.Plotly.newPlot(";
}
