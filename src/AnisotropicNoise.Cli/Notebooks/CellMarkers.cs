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

        int j = 0;
        for (int i = 0; i < original.Cells.Count; i++, j++)
        {
            if (!original.IsCode(i)) continue;
            string firstLine = FirstLine(original.Source(i));
            var outputs = run.Outputs(j);
            failures.AddRange(outputs.Select(Problem).OfType<string>().Select(m => new CellFailure(i + 1, firstLine, m)));
            if (!run.Outputs(++j).Any(o => NotebookDocument.Text(o?["text"]).Contains(Text(i + 1), StringComparison.Ordinal)))
                failures.Add(new CellFailure(i + 1, firstLine, "the cell did not run (the kernel never reached the marker after it)."));
            executed.Cells[i]!["outputs"] = outputs.DeepClone();
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

    /// <summary>The message of an error output or a stderr stream; null for a normal output.</summary>
    private static string? Problem(JsonNode? output) => (string?)output?["output_type"] switch
    {
        "error" => Shorten($"{(string?)output!["ename"]}: {(string?)output["evalue"]}"),
        "stream" when (string?)output!["name"] == "stderr" => Shorten("stderr: " + NotebookDocument.Text(output["text"])),
        _ => null,
    };

    private static string FirstLine(string source)
    {
        string line = source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return line.Length <= 60 ? line : line[..60] + "…";
    }

    private static string Shorten(string message)
    {
        string text = string.Join("\n    ", message.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).Take(6));
        return text.Length <= 1200 ? text : text[..1200] + "…";
    }
}
