using System.Text.Json.Nodes;
using AnisotropicNoise.Cli.Notebooks;
using AnisotropicNoise.Plotting.Export;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>How the runner stores a chart's Plotly figure: parsed from the kernel's text, written compactly, read back unchanged.</summary>
public sealed class NotebookDocumentTests
{
    private const string Figure = """{"data":[{"type":"scatter","x":[1.5,2.5],"y":[10.25,"NaN"]}],"layout":{"template":{"layout":{"font":{"color":"#2a3f5f"}}}},"config":{"responsive":true}}""";

    private static NotebookDocument WithKernelOutput(JsonNode figure) => NotebookDocument.Parse(new JsonObject
    {
        ["cells"] = new JsonArray(new JsonObject
        {
            ["cell_type"] = "code",
            ["source"] = "chart.Display(\"c\");",
            ["outputs"] = new JsonArray(new JsonObject
            {
                ["output_type"] = "display_data",
                ["data"] = new JsonObject { [PlotlyMime.Type] = figure, ["image/png"] = "iVBORw0KGgo=" },
            }),
        }),
    }.ToJsonString(), "test");

    [Fact]
    public void Plotly_figures_written_as_text_lines_by_the_kernel_become_json_objects_and_are_saved_on_one_line()
    {
        var document = WithKernelOutput(new JsonArray(Figure[..40], Figure[40..])).ParseJsonData();
        var figure = Assert.IsType<JsonObject>(document.Outputs(0)[0]!["data"]![PlotlyMime.Type], exactMatch: false);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Figure), figure));

        string saved = document.ToJson();
        Assert.Contains($"\"{PlotlyMime.Type}\": {Figure}", saved);
        Assert.Matches("\n +\"output_type\": \"display_data\",\n", saved); // the rest stays indented as Jupyter writes it
        var reread = NotebookDocument.Parse(saved, "saved");
        Assert.True(JsonNode.DeepEquals(figure, reread.Outputs(0)[0]!["data"]![PlotlyMime.Type]));
    }

    [Fact]
    public void Plotly_data_that_is_not_json_is_refused_naming_the_cell()
    {
        var e = Assert.Throws<InvalidDataException>(() => WithKernelOutput(JsonValue.Create("{not json")!).ParseJsonData());
        Assert.Contains($"cell 1: its {PlotlyMime.Type} output is not JSON", e.Message);
    }
}
