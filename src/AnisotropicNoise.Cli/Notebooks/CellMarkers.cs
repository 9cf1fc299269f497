using System.Text.Json.Nodes;

namespace AnisotropicNoise.Cli.Notebooks;

/// <summary>
/// The kernel writes no execution counts, so a cell that never ran looks like a cell with no output.
/// The runner therefore executes a copy with a marker cell after every code cell; the marker's output
/// proves the kernel reached that point. <see cref="Collect"/> checks the markers and removes them.
/// </summary>
internal static class CellMarkers
{
    /// <summary>The text the marker after cell <paramref name="cell"/> (1-based) prints.</summary>
    public static string Text(int cell) => $"notebook-runner: cell {cell} ran";

    /// <summary>A copy of <paramref name="notebook"/> with a C# marker cell after each code cell.</summary>
    public static NotebookDocument Instrument(NotebookDocument notebook)
    {
        var copy = notebook.Clone();
        for (int i = notebook.Cells.Count - 1; i >= 0; i--)
            if (notebook.IsCode(i)) copy.Cells.Insert(i + 1, Marker(i + 1));
        return copy;
    }

    /// <summary>
    /// Reads the kernel's output of an instrumented run: <paramref name="original"/> with each code cell's
    /// new outputs, and a failure for every error output, every stderr stream and every cell not reached.
    /// </summary>
    public static (NotebookDocument Executed, IReadOnlyList<CellFailure> Failures) Collect(NotebookDocument original, NotebookDocument run)
    {
        var executed = original.Clone();
        executed.EnsureCellIds();
        var failures = new List<CellFailure>();
        int expected = original.Cells.Count + Enumerable.Range(0, original.Cells.Count).Count(original.IsCode);
        if (run.Cells.Count != expected)
            return (executed, [new CellFailure(0, "", $"the kernel returned {run.Cells.Count} cells, expected {expected}: the run stopped early.")]);

        int j = 0, count = 0;
        for (int i = 0; i < original.Cells.Count; i++, j++)
        {
            if (!original.IsCode(i)) continue;
            string firstLine = FirstLine(original.Source(i));
            var outputs = run.Outputs(j);
            failures.AddRange(outputs.Select(OutputProblem.Of).OfType<string>().Select(m => new CellFailure(i + 1, firstLine, m)));
            bool ran = run.Outputs(++j).Any(o => NotebookDocument.Text(o?["text"]).Contains(Text(i + 1), StringComparison.Ordinal));
            if (!ran) failures.Add(new CellFailure(i + 1, firstLine, "the cell did not run (the kernel never reached the marker after it)."));
            executed.Cells[i]!["outputs"] = outputs.DeepClone();
            // Numbered as Jupyter numbers a run from the top; a cell never reached keeps none.
            executed.Cells[i]!["execution_count"] = ran ? ++count : null;
        }
        return (executed, failures);
    }

    private static JsonObject Marker(int cell) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["metadata"] = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
        },
        ["outputs"] = new JsonArray(),
        ["source"] = $"Console.Write(\"{Text(cell)}\");",
    };

    private static string FirstLine(string source)
    {
        string line = source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return line.Length <= 60 ? line : line[..60] + "…";
    }
}
