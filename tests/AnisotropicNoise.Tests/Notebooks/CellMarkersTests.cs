using System.Text.Json.Nodes;
using AnisotropicNoise.Cli.Notebooks;

namespace AnisotropicNoise.Tests.Notebooks;

/// <summary>The marker bookkeeping that proves each code cell ran, checked on hand-made kernel outputs.</summary>
public sealed class CellMarkersTests
{
    private static readonly NotebookDocument Original = NotebookDocument.Parse(NotebookJson(
        Code("var a = 1;"), Markdown("text"), Code("Console.WriteLine(a);")), "original");

    [Fact]
    public void Instrument_adds_one_marker_after_each_code_cell()
    {
        var instrumented = CellMarkers.Instrument(Original);
        Assert.Equal(5, instrumented.Cells.Count);
        Assert.Contains(CellMarkers.Text(1), instrumented.Source(1));
        Assert.Equal("text", instrumented.Source(2));
        Assert.Contains(CellMarkers.Text(3), instrumented.Source(4));
        Assert.Equal(3, Original.Cells.Count);
    }

    [Fact]
    public void Collect_keeps_the_outputs_and_drops_the_markers_when_every_cell_ran()
    {
        var run = Run(Stream("stdout", "x"), Marked(1), Stream("stdout", "1\n"), Marked(3));
        var (executed, failures) = CellMarkers.Collect(Original, run);
        Assert.Empty(failures);
        Assert.Equal(3, executed.Cells.Count);
        Assert.Equal("1\n", NotebookDocument.Text(executed.Outputs(2)[0]!["text"]));
        Assert.Equal(["cell-1", "cell-2", "cell-3"], executed.Cells.Select(c => (string?)c!["id"]));
        Assert.Equal(5, (int?)executed.Root["nbformat_minor"]);
        Assert.Equal([1, 2], new[] { 0, 2 }.Select(i => (int?)executed.Cells[i]!["execution_count"]));
    }

    [Fact]
    public void EnsureCellIds_keeps_existing_ids_and_never_repeats_one()
    {
        var notebook = Original.Clone();
        notebook.Cells[0]!["id"] = "cell-2";
        notebook.EnsureCellIds();
        var ids = notebook.Cells.Select(c => (string?)c!["id"]).ToArray();
        Assert.Equal("cell-2", ids[0]);
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public void Collect_names_a_cell_whose_marker_never_printed()
    {
        var run = Run(null, Marked(1), Stream("stdout", "1\n"), null);
        var failure = Assert.Single(CellMarkers.Collect(Original, run).Failures);
        Assert.Equal(3, failure.Cell);
        Assert.Contains("did not run", failure.Message);
        Assert.Equal("Console.WriteLine(a);", failure.FirstLine);
        var executed = CellMarkers.Collect(Original, run).Executed;
        Assert.Equal(1, (int?)executed.Cells[0]!["execution_count"]);
        Assert.Null(executed.Cells[2]!["execution_count"]);
    }

    [Fact]
    public void Collect_reports_error_outputs_and_stderr_streams_with_their_cell()
    {
        var error = new JsonObject { ["output_type"] = "error", ["ename"] = "Error", ["evalue"] = "CS0103: boom", ["traceback"] = new JsonArray() };
        var run = Run(error, Marked(1), Stream("stderr", "warning text"), Marked(3));
        var failures = CellMarkers.Collect(Original, run).Failures;
        Assert.Equal([1, 3], failures.Select(f => f.Cell));
        Assert.Equal("Error: CS0103: boom", failures[0].Message);
        Assert.Equal("stderr: warning text", failures[1].Message);
    }

    [Fact]
    public void Collect_fails_when_the_kernel_returned_fewer_cells()
    {
        var run = NotebookDocument.Parse(NotebookJson(Code("var a = 1;")), "run");
        var failure = Assert.Single(CellMarkers.Collect(Original, run).Failures);
        Assert.Contains("returned 1 cells, expected 5", failure.Message);
    }

    [Theory]
    [InlineData("not json", "is not valid JSON")]
    [InlineData("{\"metadata\":{}}", "has no \"cells\" array")]
    [InlineData("{\"cells\":[{\"source\":\"x\"}]}", "cell 1 has no \"cell_type\"")]
    public void Parse_rejects_a_corrupt_notebook_naming_it(string json, string expected)
    {
        var e = Assert.Throws<InvalidDataException>(() => NotebookDocument.Parse(json, "bad.ipynb"));
        Assert.StartsWith("bad.ipynb", e.Message);
        Assert.Contains(expected, e.Message);
    }

    private static NotebookDocument Run(JsonObject? first, JsonObject? firstMarker, JsonObject? third, JsonObject? thirdMarker) =>
        NotebookDocument.Parse(NotebookJson(Code("var a = 1;", first), Code("marker", firstMarker), Markdown("text"),
            Code("Console.WriteLine(a);", third), Code("marker", thirdMarker)), "run");

    private static JsonObject Marked(int cell) => Stream("stdout", CellMarkers.Text(cell));

    private static JsonObject Stream(string name, string text) =>
        new() { ["output_type"] = "stream", ["name"] = name, ["text"] = new JsonArray(text) };

    private static JsonObject Code(string source, JsonObject? output = null) => new()
    {
        ["cell_type"] = "code",
        ["source"] = source,
        ["outputs"] = output is null ? new JsonArray() : new JsonArray(output),
    };

    private static JsonObject Markdown(string source) => new() { ["cell_type"] = "markdown", ["source"] = source };

    private static string NotebookJson(params JsonObject[] cells) =>
        new JsonObject { ["cells"] = new JsonArray(cells), ["nbformat"] = 4 }.ToJsonString();
}
